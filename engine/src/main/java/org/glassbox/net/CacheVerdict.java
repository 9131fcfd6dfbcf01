package org.glassbox.net;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import okhttp3.CacheControl;
import okhttp3.Response;

/**
 * The HTTP cache's verdict on one exchange, and why: {@code hit (age 12 s, fresh for 3600 s:
 * max-age)}, {@code revalidated: 304 for If-None-Match "abc"}, {@code stale → refetched},
 * {@code miss → not stored: no-store}.
 *
 * <p>OkHttp's {@code Cache} makes the decisions; this class reads them back from the response
 * ({@code cacheResponse()} is what the cache had, {@code networkResponse()} what the server
 * said) and explains them in RFC 9111's terms, following the rules OkHttp applies.
 */
final class CacheVerdict {

    /**
     * Statuses a cache may store without explicit freshness (RFC 9110 §15.1 "heuristically
     * cacheable"), as far as OkHttp stores them.
     */
    private static final Set<Integer> CACHEABLE_BY_DEFAULT = Set.of(200, 203, 204, 300, 301, 308, 404, 405, 410, 414, 501);

    /** Temporary redirects, stored only when the server says how long they last. */
    private static final Set<Integer> TEMPORARY_REDIRECTS = Set.of(302, 307);

    private CacheVerdict() {}

    /** The verdict on an exchange made with a cache, at time {@code now}. */
    static String explain(Response response, Instant now) {
        Response stored = response.cacheResponse();
        Response network = response.networkResponse();
        if (network == null) {
            return "hit (" + freshness(stored, now) + ")";
        }
        if (stored == null) {
            return "miss → " + storing(network, now);
        }
        if (network.code() == 304) {
            return "revalidated: 304 for " + condition(network) + " (" + whyRevalidated(stored, now) + ")";
        }
        return "stale → refetched: " + network.code() + " for " + condition(network) + "; " + storing(network, now);
    }

    /** Why a stored response had to be checked with the server before use. */
    private static String whyRevalidated(Response stored, Instant now) {
        if (CacheControl.parse(stored.headers()).noCache()) {
            return "no-cache: check before every use";
        }
        return "stale: " + freshness(stored, now);
    }

    /** The validator sent in a conditional request (RFC 9110 §13.1). */
    private static String condition(Response network) {
        String etag = network.request().header("If-None-Match");
        return etag != null ? "If-None-Match " + etag
                : "If-Modified-Since " + network.request().header("If-Modified-Since");
    }

    /** Whether the cache kept a response from the network, and for how long it is fresh. */
    private static String storing(Response network, Instant now) {
        Optional<String> whyNot = whyNotStored(network);
        if (whyNot.isPresent()) {
            return "not stored: " + whyNot.get();
        }
        if (CacheControl.parse(network.headers()).noCache()) {
            return "stored, to be revalidated before every use (no-cache)";
        }
        Freshness freshness = freshness(network, now);
        return "stored (fresh for " + freshness.lifetime().toSeconds() + " s: " + freshness.basis() + ")";
    }

    /** The reason a private cache does not store a response (RFC 9111 §3), in OkHttp's rules. */
    private static Optional<String> whyNotStored(Response network) {
        CacheControl cacheControl = CacheControl.parse(network.headers());
        if (!network.request().method().equals("GET")) {
            return Optional.of(network.request().method() + " responses are not cached");
        }
        if (cacheControl.noStore() || network.request().cacheControl().noStore()) {
            return Optional.of("no-store");
        }
        if ("*".equals(network.header("Vary"))) {
            return Optional.of("Vary: *");
        }
        return whyStatusNotStored(network, cacheControl);
    }

    private static Optional<String> whyStatusNotStored(Response network, CacheControl cacheControl) {
        int status = network.code();
        boolean explicit = cacheControl.maxAgeSeconds() >= 0 || network.header("Expires") != null
                || cacheControl.isPublic() || cacheControl.isPrivate();
        if (CACHEABLE_BY_DEFAULT.contains(status) || TEMPORARY_REDIRECTS.contains(status) && explicit) {
            return Optional.empty();
        }
        return Optional.of("status " + status + " is not stored"
                + (TEMPORARY_REDIRECTS.contains(status) ? " without max-age or Expires" : ""));
    }

    private static Freshness freshness(Response stored, Instant now) {
        return Freshness.of(stored.headers(), Instant.ofEpochMilli(stored.sentRequestAtMillis()),
                Instant.ofEpochMilli(stored.receivedResponseAtMillis()), stored.request().url().query() != null, now);
    }
}
