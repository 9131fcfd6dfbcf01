package org.glassbox.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.glassbox.LoadException;
import org.glassbox.Phase;
import org.glassbox.Recorder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fetches over real sockets on loopback: plain HTTP, HTTPS with a test CA, and files. */
class NetworkTest {

    @TempDir
    Path dir;

    private final Recorder recorder = new Recorder();

    @StartStop
    private final MockWebServer server = new MockWebServer();



    private Network network() {
        return new Network(recorder.log(Phase.FETCH), List.of(), Optional.empty(), Network.DEFAULT_READ_TIMEOUT);
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

        Response response = new Network(recorder.log(Phase.FETCH), List.of(authority.certificate()), Optional.empty(), Network.DEFAULT_READ_TIMEOUT).fetch(url);
        assertThat(response.text()).isEqualTo("secret");

        assertThatThrownBy(() -> network().fetch(url))
                .isInstanceOf(LoadException.class).hasMessage("TLS handshake with " + url.getHost() + ":" + url.getPort()
                        + ": the server's certificate is not trusted (for a test server, trust its CA with --ca FILE)");
    }

    @Test
    void aDeadServerIsAClearError() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        URI url = URI.create("http://127.0.0.1:" + closedPort + "/");
        assertThatThrownBy(() -> network().fetch(url))
                .isInstanceOf(LoadException.class).hasMessage("TCP connect to 127.0.0.1:" + closedPort + ": Connection refused");
    }

    @Test
    void logsEachRequestWithItsHeadersAsDetails() {
        server.enqueue(new MockResponse.Builder().body("x").build());
        network().fetch(server.url("/a").uri());
        assertThat(recorder.messages()).contains("INFO fetch: GET " + server.url("/a"))
                .anyMatch(m -> m.matches("INFO fetch: +[0-9.]+ ms  request   GET " + Pattern.quote(server.url("/a").toString())))
                .anyMatch(m -> m.matches("DETAIL fetch: +User-Agent: Glassbox/0.1"));
    }

    @Test
    void tellsTheStoryOfATlsHandshake() {
        HeldCertificate authority = new HeldCertificate.Builder().certificateAuthority(0).commonName("Test CA").build();
        HeldCertificate localhost = new HeldCertificate.Builder().signedBy(authority).commonName("localhost")
                .addSubjectAlternativeName(server.getHostName()).build();
        server.useHttps(new HandshakeCertificates.Builder().heldCertificate(localhost).build().sslSocketFactory());
        server.enqueue(new MockResponse.Builder().body("secret").build());

        new Network(recorder.log(Phase.FETCH), List.of(authority.certificate()), Optional.empty(), Network.DEFAULT_READ_TIMEOUT)
                .fetch(server.url("/").uri());

        assertThat(recorder.messages()).anyMatch(m -> m.matches(
                "INFO fetch: +[0-9.]+ ms  dns       localhost → .*\\(DNS cache miss, asked the system resolver; kept 60 s\\)"))
                .anyMatch(m -> m.matches("INFO fetch: +[0-9.]+ ms  tcp       connected to .*:" + server.getPort()))
                .anyMatch(m -> m.matches("INFO fetch: +[0-9.]+ ms  tls       TLSv1\\.[23], TLS_\\w+, ALPN (http/1\\.1|h2); "
                        + "certificate CN=localhost, issued by CN=Test CA, valid until \\d{4}-\\d\\d-\\d\\d"))
                .anyMatch(m -> m.matches("INFO fetch: +[0-9.]+ ms  response  HTTP/(1\\.1|2) 200( OK)?, first byte after [0-9.]+ ms"))
                .anyMatch(m -> m.matches("INFO fetch: +[0-9.]+ ms  body      6 bytes received"));
    }

    @Test
    void timesEachStepOfAnHttpsExchangeForTheWaterfall() {
        HeldCertificate authority = new HeldCertificate.Builder().certificateAuthority(0).commonName("Test CA").build();
        HeldCertificate localhost = new HeldCertificate.Builder().signedBy(authority).commonName("localhost")
                .addSubjectAlternativeName(server.getHostName()).build();
        server.useHttps(new HandshakeCertificates.Builder().heldCertificate(localhost).build().sslSocketFactory());
        server.enqueue(new MockResponse.Builder().body("first").build());
        server.enqueue(new MockResponse.Builder().body("second").build());
        Network network = new Network(recorder.log(Phase.FETCH), List.of(authority.certificate()), Optional.empty(),
                Network.DEFAULT_READ_TIMEOUT);

        network.fetch(server.url("/first").uri());
        network.fetch(server.url("/second").uri());

        FetchTiming first = recorder.fetches().get(0);
        assertThat(first.request()).isEqualTo("GET " + server.url("/first"));
        assertThat(first.steps()).extracting(FetchTiming.Step::name).containsExactly("dns", "connect", "tls", "waiting", "download");
        assertThat(first.steps()).allMatch(step -> step.start() <= step.end() && step.end() <= first.millis());
        for (int i = 1; i < first.steps().size(); i++) {
            assertThat(first.steps().get(i).start()).as("each step starts when the one before ends")
                    .isGreaterThanOrEqualTo(first.steps().get(i - 1).end());
        }
        assertThat(first.cacheVerdict()).isEqualTo("not cached: the cache is off");
        assertThat(recorder.fetches().get(1).steps()).as("the second request reuses the connection: no DNS, TCP or TLS")
                .extracting(FetchTiming.Step::name).containsExactly("waiting", "download");
        assertThat(recorder.fetches().get(1).startNanos()).isGreaterThan(first.startNanos());
    }

    @Test
    void timesAFileReadAsOneStep() throws Exception {
        Path css = Files.writeString(dir.resolve("style.css"), "p { color: red }");
        network().fetch(css.toUri());

        assertThat(recorder.fetches()).singleElement().satisfies(timing -> {
            assertThat(timing.request()).isEqualTo("GET " + css.toUri());
            assertThat(timing.steps()).extracting(FetchTiming.Step::name).containsExactly("read");
        });
    }

    @Test
    void anUnknownHostIsAClearError() {
        assertThatThrownBy(() -> network().fetch(URI.create("http://no-such-host.invalid/")))
                .isInstanceOf(LoadException.class).hasMessage("DNS: cannot resolve host no-such-host.invalid");
    }

    @Test
    void aServerThatSendsNothingTimesOut() {
        server.enqueue(new MockResponse.Builder().body("late").headersDelay(2, TimeUnit.SECONDS).build());
        Network impatient = new Network(recorder.log(Phase.FETCH), List.of(), Optional.empty(), Duration.ofMillis(200));

        assertThatThrownBy(() -> impatient.fetch(server.url("/").uri())).isInstanceOf(LoadException.class)
                .hasMessage("response: timed out: localhost:" + server.getPort() + " sent nothing for 0.2 s");
    }

    @Test
    void aPageWhoseConnectionDropsInTheMiddleOfTheBodyIsWhatArrived() {
        server.enqueue(new MockResponse.Builder().body("<p>arrived" + " ".repeat(100_000))
                .onResponseBody(new SocketEffect.CloseSocket()).build());

        Response page = network().fetch(server.url("/").uri());

        assertThat(page.text()).startsWith("<p>arrived").hasSizeLessThan(100_010);
        assertThat(recorder.messages()).contains("WARNING fetch: response body: unexpected end of stream; the page is the "
                + page.body().length + " bytes that arrived");
    }

    @Test
    void aSubresourceWhoseConnectionDropsInTheMiddleOfTheBodyIsAClearError() {
        server.enqueue(new MockResponse.Builder().body("x".repeat(100_000)).onResponseBody(new SocketEffect.CloseSocket()).build());
        FetchRequest stylesheet = FetchRequest.get(server.url("/style.css").uri());

        assertThatThrownBy(() -> network().fetch(stylesheet, server.url("/").uri()))
                .isInstanceOf(LoadException.class).hasMessage("response body: unexpected end of stream");
    }

    @Test
    void aServerThatTricklesIsStoppedAtTwiceTheReadTimeout() {
        server.enqueue(new MockResponse.Builder().body("x".repeat(100)).throttleBody(1, 50, TimeUnit.MILLISECONDS).build());
        Network impatient = new Network(recorder.log(Phase.FETCH), List.of(), Optional.empty(), Duration.ofMillis(200));
        FetchRequest image = FetchRequest.get(server.url("/image.png").uri());

        assertThatThrownBy(() -> impatient.fetch(image, server.url("/").uri())).isInstanceOf(LoadException.class)
                .hasMessage("response body: gave up: the exchange took longer than 0.4 s");
    }

    @Test
    void undoesGzipAndDeflateContentEncodings() throws Exception {
        server.enqueue(new MockResponse.Builder().addHeader("Content-Encoding: gzip").body(compressed("zipped", true)).build());
        server.enqueue(new MockResponse.Builder().addHeader("Content-Encoding: deflate").body(compressed("deflated", false)).build());

        assertThat(network().fetch(server.url("/a").uri()).text()).isEqualTo("zipped");
        assertThat(network().fetch(server.url("/b").uri()).text()).isEqualTo("deflated");
        assertThat(server.takeRequest().getHeaders().get("Accept-Encoding")).isEqualTo("gzip, deflate, br");
    }

    @Test
    void aGzipBombIsStoppedAtTheBodyLimit() throws Exception {
        okio.Buffer bomb = new okio.Buffer();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bomb.outputStream())) {
            byte[] zeros = new byte[1 << 20];
            for (long written = 0; written <= Network.MAX_BODY_BYTES; written += zeros.length) {
                gzip.write(zeros);
            }
        }
        server.enqueue(new MockResponse.Builder().addHeader("Content-Encoding: gzip").body(bomb).build());
        URI url = server.url("/bomb").uri();

        assertThatThrownBy(() -> network().fetch(url))
                .isInstanceOf(LoadException.class).hasMessage("response larger than 64 MiB: " + url);
    }

    @Test
    void decodesDataUrls() {
        URI url = new Navigator(dir).resolve("data:text/html,<h1>Hi there</h1>");

        Response response = network().fetch(url);

        assertThat(response.mediaType()).isEqualTo("text/html");
        assertThat(response.text()).isEqualTo("<h1>Hi there</h1>");
    }

    @Test
    void logsEveryRedirectHop() {
        server.enqueue(new MockResponse.Builder().code(302).setHeader("Location", "/b").build());
        server.enqueue(new MockResponse.Builder().code(307).setHeader("Location", server.url("/c")).build());
        server.enqueue(new MockResponse.Builder().body("end").build());

        Response response = network().fetch(server.url("/a").uri());

        assertThat(response.url()).isEqualTo(server.url("/c").uri());
        assertThat(recorder.messages()).containsSubsequence("INFO fetch: GET " + server.url("/a"),
                "INFO fetch: redirect 1: 302 → " + server.url("/b"), "INFO fetch: GET " + server.url("/b"),
                "INFO fetch: redirect 2: 307 → " + server.url("/c"), "INFO fetch: GET " + server.url("/c"));
    }

    @Test
    void aRedirectLoopIsDetected() {
        server.enqueue(new MockResponse.Builder().code(302).setHeader("Location", "/b").build());
        server.enqueue(new MockResponse.Builder().code(302).setHeader("Location", "/a").build());

        assertThatThrownBy(() -> network().fetch(server.url("/a").uri())).isInstanceOf(LoadException.class)
                .hasMessage("redirect loop: " + server.url("/a") + " → " + server.url("/b") + " → " + server.url("/a"));
    }

    @Test
    void givesUpAfterTwentyRedirects() {
        for (int hop = 1; hop <= 21; hop++) {
            server.enqueue(new MockResponse.Builder().code(302).setHeader("Location", "/hop" + hop).build());
        }

        assertThatThrownBy(() -> network().fetch(server.url("/start").uri())).isInstanceOf(LoadException.class)
                .hasMessage("too many redirects (more than 20) from " + server.url("/start"));
        assertThat(server.getRequestCount()).isEqualTo(21);
    }

    @Test
    void anHttpUrlWithAnImpossiblePortIsAClearError() {
        assertThatThrownBy(() -> network().fetch(URI.create("http://localhost:99999/")))
                .isInstanceOf(LoadException.class).hasMessage("not a valid URL: http://localhost:99999/");
    }

    private static okio.Buffer compressed(String text, boolean gzip) throws IOException {
        okio.Buffer buffer = new okio.Buffer();
        try (OutputStream out = gzip ? new GZIPOutputStream(buffer.outputStream()) : new DeflaterOutputStream(buffer.outputStream())) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return buffer;
    }
}
