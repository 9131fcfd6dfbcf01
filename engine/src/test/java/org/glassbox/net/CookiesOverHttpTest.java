package org.glassbox.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.glassbox.Phase;
import org.glassbox.Recorder;
import org.junit.jupiter.api.Test;

/**
 * The cookie jar at work on real requests: what a server sets comes back on the next request it
 * matches — its host or domain, its path, and https for a Secure cookie — and on no other.
 */
class CookiesOverHttpTest {

    private final Recorder recorder = new Recorder();

    @StartStop
    private final MockWebServer server = new MockWebServer();
    private final Network network = new Network(recorder.log(Phase.FETCH), List.of(), Optional.empty(), Network.DEFAULT_READ_TIMEOUT);

    @Test
    void aCookieComesBackOnTheRequestsItMatches() throws Exception {
        server.enqueue(new MockResponse.Builder().addHeader("Set-Cookie: id=42; Path=/app").build());
        server.enqueue(new MockResponse.Builder().build());
        server.enqueue(new MockResponse.Builder().build());

        network.fetch(server.url("/app/login").uri());
        network.fetch(server.url("/app/home").uri());
        network.fetch(server.url("/elsewhere").uri());

        server.takeRequest();
        assertThat(server.takeRequest().getHeaders().get("Cookie")).isEqualTo("id=42");
        assertThat(server.takeRequest().getHeaders().get("Cookie")).isNull();
        assertThat(recorder.messages()).contains("DETAIL fetch: cookie set: id=42 (domain localhost, path /app, session)");
    }

    @Test
    void aCookieSetByARedirectGoesWithTheNextHop() throws Exception {
        server.enqueue(new MockResponse.Builder().code(302).addHeader("Location: /next").addHeader("Set-Cookie: hop=1").build());
        server.enqueue(new MockResponse.Builder().body("arrived").build());

        network.fetch(server.url("/start").uri());

        server.takeRequest();
        assertThat(server.takeRequest().getHeaders().get("Cookie")).isEqualTo("hop=1");
    }

    @Test
    void maxAgeZeroDeletesTheCookie() throws Exception {
        server.enqueue(new MockResponse.Builder().addHeader("Set-Cookie: id=42").build());
        server.enqueue(new MockResponse.Builder().addHeader("Set-Cookie: id=; Max-Age=0").build());
        server.enqueue(new MockResponse.Builder().build());

        network.fetch(server.url("/a").uri());
        network.fetch(server.url("/b").uri());
        network.fetch(server.url("/c").uri());

        server.takeRequest();
        server.takeRequest();
        assertThat(server.takeRequest().getHeaders().get("Cookie")).isNull();
    }

    /** RFC 6265 §5.3 steps 5–6: a cookie without Domain is host-only; one with Domain reaches that domain's subdomains. */
    @Test
    void aHostOnlyCookieStaysOnItsHostWhileADomainCookieReachesTheSiblings() throws Exception {
        Network proxied = ThroughProxy.build(server, () -> new Network(recorder.log(Phase.FETCH), List.of(), Optional.empty(),
                Network.DEFAULT_READ_TIMEOUT));
        server.enqueue(new MockResponse.Builder().addHeader("Set-Cookie: host=1").addHeader("Set-Cookie: domain=2; Domain=site.test")
                .addHeader("Set-Cookie: elsewhere=3; Domain=other.test").build());
        for (int i = 0; i < 4; i++) {
            server.enqueue(new MockResponse.Builder().build());
        }

        for (String url : List.of("http://www.site.test/", "http://www.site.test/again", "http://api.site.test/", "http://site.test/",
                "http://other.test/")) {
            proxied.fetch(URI.create(url));
        }

        server.takeRequest();
        assertThat(cookieSentTo("www.site.test")).isEqualTo("host=1; domain=2");
        assertThat(cookieSentTo("api.site.test")).isEqualTo("domain=2");
        assertThat(cookieSentTo("site.test")).isEqualTo("domain=2");
        assertThat(cookieSentTo("other.test")).isNull();
        assertThat(recorder.messages()).contains("DETAIL fetch: cookie rejected: elsewhere=3; Domain=other.test because it is "
                + "malformed or its Domain is not www.site.test or a parent of it");
    }

    /** A Secure cookie is set only over https and goes only over https, to the same host on any port (RFC 6265 §8.5). */
    @Test
    void aSecureCookieIsSetAndSentOnlyOverHttps() throws Exception {
        HeldCertificate authority = new HeldCertificate.Builder().certificateAuthority(0).build();
        HeldCertificate localhost = new HeldCertificate.Builder().signedBy(authority).addSubjectAlternativeName("localhost").build();
        try (MockWebServer https = new MockWebServer()) {
            https.useHttps(new HandshakeCertificates.Builder().heldCertificate(localhost).build().sslSocketFactory());
            https.start();
            Network network = new Network(recorder.log(Phase.FETCH), List.of(authority.certificate()), Optional.empty(),
                    Network.DEFAULT_READ_TIMEOUT);
            https.enqueue(new MockResponse.Builder().addHeader("Set-Cookie: secure=1; Secure").addHeader("Set-Cookie: plain=2").build());
            https.enqueue(new MockResponse.Builder().build());
            server.enqueue(new MockResponse.Builder().addHeader("Set-Cookie: planted=3; Secure").build());
            https.enqueue(new MockResponse.Builder().build());

            network.fetch(https.url("/login").uri());
            network.fetch(https.url("/home").uri());
            network.fetch(server.url("/plain").uri());
            network.fetch(https.url("/later").uri());

            https.takeRequest();
            assertThat(https.takeRequest().getHeaders().get("Cookie")).isEqualTo("secure=1; plain=2");
            assertThat(server.takeRequest().getHeaders().get("Cookie")).isEqualTo("plain=2");
            assertThat(https.takeRequest().getHeaders().get("Cookie")).as("planted over http").isEqualTo("secure=1; plain=2");
        }
    }

    /** The Cookie header of the next request, which must be for {@code host}. */
    private String cookieSentTo(String host) throws InterruptedException {
        RecordedRequest request = server.takeRequest();
        assertThat(request.getUrl().host()).isEqualTo(host);
        return request.getHeaders().get("Cookie");
    }
}
