package org.glassbox.net;

import java.time.Instant;
import java.time.InstantSource;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import okhttp3.Cookie;
import okhttp3.HttpUrl;
import org.glassbox.Log;

/**
 * The cookie jar (RFC 6265bis): it remembers what responses said in {@code Set-Cookie} and
 * works out the {@code Cookie} header of each request. OkHttp's {@link Cookie#parse} reads one
 * Set-Cookie line (Domain, Path, Expires, Max-Age, Secure, HttpOnly, SameSite) and checks its
 * Domain against the host; this class keeps the store and applies the rules that depend on the
 * request: Secure cookies only over https, and SameSite for cross-site requests. It is not an
 * {@code okhttp3.CookieJar}, because only the caller knows whether a request is cross-site.
 *
 * <p>One jar per engine, in memory only. Subresources are fetched in parallel, so every method
 * holds the jar's lock.
 *
 * <p>Not supported: the {@code __Secure-} and {@code __Host-} name prefixes, keeping an
 * insecure cookie from overwriting a Secure one, limits on the number of cookies, and
 * third-party cookie blocking beyond SameSite.
 */
final class Cookies {

    /**
     * Cookies sent first: longer paths, then earlier creation (RFC 6265 §5.4 step 2), so that
     * a server reading only the first of two same-named cookies gets the more specific one.
     */
    private static final Comparator<Stored> RETRIEVAL_ORDER = Comparator
            .comparingInt((Stored stored) -> -stored.cookie().path().length())
            .thenComparingLong(Stored::creation);

    private final Log log;
    private final InstantSource clock;
    private final Map<Key, Stored> store = new HashMap<>();
    /** Stands in for the creation-time of RFC 6265 §5.3: unlike a clock, it never ties. */
    private long creations;

    /** What identifies a stored cookie: RFC 6265 §5.3 step 11 keeps one per name, domain and path. */
    private record Key(String name, String domain, String path) {

        static Key of(Cookie cookie) {
            return new Key(cookie.name(), cookie.domain(), cookie.path());
        }
    }

    /** A cookie in the jar, with the creation-time that orders it in the Cookie header. */
    private record Stored(Cookie cookie, long creation) {
    }

    /** An empty jar that reports what it stores, deletes and rejects to {@code log}. */
    Cookies(Log log) {
        this(log, InstantSource.system());
    }

    /** An empty jar that tells expired cookies by {@code clock}. */
    Cookies(Log log, InstantSource clock) {
        this.log = log;
        this.clock = clock;
    }

    /** Stores, replaces or deletes cookies as the Set-Cookie header fields of a response from {@code url} say. */
    synchronized void receive(HttpUrl url, List<String> setCookieHeaders) {
        for (String header : setCookieHeaders) {
            receive(url, header);
        }
    }

    /**
     * The value of the Cookie header for a request to {@code url} (RFC 6265 §5.4), or the empty
     * string when no cookie applies.
     *
     * @param sameSite false for a cross-site subresource request, which gets only the cookies
     *     marked {@code SameSite=None}
     */
    synchronized String header(HttpUrl url, boolean sameSite) {
        evictExpired();
        return store.values().stream()
                .filter(stored -> stored.cookie().matches(url))
                .filter(stored -> sameSite || isSentCrossSite(stored.cookie()))
                .sorted(RETRIEVAL_ORDER)
                .map(stored -> stored.cookie().name() + "=" + stored.cookie().value())
                .collect(Collectors.joining("; "));
    }

    /**
     * What {@code document.cookie} reads on a page from {@code url} (HTML §3.1.5): the cookies a
     * request to it would carry, but not the HttpOnly ones, which scripts must never see.
     */
    synchronized String forScript(HttpUrl url) {
        evictExpired();
        return store.values().stream()
                .filter(stored -> stored.cookie().matches(url) && !stored.cookie().httpOnly())
                .sorted(RETRIEVAL_ORDER)
                .map(stored -> stored.cookie().name() + "=" + stored.cookie().value())
                .collect(Collectors.joining("; "));
    }

    /**
     * Stores a cookie a script wrote to {@code document.cookie}, written as a Set-Cookie line
     * (HTML §3.1.5). RFC 6265 §5.3 steps 10 and 11 keep a script from setting an HttpOnly cookie
     * or replacing one.
     */
    synchronized void fromScript(HttpUrl url, String line) {
        Cookie cookie = Cookie.parse(url, line);
        if (cookie != null && (cookie.httpOnly() || isHttpOnly(store.get(Key.of(cookie))))) {
            log.detail("cookie rejected: " + line + " because a script may not set or replace an HttpOnly cookie");
            return;
        }
        receive(url, line);
    }

    private static boolean isHttpOnly(Stored stored) {
        return stored != null && stored.cookie().httpOnly();
    }

    private void receive(HttpUrl url, String header) {
        Cookie cookie = Cookie.parse(url, header);
        Optional<String> rejection = cookie == null
                ? Optional.of("it is malformed or its Domain is not " + url.host() + " or a parent of it")
                : rejection(url, cookie);
        if (rejection.isPresent()) {
            log.detail("cookie rejected: " + header + " because " + rejection.get());
        } else if (isExpired(cookie)) {
            delete(Key.of(cookie));
        } else {
            store(cookie);
        }
    }

    /** Why the Storage Model of RFC 6265bis ignores a cookie that parsed well, if it does. */
    private static Optional<String> rejection(HttpUrl url, Cookie cookie) {
        if (cookie.secure() && !url.isHttps()) {
            // Else an attacker on the network could plant a cookie that https pages trust.
            return Optional.of("it is Secure but came over http");
        }
        if (isSentCrossSite(cookie) && !cookie.secure()) {
            // A cookie sent to every site must at least not travel in the clear (Chromium, 2020).
            return Optional.of("SameSite=None requires Secure");
        }
        return Optional.empty();
    }

    /** Stores {@code cookie}, keeping the creation-time of the one it replaces (RFC 6265 §5.3 step 11). */
    private void store(Cookie cookie) {
        Key key = Key.of(cookie);
        Stored old = store.get(key);
        store.put(key, new Stored(cookie, old == null ? creations++ : old.creation()));
        if (old == null || !sameButForExpiry(old.cookie(), cookie)) {
            log.detail("cookie set: " + describe(cookie));
        }
    }

    /**
     * Whether two cookies differ at most in expiry. A Max-Age moves the expiry on each time the
     * same response is seen again (from the cache, say), which is not worth a log line.
     */
    private static boolean sameButForExpiry(Cookie old, Cookie cookie) {
        return old.value().equals(cookie.value()) && old.persistent() == cookie.persistent()
                && old.hostOnly() == cookie.hostOnly() && old.secure() == cookie.secure()
                && old.httpOnly() == cookie.httpOnly() && Objects.equals(old.sameSite(), cookie.sameSite());
    }

    private void delete(Key key) {
        if (store.remove(key) != null) {
            log.detail("cookie deleted: " + key.name());
        }
    }

    /** Drops expired cookies: RFC 6265 §5.3 wants them gone as soon as they exist. */
    private void evictExpired() {
        for (Stored stored : List.copyOf(store.values())) {
            if (isExpired(stored.cookie())) {
                store.remove(Key.of(stored.cookie()));
                log.detail("cookie deleted: " + stored.cookie().name() + " (expired)");
            }
        }
    }

    private boolean isExpired(Cookie cookie) {
        return cookie.expiresAt() <= clock.millis();
    }

    /**
     * Whether a cookie goes with cross-site requests: only with {@code SameSite=None}. Without
     * the attribute it is held back too, as Chromium treats a missing SameSite as Lax.
     */
    private static boolean isSentCrossSite(Cookie cookie) {
        return "none".equalsIgnoreCase(cookie.sameSite());
    }

    /** {@code NAME=VALUE (domain localhost, path /, session, HttpOnly, SameSite=Lax)}. */
    private static String describe(Cookie cookie) {
        List<String> attributes = new ArrayList<>(List.of(
                "domain " + cookie.domain(), "path " + cookie.path(), expiry(cookie)));
        if (cookie.secure()) {
            attributes.add("Secure");
        }
        if (cookie.httpOnly()) {
            attributes.add("HttpOnly");
        }
        sameSite(cookie).ifPresent(value -> attributes.add("SameSite=" + value));
        return cookie.name() + "=" + cookie.value() + " (" + String.join(", ", attributes) + ")";
    }

    private static String expiry(Cookie cookie) {
        return cookie.persistent()
                ? "expires " + Instant.ofEpochMilli(cookie.expiresAt()).truncatedTo(ChronoUnit.SECONDS)
                : "session";
    }

    /** The SameSite attribute's value spelled as the spec does ({@code Lax}), if there is one. */
    private static Optional<String> sameSite(Cookie cookie) {
        return Optional.ofNullable(cookie.sameSite()).filter(value -> !value.isBlank())
                .map(value -> value.substring(0, 1).toUpperCase(Locale.ROOT)
                        + value.substring(1).toLowerCase(Locale.ROOT));
    }
}
