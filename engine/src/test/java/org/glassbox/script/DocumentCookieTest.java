package org.glassbox.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.glassbox.Engine;
import org.glassbox.Recorder;
import org.glassbox.net.ThroughProxy;
import org.junit.jupiter.api.Test;

/**
 * {@code document.cookie} on a page from www.site.test, through real requests: a script reads and
 * writes the cookies of its page's host, domain and path, never an HttpOnly one, and the requests
 * it then makes carry what their own host and path match.
 */
class DocumentCookieTest {

    private static final String PAGE = """
            <script>
              console.log('read: ' + document.cookie);
              document.cookie = 'script=6; Domain=site.test; Path=/';
              document.cookie = 'foreign=7; Domain=other.test; Path=/';
              document.cookie = 'secure=8; Secure; Path=/';
              console.log('after: ' + document.cookie);
              fetch('/other/data');
              fetch('http://api.site.test/data');
            </script>""";

    @StartStop
    private final MockWebServer server = new MockWebServer();

    /** The Cookie header each URL was asked for with; "none" for none. */
    private final Map<String, String> cookiesSent = new ConcurrentHashMap<>();

    @Test
    void aScriptSeesAndSetsOnlyTheCookiesOfItsPagesHostDomainAndPath() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                cookiesSent.put(request.getUrl().toString(), String.valueOf(request.getHeaders().get("Cookie")));
                return request.getUrl().encodedPath().equals("/app/page.html") ? page() : new MockResponse.Builder().build();
            }
        });
        Recorder recorder = new Recorder();
        Engine engine = ThroughProxy.build(server, () -> Engine.builder().listener(recorder).build());

        engine.load("http://www.site.test/app/page.html");

        assertThat(recorder.messages()).contains(
                "INFO script: console.log: read: app=3; host=1; domain=2",
                "INFO script: console.log: after: app=3; host=1; domain=2; script=6",
                "DETAIL fetch: cookie rejected: foreign=7; Domain=other.test; Path=/ because it is malformed"
                        + " or its Domain is not www.site.test or a parent of it",
                "DETAIL fetch: cookie rejected: secure=8; Secure; Path=/ because it is Secure but came over http");
        assertThat(cookiesSent).containsEntry("http://www.site.test/other/data", "other=4; host=1; domain=2; session=5; script=6")
                .containsEntry("http://api.site.test/data", "domain=2; script=6");
    }

    /** The same host over https and http: a Secure cookie is there for the https page's script only. */
    @Test
    void onlyAnHttpsPagesScriptSeesASecureCookie() throws Exception {
        HeldCertificate authority = new HeldCertificate.Builder().certificateAuthority(0).build();
        HeldCertificate localhost = new HeldCertificate.Builder().signedBy(authority).addSubjectAlternativeName("localhost").build();
        String script = "<script>console.log(location.protocol + ' ' + document.cookie)</script>";
        try (MockWebServer https = new MockWebServer()) {
            https.useHttps(new HandshakeCertificates.Builder().heldCertificate(localhost).build().sslSocketFactory());
            https.start();
            https.enqueue(new MockResponse.Builder().addHeader("Set-Cookie", "secure=1; Secure").addHeader("Set-Cookie", "plain=2")
                    .body(script).build());
            server.enqueue(new MockResponse.Builder().body(script).build());
            Recorder recorder = new Recorder();
            Engine engine = Engine.builder().listener(recorder).trustedCertificates(List.of(authority.certificate())).build();

            engine.load(https.url("/page.html").toString());
            engine.load(server.url("/page.html").toString());

            assertThat(recorder.messages()).contains("INFO script: console.log: https: secure=1; plain=2",
                    "INFO script: console.log: http: plain=2");
        }
    }

    private static MockResponse page() {
        return new MockResponse.Builder().addHeader("Content-Type", "text/html")
                .addHeader("Set-Cookie", "host=1; Path=/")
                .addHeader("Set-Cookie", "domain=2; Domain=site.test; Path=/")
                .addHeader("Set-Cookie", "app=3; Path=/app")
                .addHeader("Set-Cookie", "other=4; Path=/other")
                .addHeader("Set-Cookie", "session=5; Path=/; HttpOnly")
                .body(PAGE).build();
    }
}
