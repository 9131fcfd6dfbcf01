package org.glassbox.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.glassbox.shell.GlassboxTest.glassbox;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;
import org.glassbox.shell.GlassboxTest.Run;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code glassbox fetch} and {@code glassbox render} against {@code glassbox serve --tls}: the
 * network story of the first visit, and the cache's answer on the next, in a new engine with the
 * same cache directory, as a second process would have it.
 */
class FetchCommandTest {

    @TempDir
    Path site;

    @TempDir
    Path work;

    private final StringWriter serverLog = new StringWriter();
    private FileServer server;
    private Path ca;

    @BeforeEach
    void serve() throws IOException {
        Files.writeString(site.resolve("page.html"), "<link rel=stylesheet href=style.css><p>Hello");
        Files.writeString(site.resolve("style.css"), "p { color: green }");
        Files.writeString(site.resolve("always.html"), "<p>Checked every time");
        Files.writeString(site.resolve("_headers"), "/*.css\n  Cache-Control: max-age=3600\n/always.html\n  Cache-Control: no-cache\n");
        ServerCertificates certificates = ServerCertificates.create();
        ca = work.resolve("ca.pem");
        certificates.writeAuthorityPem(ca);
        server = FileServer.start(site, 0, Optional.of(certificates), new PrintWriter(serverLog, true));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Run fetch(String path, String... more) {
        String[] args = {"fetch", server.url() + path, "--ca", ca.toString(), "--cache-dir", work.resolve("cache").toString()};
        String[] all = new String[args.length + more.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return glassbox(all);
    }

    @Test
    void theFirstFetchTellsEveryStepAndTheSecondIsACacheHit() {
        Run first = fetch("style.css");

        assertThat(first.exitCode()).isZero();
        assertThat(first.out()).startsWith("HTTP/1.1 200 OK\n").contains("etag: \"").contains("cache-control: max-age=3600\n");
        assertThat(first.err()).containsPattern("dns +localhost → ")
                .containsPattern("tcp +connected to 127\\.0\\.0\\.1:" + server.port())
                .containsPattern("tls +TLSv1\\.[23], \\w+, ALPN http/1\\.1; certificate CN=localhost, issued by CN=Glassbox serve CA")
                .containsPattern("request +GET " + server.url() + "style.css")
                .containsPattern("response +HTTP/1\\.1 200 OK, first byte after [0-9.]+ ms")
                .contains("cache     miss → stored (fresh for 3600 s: max-age)");

        Run second = fetch("style.css");

        assertThat(second.out()).as("the stored response, with its Age (RFC 9111 §5.1)").matches(
                Pattern.quote(first.out()) + "age: [01]\n");
        assertThat(second.err()).containsPattern("cache     hit \\(age [01] s, fresh for 3600 s: max-age\\)").doesNotContain("dns ");
        assertThat(serverLog.toString().lines()).hasSize(1);
    }

    @Test
    void aNoCacheFileIsRevalidatedWithA304OnTheNextFetch() {
        fetch("always.html");
        Run second = fetch("always.html", "--body");

        assertThat(second.err()).containsPattern("response +HTTP/1\\.1 304 Not Modified")
                .containsPattern("cache     revalidated: 304 for If-None-Match \"[^\"]+\" \\(no-cache: check before every use\\)");
        assertThat(second.out()).startsWith("HTTP/1.1 200 OK\n").endsWith("\n\n<p>Checked every time");
        assertThat(serverLog.toString()).contains("GET /always.html → 304 Not Modified");
    }

    @Test
    void verboseShowsTheHeadersOfRequestAndResponse() {
        Run run = fetch("style.css", "-v");

        assertThat(run.err()).containsPattern(" +User-Agent: Glassbox/0\\.1\n").containsPattern(" +Etag: \"");
    }

    @Test
    void renderingAPageFromTheServerTellsTheStoryOfEachSubresource() {
        Path png = work.resolve("page.png");
        Run run = glassbox("render", server.url() + "page.html", "--ca", ca.toString(), "--no-cache", "-o", png.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("GET " + server.url() + "page.html").contains("GET " + server.url() + "style.css")
                .containsPattern("waterfall, in ms since the first request:\n\\[fetch\\] +style\\.css +[0-9.]+ – +[0-9.]+ \\|[ █]+\\| "
                        + "200 text/css, 18 bytes; not cached: the cache is off\n")
                .containsPattern("\\[subresources\\] +[0-9.]+ ms  1 fetched in parallel");
        assertThat(Files.exists(png)).isTrue();
    }

    @Test
    void anUntrustedCertificateIsOneClearLine() {
        Run run = glassbox("fetch", server.url() + "page.html", "--no-cache", "-q");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("glassbox: TLS handshake with localhost:" + server.port()
                + ": the server's certificate is not trusted (for a test server, trust its CA with --ca FILE)\n");
    }
}
