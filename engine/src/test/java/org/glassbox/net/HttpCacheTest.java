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
import java.util.concurrent.TimeUnit;
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

    @Test
    void aResponseServedFromTheCacheCarriesItsAge() {
        serve("x", "Cache-Control: max-age=600", "Age: 30");

        network.fetch(page);

        assertThat(network.fetch(page).header("Age").map(Integer::parseInt)).hasValueSatisfying(age -> assertThat(age).isBetween(30, 31));
    }

    @Test
    void keepsOneVariantPerValueOfTheFieldsVaryNames() {
        serve("english", "Cache-Control: max-age=600", "Vary: Accept-Language");
        serve("french", "Cache-Control: max-age=600", "Vary: Accept-Language");

        assertThat(network.fetch(inLanguage("en")).text()).isEqualTo("english");
        assertThat(network.fetch(inLanguage("fr")).text()).isEqualTo("french");

        assertThat(network.fetch(inLanguage("en")).text()).isEqualTo("english");
        assertThat(network.fetch(inLanguage("fr")).cacheVerdict()).startsWith("hit (");
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    private FetchRequest inLanguage(String language) {
        return new FetchRequest("GET", page, List.of(new FetchRequest.Header("Accept-Language", language)), new byte[0],
                FetchRequest.CacheMode.DEFAULT, true);
    }

    @Test
    void staleIfErrorServesTheStoredResponseWhenTheServerFails() {
        serve("kept", "Cache-Control: max-age=0, stale-if-error=600");
        server.enqueue(new MockResponse.Builder().code(503).body("down").build());

        network.fetch(page);
        Response second = network.fetch(page);

        assertThat(second.text()).isEqualTo("kept");
        assertThat(second.cacheVerdict()).startsWith("stale, served for an error (the server answered 503; ");
    }

    @Test
    void staleWhileRevalidateServesTheStoredResponseAndAsksTheServerBehindTheScenes() throws Exception {
        serve("old", "Cache-Control: max-age=0, stale-while-revalidate=600", "ETag: \"v1\"");
        serve("new", "Cache-Control: max-age=600, stale-while-revalidate=600", "ETag: \"v2\"");

        network.fetch(page);
        Response second = network.fetch(page);

        assertThat(second.text()).isEqualTo("old");
        assertThat(second.cacheVerdict()).startsWith("stale, served while it is revalidated in the background");
        server.takeRequest();
        assertThat(server.takeRequest(5, TimeUnit.SECONDS).getHeaders().get("If-None-Match")).isEqualTo("\"v1\"");
        network.close();
        assertThat(newNetwork().fetch(page).text()).isEqualTo("new");
    }

    @Test
    void aSuccessfulPostInvalidatesItsUrlAndItsLocation() {
        URI other = server.url("/other.html").uri();
        serve("page", "Cache-Control: max-age=600");
        serve("other", "Cache-Control: max-age=600");
        server.enqueue(new MockResponse.Builder().code(303).addHeader("Location: /other.html").build());
        serve("page again", "Cache-Control: max-age=600");
        serve("other again", "Cache-Control: max-age=600");
        network.fetch(page);
        network.fetch(other);

        network.fetch(new FetchRequest("POST", page, List.of(), "x=1".getBytes(), FetchRequest.CacheMode.DEFAULT, false));

        assertThat(network.fetch(page).text()).isEqualTo("page again");
        assertThat(network.fetch(other).text()).isEqualTo("other again");
    }

    @Test
    void mustUnderstandLetsAnUnderstoodStatusBeStoredDespiteNoStore() {
        serve("x", "Cache-Control: must-understand, no-store, max-age=600");

        network.fetch(page);

        assertThat(network.fetch(page).cacheVerdict()).startsWith("hit (");
    }

    @Test
    void aRequestMaxAgeBelowTheResponsesAgeMakesTheCacheAsk() {
        serve("x", "Cache-Control: max-age=600", "Age: 100", "ETag: \"e\"");
        server.enqueue(new MockResponse.Builder().code(304).build());
        network.fetch(page);

        Response second = network.fetch(new FetchRequest("GET", page, List.of(new FetchRequest.Header("Cache-Control", "max-age=10")),
                new byte[0], FetchRequest.CacheMode.DEFAULT, true));

        assertThat(second.cacheVerdict()).startsWith("revalidated: 304 for If-None-Match \"e\" (the request's max-age=10 is below its age of 10");
    }

    @Test
    void onlyIfCachedWithNothingStoredIsA504() {
        Response response = network.fetch(new FetchRequest("GET", page, List.of(), new byte[0], FetchRequest.CacheMode.ONLY_IF_CACHED, true));

        assertThat(response.status()).isEqualTo(504);
        assertThat(server.getRequestCount()).isZero();
    }
}
