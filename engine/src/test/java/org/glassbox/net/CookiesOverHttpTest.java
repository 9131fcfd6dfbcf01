package org.glassbox.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.glassbox.Phase;
import org.glassbox.Recorder;
import org.junit.jupiter.api.Test;

/** The cookie jar at work on real requests: what a server sets comes back on the next request it matches. */
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
}
