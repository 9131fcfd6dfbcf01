package org.glassbox.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import mockwebserver3.RecordedRequest;
import org.glassbox.LoadException;
import org.glassbox.Phase;
import org.glassbox.Recorder;
import org.junit.jupiter.api.Test;

/** A page's subresources: fetched side by side, drawn as a waterfall, sent the right cookies. */
class SubresourcesTest {

    private final Recorder recorder = new Recorder();

    @StartStop
    private final MockWebServer server = new MockWebServer();
    private final Network network = new Network(recorder.log(Phase.FETCH), List.of(), Optional.empty(), Network.DEFAULT_READ_TIMEOUT);



    private URI url(String path) {
        return server.url(path).uri();
    }

    /**
     * Each response waits until all three requests have arrived, so the fetches succeed only if
     * they are in flight at the same time; one after another, each would wait in vain.
     */
    @Test
    void fetchesSubresourcesAtTheSameTime() {
        CountDownLatch allArrived = new CountDownLatch(3);
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                allArrived.countDown();
                boolean together = allArrived.await(5, TimeUnit.SECONDS);
                return new MockResponse.Builder().code(together ? 200 : 503).body(request.getUrl().encodedPath()).build();
            }
        });

        Subresources subresources = network.fetchAll(url("/page.html"), List.of(url("/a.css"), url("/b.js"), url("/c.png")));

        assertThat(subresources.fetch(url("/a.css")).status()).isEqualTo(200);
        assertThat(subresources.fetch(url("/b.js")).text()).isEqualTo("/b.js");
        assertThat(subresources.fetch(url("/c.png")).status()).isEqualTo(200);
        assertThat(server.getRequestCount()).isEqualTo(3);
        assertThat(subresources.summary()).matches("3 fetched in parallel in [0-9.]+ ms");
    }

    @Test
    void theLogDrawsTheWaterfallWithEachVerdict() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                boolean style = request.getUrl().encodedPath().equals("/style.css");
                return style ? new MockResponse.Builder().body("p {}").build() : new MockResponse.Builder().code(404).build();
            }
        });

        network.fetchAll(url("/page.html"), List.of(url("/style.css"), url("/gone.js")));

        List<String> lines = recorder.messages();
        int waterfall = lines.indexOf("INFO fetch: waterfall, in ms since the first request:");
        assertThat(lines.subList(waterfall + 1, lines.size())).satisfiesExactlyInAnyOrder(
                line -> assertThat(line).matches("INFO fetch:   style\\.css +[0-9.]+ – +[0-9.]+ \\|[ █]+\\| "
                        + "200 application/octet-stream, 4 bytes; not cached: the cache is off"),
                line -> assertThat(line).matches("INFO fetch:   gone\\.js +[0-9.]+ – +[0-9.]+ \\|[ █]+\\| "
                        + "404 application/octet-stream, 0 bytes; not cached: the cache is off"));
    }

    @Test
    void aFailedFetchIsReportedToWhoeverAsksForIt() {
        URI unsupported = URI.create("ftp://example.com/style.css");
        Subresources subresources = network.fetchAll(url("/page.html"), List.of(unsupported));

        assertThat(subresources.summary()).matches("1 fetched in parallel in [0-9.]+ ms, 1 failed");
        assertThatThrownBy(() -> subresources.fetch(unsupported)).isInstanceOf(LoadException.class)
                .hasMessage("unsupported scheme: " + unsupported);
    }

    @Test
    void whatWasNotFetchedInAdvanceIsFetchedWhenAskedFor() {
        server.enqueue(new MockResponse.Builder().body("late").build());
        Subresources subresources = network.fetchAll(url("/page.html"), List.of());

        assertThat(subresources.fetch(url("/added-by-a-script.css")).text()).isEqualTo("late");
    }

    /** localhost and 127.0.0.1 are different sites, so a Lax cookie of one stays home when the other's page asks. */
    @Test
    void sameSiteCookiesAreWithheldFromCrossSiteSubresources() throws Exception {
        URI otherSite = URI.create("http://127.0.0.1:" + server.getPort() + "/");
        server.enqueue(new MockResponse.Builder().addHeader("Set-Cookie: session=1; SameSite=Lax").build());
        server.enqueue(new MockResponse.Builder().body("same site").build());
        server.enqueue(new MockResponse.Builder().body("cross site").build());
        network.fetch(otherSite.resolve("/login"));

        network.fetchAll(otherSite.resolve("/page.html"), List.of(otherSite.resolve("/api")));
        network.fetchAll(url("/page.html"), List.of(otherSite.resolve("/api")));

        server.takeRequest();
        assertThat(server.takeRequest().getHeaders().get("Cookie")).isEqualTo("session=1");
        assertThat(server.takeRequest().getHeaders().get("Cookie")).isNull();
    }
}
