package org.glassbox.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.glassbox.Phase;
import org.glassbox.Recorder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTTP cache (RFC 9111) on real sockets: each rule, the verdict it leads to, and how many
 * requests reached the server.
 */
class HttpCacheTest {

    @TempDir
    Path cacheDirectory;

    private final Recorder recorder = new Recorder();

    @StartStop
    private final MockWebServer server = new MockWebServer();
    private Network network;
    private URI page;

    @BeforeEach
    void start() {
        network = newNetwork();
        page = server.url("/page.html").uri();
    }

    @AfterEach
    void stop() {
        network.close();
    }

    private Network newNetwork() {
        return new Network(recorder.log(Phase.FETCH), List.of(), Optional.of(cacheDirectory), Network.DEFAULT_READ_TIMEOUT);
    }

    private void serve(String body, String... headers) {
        MockResponse.Builder response = new MockResponse.Builder().body(body);
        for (String header : headers) {
            response.addHeader(header);
        }
        server.enqueue(response.build());
    }

    private static String httpDate(Instant instant) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    @Test
    void aFreshResponseIsServedFromTheCacheWithoutAskingTheServer() {
        serve("<p>hello", "Cache-Control: max-age=3600");

        assertThat(network.fetch(page).cacheVerdict()).isEqualTo("miss → stored (fresh for 3600 s: max-age)");
        Response second = network.fetch(page);

        assertThat(second.cacheVerdict()).matches("hit \\(age [01] s, fresh for 3600 s: max-age\\)");
        assertThat(second.text()).isEqualTo("<p>hello");
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(recorder.messages()).contains("INFO fetch:              cache     " + second.cacheVerdict());
    }

    @Test
    void theCacheOutlivesTheEngineThatFilledIt() {
        serve("<p>hello", "Cache-Control: max-age=3600");
        network.fetch(page);
        network.close();

        network = newNetwork();

        assertThat(network.fetch(page).cacheVerdict()).startsWith("hit (");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void noStoreIsNeverStored() {
        serve("one", "Cache-Control: no-store, max-age=3600");
        serve("two", "Cache-Control: no-store, max-age=3600");

        assertThat(network.fetch(page).cacheVerdict()).isEqualTo("miss → not stored: no-store");
        assertThat(network.fetch(page).text()).isEqualTo("two");
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void noCacheIsStoredButRevalidatedWithItsETagBeforeEveryUse() throws Exception {
        serve("<p>kept", "Cache-Control: no-cache", "ETag: \"abc\"");
        server.enqueue(new MockResponse.Builder().code(304).addHeader("ETag: \"abc\"").build());

        assertThat(network.fetch(page).cacheVerdict()).isEqualTo("miss → stored, to be revalidated before every use (no-cache)");
        Response second = network.fetch(page);

        assertThat(second.cacheVerdict()).isEqualTo("revalidated: 304 for If-None-Match \"abc\" (no-cache: check before every use)");
        assertThat(second.text()).isEqualTo("<p>kept");
        server.takeRequest();
        assertThat(server.takeRequest().getHeaders().get("If-None-Match")).isEqualTo("\"abc\"");
    }

    @Test
    void theAgeHeaderCountsTowardsTheAgeOfAResponse() {
        serve("old", "Cache-Control: max-age=60", "Age: 100", "ETag: \"v1\"");
        server.enqueue(new MockResponse.Builder().code(304).build());

        network.fetch(page);
        Response second = network.fetch(page);

        assertThat(second.cacheVerdict()).matches(
                "revalidated: 304 for If-None-Match \"v1\" \\(stale: age 10[01] s, fresh for 60 s: max-age\\)");
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void expiresCountsFromTheDateHeader() {
        Instant now = Instant.now();
        serve("x", "Date: " + httpDate(now), "Expires: " + httpDate(now.plusSeconds(120)));

        assertThat(network.fetch(page).cacheVerdict()).isEqualTo("miss → stored (fresh for 120 s: Expires)");
        assertThat(network.fetch(page).cacheVerdict()).matches("hit \\(age [01] s, fresh for 120 s: Expires\\)");
    }

    @Test
    void withoutExplicitFreshnessLastModifiedGivesAHeuristicTenthOfItsAge() {
        Instant now = Instant.now();
        serve("x", "Date: " + httpDate(now), "Last-Modified: " + httpDate(now.minusSeconds(864_000)));

        assertThat(network.fetch(page).cacheVerdict())
                .isEqualTo("miss → stored (fresh for 86400 s: heuristic, 10% of the 864000 s since Last-Modified)");
        assertThat(network.fetch(page).cacheVerdict()).startsWith("hit (");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aStaleResponseIsRevalidatedWithIfModifiedSinceWhenItHasNoETag() throws Exception {
        String lastModified = httpDate(Instant.now().minusSeconds(3600));
        serve("x", "Cache-Control: max-age=0, must-revalidate", "Last-Modified: " + lastModified);
        server.enqueue(new MockResponse.Builder().code(304).build());

        network.fetch(page);

        assertThat(network.fetch(page).cacheVerdict()).startsWith("revalidated: 304 for If-Modified-Since " + lastModified + " (stale: ");
        server.takeRequest();
        assertThat(server.takeRequest().getHeaders().get("If-Modified-Since")).isEqualTo(lastModified);
    }

    @Test
    void a304UpdatesTheStoredHeaders() {
        serve("body", "Cache-Control: max-age=0", "ETag: \"v1\"", "X-Version: 1");
        server.enqueue(new MockResponse.Builder().code(304).addHeader("Cache-Control: max-age=600").addHeader("X-Version: 2").build());

        network.fetch(page);
        Response revalidated = network.fetch(page);
        Response third = network.fetch(page);

        assertThat(revalidated.header("X-Version")).hasValue("2");
        assertThat(third.cacheVerdict()).matches("hit \\(age [01] s, fresh for 600 s: max-age\\)");
        assertThat(third.text()).isEqualTo("body");
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void aChangedResourceIsRefetchedAndReplacesTheStoredOne() {
        serve("old", "Cache-Control: max-age=0", "ETag: \"v1\"");
        serve("new", "Cache-Control: max-age=600", "ETag: \"v2\"");

        network.fetch(page);
        Response second = network.fetch(page);

        assertThat(second.cacheVerdict()).isEqualTo("stale → refetched: 200 for If-None-Match \"v1\" → stored (fresh for 600 s: max-age)");
        assertThat(second.text()).isEqualTo("new");
        assertThat(network.fetch(page).text()).isEqualTo("new");
    }

    @Test
    void aPrivateResponseIsStoredBecauseABrowsersCacheIsPrivate() {
        serve("mine", "Cache-Control: private, max-age=600");

        network.fetch(page);

        assertThat(network.fetch(page).cacheVerdict()).startsWith("hit (");
    }

    @Test
    void varyKeepsAResponseFromBeingUsedForARequestWithOtherHeaders() {
        serve("before", "Cache-Control: max-age=600", "Vary: Cookie", "Set-Cookie: session=1");
        serve("after", "Cache-Control: max-age=600", "Vary: Cookie");

        network.fetch(page);
        Response withCookie = network.fetch(page);

        assertThat(withCookie.text()).isEqualTo("after");
        assertThat(withCookie.cacheVerdict()).startsWith("miss → stored");
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void aFreshRedirectIsStoredAndFollowedFromTheCache() {
        server.enqueue(new MockResponse.Builder().code(301).addHeader("Location: /new.html")
                .addHeader("Cache-Control: max-age=600").build());
        serve("moved", "Cache-Control: max-age=600");

        assertThat(network.fetch(page).url()).isEqualTo(server.url("/new.html").uri());
        Response again = network.fetch(page);

        assertThat(again.text()).isEqualTo("moved");
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(recorder.messages()).containsSubsequence(
                "INFO fetch: redirect 1: 301 → " + server.url("/new.html"), "INFO fetch: redirect 1: 301 → " + server.url("/new.html"));
    }

    @Test
    void aTemporaryRedirectWithoutFreshnessIsNotStored() {
        server.enqueue(new MockResponse.Builder().code(302).addHeader("Location: /b").build());
        serve("b");

        network.fetch(page);

        assertThat(recorder.messages()).contains(
                "INFO fetch:              cache     miss → not stored: status 302 is not stored without explicit freshness");
    }

    @Test
    void withoutACacheEveryRequestGoesToTheServer() {
        serve("1", "Cache-Control: max-age=600");
        serve("2", "Cache-Control: max-age=600");
        Network uncached = new Network(recorder.log(Phase.FETCH), List.of(), Optional.empty(), Network.DEFAULT_READ_TIMEOUT);

        uncached.fetch(page);

        assertThat(uncached.fetch(page).cacheVerdict()).isEqualTo("not cached: the cache is off");
        assertThat(server.getRequestCount()).isEqualTo(2);
    }
}
