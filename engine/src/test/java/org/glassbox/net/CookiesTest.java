package org.glassbox.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import okhttp3.HttpUrl;
import org.glassbox.Phase;
import org.glassbox.Recorder;
import org.junit.jupiter.api.Test;

/** Set-Cookie lines in, Cookie headers and log lines out. */
class CookiesTest {

    private final Recorder recorder = new Recorder();
    private Instant now = Instant.now();
    private final Cookies cookies = new Cookies(recorder.log(Phase.FETCH), () -> now);

    private void receive(String url, String... setCookieHeaders) {
        cookies.receive(HttpUrl.get(url), List.of(setCookieHeaders));
    }

    private String header(String url) {
        return cookies.header(HttpUrl.get(url), true);
    }

    @Test
    void aHostOnlyCookieStaysOnItsHostWhileADomainCookieReachesSubdomains() {
        receive("http://example.com/", "host=1", "domain=2; Domain=example.com");

        assertThat(header("http://example.com/")).isEqualTo("host=1; domain=2");
        assertThat(header("http://sub.example.com/")).isEqualTo("domain=2");
        assertThat(header("http://example.org/")).isEmpty();
    }

    @Test
    void aDomainThatDoesNotCoverTheHostIsRejected() {
        receive("http://example.com/", "a=1; Domain=other.com", "b=2; Domain=com");

        assertThat(header("http://example.com/")).isEmpty();
        assertThat(recorder.messages()).containsExactly(
                "DETAIL fetch: cookie rejected: a=1; Domain=other.com because it is malformed"
                        + " or its Domain is not example.com or a parent of it",
                "DETAIL fetch: cookie rejected: b=2; Domain=com because it is malformed"
                        + " or its Domain is not example.com or a parent of it");
    }

    @Test
    void aPathMatchesWholeSegmentsOnly() {
        receive("http://example.com/docs/index.html", "explicit=1; Path=/docs", "default=2");

        assertThat(header("http://example.com/docs")).isEqualTo("explicit=1; default=2");
        assertThat(header("http://example.com/docs/api/")).isEqualTo("explicit=1; default=2");
        assertThat(header("http://example.com/docsets")).isEmpty();
        assertThat(header("http://example.com/")).isEmpty();
    }

    @Test
    void aSecureCookieIsSentOnlyOverHttps() {
        receive("https://example.com/", "secure=1; Secure", "plain=2");

        assertThat(header("https://example.com/")).isEqualTo("secure=1; plain=2");
        assertThat(header("http://example.com/")).isEqualTo("plain=2");
    }

    @Test
    void aSecureCookieFromHttpIsRejected() {
        receive("http://example.com/", "secure=1; Secure");

        assertThat(header("https://example.com/")).isEmpty();
        assertThat(recorder.messages()).containsExactly(
                "DETAIL fetch: cookie rejected: secure=1; Secure because it is Secure but came over http");
    }

    @Test
    void maxAgeZeroDeletesTheCookie() {
        receive("http://example.com/", "a=1", "b=2");
        receive("http://example.com/", "a=1; Max-Age=0");

        assertThat(header("http://example.com/")).isEqualTo("b=2");
        assertThat(recorder.messages()).endsWith("DETAIL fetch: cookie deleted: a");
    }

    @Test
    void anExpiresInThePastDeletesTheCookie() {
        receive("http://example.com/", "a=1");
        receive("http://example.com/", "a=; Expires=Thu, 01 Jan 1970 00:00:00 GMT");

        assertThat(header("http://example.com/")).isEmpty();
        assertThat(recorder.messages()).endsWith("DETAIL fetch: cookie deleted: a");
    }

    @Test
    void deletingACookieThatIsNotThereIsNotLogged() {
        receive("http://example.com/", "a=1; Max-Age=0");

        assertThat(recorder.messages()).isEmpty();
    }

    @Test
    void aCookieReplacesTheOneWithTheSameNameDomainAndPathKeepingItsPlace() {
        receive("http://example.com/", "a=1", "b=2");
        receive("http://example.com/", "a=3");

        assertThat(header("http://example.com/")).isEqualTo("a=3; b=2");
    }

    @Test
    void longerPathsComeFirstThenEarlierCreation() {
        receive("http://example.com/docs/page", "short=1; Path=/", "long=2; Path=/docs", "later=3; Path=/");

        assertThat(header("http://example.com/docs/page")).isEqualTo("long=2; short=1; later=3");
    }

    @Test
    void aCrossSiteRequestGetsOnlySameSiteNoneCookies() {
        receive("https://example.com/", "strict=1; SameSite=Strict", "lax=2; SameSite=Lax", "unset=3",
                "none=4; SameSite=None; Secure");
        HttpUrl url = HttpUrl.get("https://example.com/");

        assertThat(cookies.header(url, false)).isEqualTo("none=4");
        assertThat(cookies.header(url, true)).isEqualTo("strict=1; lax=2; unset=3; none=4");
    }

    @Test
    void sameSiteNoneWithoutSecureIsRejected() {
        receive("https://example.com/", "none=1; SameSite=None");

        assertThat(header("https://example.com/")).isEmpty();
        assertThat(recorder.messages()).containsExactly(
                "DETAIL fetch: cookie rejected: none=1; SameSite=None because SameSite=None requires Secure");
    }

    @Test
    void anHttpOnlyCookieIsKeptAndSent() {
        receive("http://example.com/", "session=abc; HttpOnly");

        assertThat(header("http://example.com/")).isEqualTo("session=abc");
        assertThat(recorder.messages()).containsExactly("DETAIL fetch: cookie set: session=abc (domain example.com, path /, session, HttpOnly)");
    }

    @Test
    void logsEachCookieSetWithAllItsAttributes() {
        receive("https://localhost/", "id=42; Expires=Sun, 22 Nov 2099 10:00:00 GMT; Secure; HttpOnly; SameSite=lax");

        assertThat(recorder.messages()).containsExactly("DETAIL fetch: cookie set: "
                + "id=42 (domain localhost, path /, expires 2099-11-22T10:00:00Z, Secure, HttpOnly, SameSite=Lax)");
    }

    @Test
    void onlyChangesAreLogged() {
        receive("http://example.com/", "a=1; Max-Age=3600");
        receive("http://example.com/", "a=1; Max-Age=3600");
        receive("http://example.com/", "a=2; Max-Age=3600");

        assertThat(recorder.messages()).hasSize(2);
        assertThat(recorder.messages().get(0)).startsWith("DETAIL fetch: cookie set: a=1 (");
        assertThat(recorder.messages().get(1)).startsWith("DETAIL fetch: cookie set: a=2 (");
    }

    @Test
    void expiredCookiesAreDroppedWhenNoticed() {
        receive("http://example.com/", "brief=1; Max-Age=60", "lasting=2");
        now = now.plus(Duration.ofMinutes(2));

        assertThat(header("http://example.com/")).isEqualTo("lasting=2");
        assertThat(recorder.messages()).endsWith("DETAIL fetch: cookie deleted: brief (expired)");
    }

    @Test
    void aMalformedSetCookieIsIgnored() {
        receive("http://example.com/", "no equals sign");

        assertThat(header("http://example.com/")).isEmpty();
        assertThat(recorder.messages()).singleElement().asString()
                .startsWith("DETAIL fetch: cookie rejected: no equals sign because it is malformed");
    }

    /** HTML §3.1.5: document.cookie is the cookie jar without its HttpOnly cookies, which scripts can neither read nor write. */
    @Test
    void scriptsSeeAndSetAllButHttpOnlyCookies() {
        HttpUrl page = HttpUrl.get("http://example.com/app/page.html");
        receive("http://example.com/", "session=secret; HttpOnly", "theme=dark");
        cookies.fromScript(page, "visits=3; path=/");
        cookies.fromScript(page, "session=stolen; path=/");
        cookies.fromScript(page, "planted=1; HttpOnly");

        assertThat(cookies.forScript(page)).isEqualTo("theme=dark; visits=3");
        assertThat(header("http://example.com/")).isEqualTo("session=secret; theme=dark; visits=3");
        assertThat(recorder.messages()).contains(
                "DETAIL fetch: cookie rejected: session=stolen; path=/ because a script may not set or replace an HttpOnly cookie",
                "DETAIL fetch: cookie rejected: planted=1; HttpOnly because a script may not set or replace an HttpOnly cookie");
    }
}
