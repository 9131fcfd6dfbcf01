package org.glassbox.shell;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import javax.net.ssl.SSLException;
import okhttp3.Headers;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.tls.Certificates;
import okhttp3.tls.HandshakeCertificates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file server over real sockets on loopback, with OkHttp as the client. */
class FileServerTest {

    private static final String PAGE = "<!DOCTYPE html><p>Hello</p>\n";
    private static final Instant MODIFIED = Instant.parse("2024-05-01T10:00:00Z");

    @TempDir
    Path temp;

    private Path site;
    private final StringWriter log = new StringWriter();
    private final OkHttpClient client = new OkHttpClient.Builder().followRedirects(false).build();
    private FileServer server;

    /** What came back for one request: the status, the fields and the body as received. */
    private record Fetched(int status, Headers headers, byte[] body) {
        String text() {
            return new String(body, UTF_8);
        }
    }

    @BeforeEach
    void startServer() throws IOException {
        site = Files.createDirectory(temp.resolve("site"));
        write("page.html", PAGE);
        server = FileServer.start(site, 0, Optional.empty(), new PrintWriter(log, true));
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void aFileCarriesItsValidatorsAndTheDate() throws IOException {
        Fetched page = get("/page.html");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).isEqualTo(PAGE);
        assertThat(page.headers().get("ETag")).matches("\"[0-9a-f]{16}\"");
        assertThat(page.headers().get("Last-Modified")).isEqualTo("Wed, 01 May 2024 10:00:00 GMT");
        assertThat(page.headers().get("Date")).endsWith(" GMT");
        assertThat(page.headers().get("Content-Type")).isEqualTo("text/html; charset=utf-8");
        assertThat(page.headers().get("Vary")).isEqualTo("Accept-Encoding");
        assertThat(page.headers().get("Cache-Control")).as("no default: heuristic freshness").isNull();
        assertThat(log.toString()).isEqualTo("GET /page.html → 200 OK, " + PAGE.length() + " bytes\n");
    }

    @Test
    void ifNoneMatchWithTheCurrentTagGetsA304() throws IOException {
        String etag = get("/page.html").headers().get("ETag");

        Fetched notModified = get("/page.html", "If-None-Match", etag);

        assertThat(notModified.status()).isEqualTo(304);
        assertThat(notModified.body()).isEmpty();
        assertThat(notModified.headers().get("ETag")).isEqualTo(etag);
        assertThat(notModified.headers().get("Last-Modified")).isEqualTo("Wed, 01 May 2024 10:00:00 GMT");
        assertThat(notModified.headers().get("Date")).isNotNull();
        assertThat(notModified.headers().get("Content-Type")).isNull();
        assertThat(log.toString()).endsWith("GET /page.html → 304 Not Modified (If-None-Match matched)\n");
    }

    @Test
    void ifNoneMatchTakesAStarOrAListComparedWeakly() throws IOException {
        String etag = get("/page.html").headers().get("ETag");

        assertThat(get("/page.html", "If-None-Match", "*").status()).isEqualTo(304);
        assertThat(get("/page.html", "If-None-Match", "\"other\", W/" + etag).status()).isEqualTo(304);
        assertThat(get("/page.html", "If-None-Match", "\"other\", \"another\"").status()).isEqualTo(200);
    }

    @Test
    void ifModifiedSinceGetsA304UnlessTheFileIsNewer() throws IOException {
        assertThat(get("/page.html", "If-Modified-Since", "Wed, 01 May 2024 10:00:00 GMT").status()).isEqualTo(304);
        assertThat(get("/page.html", "If-Modified-Since", "Thu, 02 May 2024 00:00:00 GMT").status()).isEqualTo(304);
        assertThat(get("/page.html", "If-Modified-Since", "Wed, 01 May 2024 09:59:59 GMT").status()).isEqualTo(200);
        assertThat(get("/page.html", "If-Modified-Since", "yesterday").status()).as("not a date: ignored").isEqualTo(200);
        assertThat(log.toString()).contains("GET /page.html → 304 Not Modified (not modified since If-Modified-Since)\n");
    }

    @Test
    void aChangedFileGetsA200WithNewValidators() throws IOException {
        Fetched before = get("/page.html");
        write("page.html", "<p>Changed</p>");
        Files.setLastModifiedTime(site.resolve("page.html"), FileTime.from(MODIFIED.plusSeconds(60)));

        Fetched byTag = get("/page.html", "If-None-Match", before.headers().get("ETag"));
        Fetched byDate = get("/page.html", "If-Modified-Since", before.headers().get("Last-Modified"));

        assertThat(byTag.status()).isEqualTo(200);
        assertThat(byTag.text()).isEqualTo("<p>Changed</p>");
        assertThat(byTag.headers().get("ETag")).isNotEqualTo(before.headers().get("ETag"));
        assertThat(byDate.status()).isEqualTo(200);
        assertThat(byDate.headers().get("Last-Modified")).isEqualTo("Wed, 01 May 2024 10:01:00 GMT");
    }

    @Test
    void ifNoneMatchWinsOverIfModifiedSince() throws IOException {
        String etag = get("/page.html").headers().get("ETag");
        String lastModified = "Wed, 01 May 2024 10:00:00 GMT";
        String longAgo = "Mon, 01 Jan 2001 00:00:00 GMT";

        assertThat(get("/page.html", "If-None-Match", "\"other\"", "If-Modified-Since", lastModified).status()).isEqualTo(200);
        assertThat(get("/page.html", "If-None-Match", etag, "If-Modified-Since", longAgo).status()).isEqualTo(304);
    }

    @Test
    void headersFileRulesApplyTo200And304AndTheFileIsNotServed() throws IOException {
        write("style.css", "p { color: green }");
        write("_headers", """
                # Stylesheets for an hour.
                /*.css
                  Cache-Control: max-age=3600

                /page.html
                  Cache-Control: no-cache
                  X-Rule: exact
                /*
                  X-Rule: everything
                """);

        Fetched page = get("/page.html");
        Fetched notModified = get("/page.html", "If-None-Match", page.headers().get("ETag"));

        assertThat(page.headers().values("Cache-Control")).containsExactly("no-cache");
        assertThat(page.headers().values("X-Rule")).containsExactly("exact", "everything");
        assertThat(notModified.status()).isEqualTo(304);
        assertThat(notModified.headers().values("Cache-Control")).containsExactly("no-cache");
        assertThat(get("/style.css").headers().get("Cache-Control")).isEqualTo("max-age=3600");
        assertThat(get("/_headers").status()).isEqualTo(404);
        assertThat(get("/").text()).contains("page.html").doesNotContain("_headers");
    }

    @Test
    void headersFileEditsApplyAtOnceAndBadLinesAreLogged() throws IOException {
        write("_headers", "/page.html\n  Cache-Control: no-store\n");
        assertThat(get("/page.html").headers().get("Cache-Control")).isEqualTo("no-store");

        write("_headers", "/page.html\n  Cache-Control: max-age=60\nnonsense\n");
        Files.setLastModifiedTime(site.resolve("_headers"), FileTime.from(Instant.now().plusSeconds(5)));

        assertThat(get("/page.html").headers().get("Cache-Control")).isEqualTo("max-age=60");
        assertThat(log.toString()).contains("_headers line 3 ignored");
    }

    @Test
    void textIsGzippedWhenTheRequestAcceptsIt() throws IOException {
        String css = "p { margin: 0 }\n".repeat(40);
        write("big.css", css);

        Fetched gzipped = get("/big.css", "Accept-Encoding", "gzip, deflate");
        Fetched plain = get("/big.css", "Accept-Encoding", "identity");

        assertThat(gzipped.headers().get("Content-Encoding")).isEqualTo("gzip");
        assertThat(gzipped.headers().get("Vary")).isEqualTo("Accept-Encoding");
        assertThat(gzipped.body().length).isLessThan(css.length());
        assertThat(gunzip(gzipped.body())).isEqualTo(css.getBytes(UTF_8));
        assertThat(gzipped.headers().get("ETag")).as("gzipped bytes get their own tag").endsWith("-gzip\"");
        assertThat(plain.headers().get("Content-Encoding")).isNull();
        assertThat(plain.text()).isEqualTo(css);
        assertThat(log.toString()).contains("GET /big.css → 200 OK, " + gzipped.body().length + " bytes (gzip)\n");
    }

    @Test
    void smallTextAndImagesAreNotGzipped() throws IOException {
        Files.write(site.resolve("dot.png"), new byte[1000]);

        Fetched small = get("/page.html", "Accept-Encoding", "gzip");
        Fetched image = get("/dot.png", "Accept-Encoding", "gzip");

        assertThat(small.headers().get("Content-Encoding")).isNull();
        assertThat(image.headers().get("Content-Encoding")).isNull();
        assertThat(image.headers().get("Content-Type")).isEqualTo("image/png");
        assertThat(image.headers().get("Vary")).as("only text varies with Accept-Encoding").isNull();
    }

    @Test
    void headGivesTheFieldsOfAGetWithoutTheBody() throws IOException {
        try (Response response = client.newCall(new Request.Builder().url(server.url() + "page.html").head().build()).execute()) {
            assertThat(response.code()).isEqualTo(200);
            assertThat(response.header("Content-Length")).isEqualTo(String.valueOf(PAGE.length()));
            assertThat(response.header("ETag")).isEqualTo(get("/page.html").headers().get("ETag"));
            assertThat(response.body().bytes()).isEmpty();
        }
    }

    @Test
    void otherMethodsGet405WithAllow() throws IOException {
        try (Response response = client.newCall(new Request.Builder().url(server.url() + "page.html").delete().build()).execute()) {
            assertThat(response.code()).isEqualTo(405);
            assertThat(response.header("Allow")).isEqualTo("GET, HEAD");
        }
        assertThat(log.toString()).startsWith("DELETE /page.html → 405 Method Not Allowed, ");
    }

    @Test
    void aMissingFileIs404WithAPage() throws IOException {
        Fetched missing = get("/missing.html");

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.headers().get("Content-Type")).isEqualTo("text/html; charset=utf-8");
        assertThat(missing.text()).contains("<code>/missing.html</code>");
    }

    @Test
    void pathsLeavingTheDirectoryAre404() throws IOException {
        Files.writeString(temp.resolve("secret.txt"), "secret");

        // OkHttp removes dot segments from URLs, so these go over a plain socket as typed.
        assertThat(statusLine("/../secret.txt")).isEqualTo("HTTP/1.1 404 Not Found");
        assertThat(statusLine("/%2e%2e/secret.txt")).isEqualTo("HTTP/1.1 404 Not Found");
        assertThat(statusLine("/%2E%2E%2Fsecret.txt")).isEqualTo("HTTP/1.1 404 Not Found");
        assertThat(statusLine("//etc/passwd")).isEqualTo("HTTP/1.1 404 Not Found");
        assertThat(statusLine("/page.html")).as("the same socket code reaches a real file").isEqualTo("HTTP/1.1 200 OK");
    }

    @Test
    void aDirectoryServesItsIndexOrAListing() throws IOException {
        Files.createDirectories(site.resolve("docs/deep"));
        write("docs/index.html", "<p>Docs</p>");
        write("docs/deep/a b.txt", "text");

        Fetched withoutSlash = get("/docs");
        assertThat(withoutSlash.status()).isEqualTo(301);
        assertThat(withoutSlash.headers().get("Location")).isEqualTo("/docs/");
        assertThat(get("/docs/").text()).isEqualTo("<p>Docs</p>");
        assertThat(get("/docs/deep/").text()).contains("<h1>Index of /docs/deep/</h1>").contains("<a href=\"a%20b.txt\">a b.txt</a>");
        assertThat(get("/").text()).contains("<a href=\"docs/\">docs/</a>").contains("<a href=\"page.html\">page.html</a>");
    }

    @Test
    void redirectsCountDownToTheRoot() throws IOException {
        List<String> locations = new ArrayList<>();
        String path = "/_redirect/3";
        while (!path.equals("/")) {
            Fetched redirect = get(path);
            assertThat(redirect.status()).isEqualTo(302);
            path = redirect.headers().get("Location");
            locations.add(path);
        }

        assertThat(locations).containsExactly("/_redirect/2", "/_redirect/1", "/_redirect/0", "/");
        assertThat(get("/_redirect/1000").headers().get("Location")).as("capped at 50").isEqualTo("/_redirect/49");
        assertThat(get("/_redirect/x").status()).isEqualTo(404);
        assertThat(log.toString()).startsWith("GET /_redirect/3 → 302 Found, ").contains("bytes (Location: /_redirect/2)\n");
    }

    @Test
    void theCookieEndpointSetsCookiesAndShowsThoseReceived() throws IOException {
        Fetched set = get("/_cookie?theme=dark&lang=en&bad%20name=x");
        Fetched shown = get("/_cookie", "Cookie", "theme=dark; lang=en");

        assertThat(set.headers().values("Set-Cookie")).containsExactly(
                "theme=dark; Path=/; Max-Age=3600; SameSite=Lax", "lang=en; Path=/; Max-Age=3600; SameSite=Lax");
        assertThat(set.text()).contains("Cookie received: <code>(none)</code>");
        assertThat(shown.headers().values("Set-Cookie")).isEmpty();
        assertThat(shown.text()).contains("Cookie received: <code>theme=dark; lang=en</code>");
    }

    @Test
    void theSlowEndpointWaitsBeforeAnswering() throws IOException {
        long start = System.nanoTime();
        Fetched slow = get("/_slow?ms=300");

        assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(300);
        assertThat(slow.text()).contains("waited 300 ms");
        assertThat(log.toString()).isEqualTo("GET /_slow?ms=300 → 200 OK, " + slow.body().length + " bytes (waited 300 ms)\n");
    }

    @Test
    void servesHttpsWithACertificateFromItsOwnCa() throws IOException {
        ServerCertificates certificates = ServerCertificates.create();
        Path pem = temp.resolve("ca.pem");
        certificates.writeAuthorityPem(pem);
        try (FileServer https = FileServer.start(site, 0, Optional.of(certificates), new PrintWriter(log, true))) {
            HandshakeCertificates trust = new HandshakeCertificates.Builder()
                    .addTrustedCertificate(Certificates.decodeCertificatePem(Files.readString(pem))).build();
            OkHttpClient trusting = new OkHttpClient.Builder().sslSocketFactory(trust.sslSocketFactory(), trust.trustManager()).build();
            Request request = new Request.Builder().url(https.url() + "page.html").build();

            assertThat(https.url()).startsWith("https://localhost:");
            try (Response response = trusting.newCall(request).execute()) {
                assertThat(response.code()).isEqualTo(200);
                assertThat(response.body().string()).isEqualTo(PAGE);
            }
            assertThatThrownBy(() -> client.newCall(request).execute()).isInstanceOf(SSLException.class);
        }
        assertThat(Files.readString(pem)).startsWith("-----BEGIN CERTIFICATE-----");
    }

    private void write(String name, String content) throws IOException {
        Path file = site.resolve(name);
        Files.writeString(file, content);
        Files.setLastModifiedTime(file, FileTime.from(MODIFIED));
    }

    /** GETs {@code path} with the given fields (name, value, name, value...) and nothing else added. */
    private Fetched get(String path, String... fields) throws IOException {
        Request.Builder request = new Request.Builder().url(server.url() + path.substring(1));
        for (int i = 0; i < fields.length; i += 2) {
            request.header(fields[i], fields[i + 1]);
        }
        try (Response response = client.newCall(request.build()).execute()) {
            return new Fetched(response.code(), response.headers(), response.body().bytes());
        }
    }

    /** The status line of a GET sent as raw bytes, request target and all. */
    private String statusLine(String target) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").getBytes(UTF_8));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), UTF_8).lines().findFirst().orElse("");
        }
    }

    private static byte[] gunzip(byte[] gzipped) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            return in.readAllBytes();
        }
    }
}
