package org.glassbox.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.glassbox.shell.GlassboxTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code glassbox fetch} with curl's request options: -X, -H, --data and --raw. */
class FetchRequestOptionsTest {

    @TempDir
    Path dir;

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private Run fetch(String... options) {
        String[] args = new String[options.length + 4];
        args[0] = "fetch";
        args[1] = "--cache-dir";
        args[2] = dir.resolve("cache").toString();
        args[3] = "-q";
        System.arraycopy(options, 0, args, 4, options.length);
        return GlassboxTest.glassbox(args);
    }

    @Test
    void sendsTheMethodHeaderFieldsAndBodyItIsGiven() throws Exception {
        server.enqueue(new MockResponse.Builder().code(201).build());

        Run run = fetch(server.url("/items").toString(), "-X", "PUT", "-H", "X-Tag: one", "-H", "X-Tag: two",
                "-H", "Content-Type: text/plain", "--data", "hello");

        assertThat(run.exitCode()).isZero();
        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("PUT");
        assertThat(request.getHeaders().values("X-Tag")).containsExactly("one", "two");
        assertThat(request.getHeaders().get("Content-Type")).isEqualTo("text/plain");
        assertThat(request.getBody().utf8()).isEqualTo("hello");
    }

    @Test
    void dataFromAFileWithoutAMethodIsAFormPost() throws Exception {
        Files.writeString(dir.resolve("form.txt"), "a=1&b=2");
        server.enqueue(new MockResponse.Builder().build());

        fetch(server.url("/form").toString(), "--data", "@" + dir.resolve("form.txt"));

        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
        assertThat(request.getBody().utf8()).isEqualTo("a=1&b=2");
    }

    @Test
    void rawPrintsTheResponseExactlyAndNothingElse() {
        server.enqueue(new MockResponse.Builder().code(404).status("HTTP/1.1 404 Gone Fishing")
                .setHeader("X-Reason", "fishing").body("no fish").build());
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int exitCode = Glassbox.run(new String[] {"fetch", server.url("/fish").toString(), "--raw", "--no-cache"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

        assertThat(exitCode).isZero();
        String raw = out.toString(StandardCharsets.ISO_8859_1);
        assertThat(raw).startsWith("HTTP/1.1 404 Gone Fishing\r\n").contains("\r\nx-reason: fishing\r\n").endsWith("\r\n\r\nno fish");
    }

    /** RFC 9111 §4.4: a successful unsafe request invalidates what the cache stored for its URL. */
    @Test
    void aPostInvalidatesTheStoredResponseForItsUrlAcrossProcesses() {
        server.enqueue(new MockResponse.Builder().setHeader("Cache-Control", "max-age=600").body("v1").build());
        server.enqueue(new MockResponse.Builder().body("posted").build());
        server.enqueue(new MockResponse.Builder().setHeader("Cache-Control", "max-age=600").body("v2").build());
        String url = server.url("/doc").toString();

        fetch(url);
        assertThat(fetch(url, "--body").out()).endsWith("v1");
        fetch(url, "-X", "POST", "--data", "x=1");

        assertThat(fetch(url, "--body").out()).endsWith("v2");
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void aHeaderWithoutAColonIsAUsageError() {
        Run run = fetch(server.url("/").toString(), "-H", "nonsense");

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("a header is 'Name: value', not 'nonsense'");
    }
}
