package org.glassbox.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.glassbox.LoadException;
import org.glassbox.Phase;
import org.glassbox.Recorder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fetches over real sockets on loopback: plain HTTP, HTTPS with a test CA, and files. */
class NetworkTest {

    @TempDir
    Path dir;

    private final Recorder recorder = new Recorder();
    private final MockWebServer server = new MockWebServer();

    @BeforeEach
    void start() throws Exception {
        server.start(InetAddress.getLoopbackAddress(), 0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Network network() {
        return new Network(recorder.log(Phase.FETCH), List.of());
    }

    @Test
    void readsFilesWithAMediaTypeFromTheExtension() throws Exception {
        Path css = Files.writeString(dir.resolve("style.css"), "p { color: red }");
        Response response = network().fetch(css.toUri());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.mediaType()).isEqualTo("text/css");
        assertThat(response.text()).isEqualTo("p { color: red }");
    }

    @Test
    void aMissingFileIsAClearError() {
        URI missing = dir.resolve("nope.html").toUri();
        assertThatThrownBy(() -> network().fetch(missing))
                .isInstanceOf(LoadException.class).hasMessage("no such file: " + dir.resolve("nope.html"));
        assertThatThrownBy(() -> network().fetch(dir.toUri()))
                .isInstanceOf(LoadException.class).hasMessageStartingWith("is a directory");
    }

    @Test
    void fetchesOverHttpKeepingStatusHeadersAndCharset() throws Exception {
        server.enqueue(new MockResponse.Builder().code(404)
                .setHeader("Content-Type", "text/html; charset=ISO-8859-1")
                .body(new okio.Buffer().write("<p>caf\u00e9".getBytes(StandardCharsets.ISO_8859_1))).build());
        Response response = network().fetch(server.url("/missing").uri());

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.header("Content-Type")).hasValue("text/html; charset=ISO-8859-1");
        assertThat(response.charset()).hasValue(StandardCharsets.ISO_8859_1);
        assertThat(response.text()).isEqualTo("<p>caf\u00e9");
        RecordedRequest request = server.takeRequest();
        assertThat(request.getHeaders().get("User-Agent")).isEqualTo("Glassbox/0.1");
    }

    @Test
    void followsRedirectsAndReportsTheFinalUrl() {
        server.enqueue(new MockResponse.Builder().code(301).setHeader("Location", "/moved").build());
        server.enqueue(new MockResponse.Builder().body("here").build());
        Response response = network().fetch(server.url("/old").uri());

        assertThat(response.url()).isEqualTo(server.url("/moved").uri());
        assertThat(response.text()).isEqualTo("here");
    }

    @Test
    void fetchesOverHttpsFromAServerItWasToldToTrust() {
        HeldCertificate authority = new HeldCertificate.Builder().certificateAuthority(0).build();
        HeldCertificate localhost = new HeldCertificate.Builder().signedBy(authority)
                .addSubjectAlternativeName(server.getHostName()).build();
        server.useHttps(new HandshakeCertificates.Builder().heldCertificate(localhost).build().sslSocketFactory());
        server.enqueue(new MockResponse.Builder().body("secret").build());
        URI url = server.url("/").uri();

        Response response = new Network(recorder.log(Phase.FETCH), List.of(authority.certificate())).fetch(url);
        assertThat(response.text()).isEqualTo("secret");

        assertThatThrownBy(() -> network().fetch(url))
                .isInstanceOf(LoadException.class).hasMessageStartingWith("TLS handshake with " + url.getHost());
    }

    @Test
    void aDeadServerIsAClearError() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        URI url = URI.create("http://127.0.0.1:" + closedPort + "/");
        assertThatThrownBy(() -> network().fetch(url))
                .isInstanceOf(LoadException.class).hasMessageStartingWith("cannot connect to 127.0.0.1:" + closedPort);
    }

    @Test
    void logsEachRequestAsADetail() {
        server.enqueue(new MockResponse.Builder().body("x").build());
        network().fetch(server.url("/a").uri());
        assertThat(recorder.messages()).anyMatch(m -> m.startsWith("DETAIL fetch: GET " + server.url("/a")));
    }
}
