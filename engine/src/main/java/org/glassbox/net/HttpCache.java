package org.glassbox.net;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import okhttp3.Headers;
import org.glassbox.LoadException;
import org.glassbox.Log;
import org.glassbox.net.FetchRequest.CacheMode;

/**
 * A private browser cache, as RFC 9111 describes one: it stores responses (§3), reuses them
 * while they are fresh (§4.2), revalidates them when they are not (§4.3), updates them from a 304
 * (§3.2), keeps one per variant that {@code Vary} names (§4.1), and forgets them after an unsafe
 * request (§4.4); it also serves stale responses where RFC 5861's {@code stale-while-revalidate}
 * and {@code stale-if-error} allow. Every decision comes back with the reason for it, for the log.
 *
 * <p>Responses live on disk in a {@link CacheStore}, so the cache lasts across runs and is shared
 * by processes that use the same directory.
 */
final class HttpCache implements AutoCloseable {

    /** How the cache reaches the server: a request in, the network's response out, or a {@link LoadException}. */
    interface Origin {
        NetworkResponse fetch(FetchRequest request);
    }

    /**
     * What the cache answered with, why, and whether it asked the server.
     *
     * @param verdict such as {@code hit (age 3 s, fresh for 60 s: max-age)}
     */
    record Outcome(NetworkResponse response, String verdict, boolean usedNetwork) {}

    /** Statuses a cache may store without explicit freshness (RFC 9110 §15.1, "heuristically cacheable"). */
    private static final Set<Integer> HEURISTICALLY_CACHEABLE = Set.of(200, 203, 204, 300, 301, 308, 404, 405, 410, 414, 501);

    /** Statuses whose meaning the cache knows, for {@code must-understand} (RFC 9111 §5.2.2.3). */
    private static final Set<Integer> UNDERSTOOD = Set.of(200, 203, 204, 300, 301, 302, 303, 307, 308, 404, 405, 410, 414, 501);

    /** Methods that change nothing on the server (RFC 9110 §9.2.1); any other invalidates (RFC 9111 §4.4). */
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    /** Header fields that belong to one connection and are never stored (RFC 9111 §3.1). */
    private static final Set<String> NOT_STORED = Set.of("connection", "keep-alive", "proxy-connection", "te",
            "transfer-encoding", "upgrade", "proxy-authenticate", "proxy-authentication-info", "proxy-authorization");

    /** Header fields a 304 does not replace: they describe the stored body, not the representation (RFC 9111 §3.2). */
    private static final Set<String> NOT_UPDATED = Set.of("content-length");

    /** Statuses that count as an error for {@code stale-if-error} (RFC 5861 §4). */
    private static final Set<Integer> SERVER_ERRORS = Set.of(500, 502, 503, 504);

    private final CacheStore store;
    private final Log log;
    private final Clock clock;
    private final ExecutorService background = Executors.newSingleThreadExecutor(HttpCache::daemon);

    HttpCache(CacheStore store, Log log, Clock clock) {
        this.store = store;
        this.log = log;
        this.clock = clock;
    }

    /** Answers {@code request} from the cache, the origin, or both. */
    Outcome fetch(FetchRequest request, Origin origin) {
        if (!SAFE_METHODS.contains(request.method())) {
            return unsafe(request, origin);
        }
        if (request.cacheMode() == CacheMode.RELOAD) {
            return fromNetwork(request, origin.fetch(request), "reload: the cache was not consulted");
        }
        if (directives(request).has("no-store")) {
            return fromNetwork(request, origin.fetch(request), "the request said no-store: the cache was not consulted");
        }
        List<StoredResponse> variants = store.load(request.url());
        Optional<StoredResponse> stored = select(request, variants);
        if (stored.isPresent()) {
            return reuse(request, stored.get(), origin);
        }
        if (request.cacheMode() == CacheMode.ONLY_IF_CACHED || directives(request).has("only-if-cached")) {
            return new Outcome(gatewayTimeout(), "only-if-cached, and nothing is stored → 504", false);
        }
        List<StoredResponse> others = withETags(variants);
        if (!others.isEmpty() && !isConditional(request)) {
            return validateOtherVariants(request, others, origin);
        }
        return fromNetwork(request, origin.fetch(request), "miss");
    }

    /** Waits a little for revalidations still running in the background, then stops. */
    @Override
    public void close() {
        background.shutdown();
        try {
            background.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // --- Reusing a stored response (RFC 9111 §4) ---

    private Outcome reuse(FetchRequest request, StoredResponse stored, Origin origin) {
        Freshness freshness = Freshness.of(stored.response(), clock.instant());
        if (request.cacheMode() == CacheMode.FORCE_CACHE || request.cacheMode() == CacheMode.ONLY_IF_CACHED) {
            return served(request, stored, freshness, "hit, whatever its age (cache mode " + mode(request) + "): " + freshness);
        }
        Optional<String> mustValidate = whyValidate(request, stored, freshness);
        if (mustValidate.isEmpty()) {
            return served(request, stored, freshness, "hit (" + freshness + ")");
        }
        if (!isConditional(request) && mayServeStaleWhileRevalidating(request, stored, freshness)) {
            background.execute(() -> revalidateInBackground(request, stored, origin));
            return served(request, stored, freshness,
                    "stale, served while it is revalidated in the background (" + freshness + ", stale-while-revalidate)");
        }
        return validate(request, stored, freshness, mustValidate.get(), origin);
    }

    private Outcome served(FetchRequest request, StoredResponse stored, Freshness freshness, String verdict) {
        return new Outcome(asServed(request, stored.response(), freshness), verdict, false);
    }

    /**
     * Why a stored response cannot be used without asking the server, if it cannot (RFC 9111
     * §4, §5.2.1 and §5.2.2): the request or the response says no-cache, the request wants it
     * younger or fresher, or it is stale and nothing allows that.
     */
    private Optional<String> whyValidate(FetchRequest request, StoredResponse stored, Freshness freshness) {
        CacheDirectives asked = directives(request);
        CacheDirectives said = CacheDirectives.of(stored.response().headers());
        if (request.cacheMode() == CacheMode.NO_CACHE || asked.has("no-cache") || pragmaNoCache(request)) {
            return Optional.of("the request said no-cache");
        }
        if (said.has("no-cache")) {
            return Optional.of("no-cache: check before every use");
        }
        Optional<Long> maxAge = asked.seconds("max-age");
        if (maxAge.isPresent() && freshness.age().toSeconds() > maxAge.get()) {
            return Optional.of("the request's max-age=" + maxAge.get() + " is below its age of " + freshness.age().toSeconds() + " s");
        }
        Optional<Long> minFresh = asked.seconds("min-fresh");
        if (minFresh.isPresent() && freshness.lifetime().minus(freshness.age()).toSeconds() < minFresh.get()) {
            return Optional.of("the request wants it fresh for " + minFresh.get() + " s more");
        }
        if (freshness.isFresh() || acceptsStale(asked, said, freshness)) {
            return Optional.empty();
        }
        return Optional.of("stale: " + freshness);
    }

    /** The request's max-stale (RFC 9111 §5.2.1.2) accepts a stale response unless the response forbids it. */
    private static boolean acceptsStale(CacheDirectives asked, CacheDirectives said, Freshness freshness) {
        if (!asked.has("max-stale") || said.has("must-revalidate")) {
            return false;
        }
        Optional<Long> limit = asked.seconds("max-stale");
        return limit.isEmpty() || freshness.staleness().toSeconds() <= limit.get();
    }

    private static boolean mayServeStaleWhileRevalidating(FetchRequest request, StoredResponse stored, Freshness freshness) {
        CacheDirectives said = CacheDirectives.of(stored.response().headers());
        Optional<Long> window = said.seconds("stale-while-revalidate");
        return window.isPresent() && !freshness.isFresh() && !said.has("must-revalidate") && !said.has("no-cache")
                && request.cacheMode() == CacheMode.DEFAULT && !directives(request).has("no-cache")
                && freshness.staleness().toSeconds() < window.get();
    }

    private void revalidateInBackground(FetchRequest request, StoredResponse stored, Origin origin) {
        try {
            Freshness freshness = Freshness.of(stored.response(), clock.instant());
            Outcome outcome = validate(request, stored, freshness, "stale-while-revalidate", origin);
            log.info("background revalidation of " + request.url() + ": " + outcome.verdict());
        } catch (LoadException e) {
            log.warn("background revalidation of " + request.url() + " failed: " + e.getMessage());
        }
    }

    // --- Validation (RFC 9111 §4.3) ---

    /** Asks the server whether the stored response is still good, with its validators if it has any. */
    private Outcome validate(FetchRequest request, StoredResponse stored, Freshness freshness, String why, Origin origin) {
        FetchRequest conditional = isConditional(request) ? request : withValidators(request, stored.response().headers());
        NetworkResponse answer;
        try {
            answer = origin.fetch(conditional);
        } catch (LoadException e) {
            return staleIfError(request, stored, freshness, e.getMessage()).or(() -> staleWhileDisconnected(request, stored, freshness, e))
                    .orElseThrow(() -> e);
        }
        if (SERVER_ERRORS.contains(answer.status())) {
            Optional<Outcome> stale = staleIfError(request, stored, freshness, "the server answered " + answer.status());
            if (stale.isPresent()) {
                return stale.get();
            }
        }
        if (answer.status() == 304 && !isConditional(request)) {
            return freshened(request, stored, answer, "revalidated: 304 for " + condition(conditional) + " (" + why + ")");
        }
        String asked = conditional == request ? "" : " for " + condition(conditional);
        return fromNetwork(request, answer, "stale → refetched: " + answer.status() + asked);
    }

    /** The request with If-None-Match and If-Modified-Since from the stored validators (§4.3.1). */
    private static FetchRequest withValidators(FetchRequest request, Headers stored) {
        FetchRequest conditional = request;
        if (stored.get("ETag") != null) {
            conditional = conditional.withHeader("If-None-Match", stored.get("ETag"));
        }
        if (stored.get("Last-Modified") != null) {
            conditional = conditional.withHeader("If-Modified-Since", stored.get("Last-Modified"));
        }
        return conditional;
    }

    /** A 304 confirmed the stored response: its header fields are updated (§3.2, §4.3.4) and it is used. */
    private Outcome freshened(FetchRequest request, StoredResponse stored, NetworkResponse notModified, String verdict) {
        NetworkResponse updated = update(stored, notModified, stored.requestHeaders(), stored);
        return new Outcome(asServed(request, updated, Freshness.of(updated, clock.instant())), verdict, true);
    }

    /**
     * Updates a stored response's header fields from a 304 or a HEAD response (§3.2) and stores
     * the result, as the answer to a request with {@code requestHeaders}, in place of {@code replaced}.
     */
    private NetworkResponse update(StoredResponse stored, NetworkResponse answer, Headers requestHeaders, StoredResponse replaced) {
        NetworkResponse updated = stored.response().withHeaders(updatedHeaders(stored.response().headers(), answer.headers()),
                answer.requestTime(), answer.responseTime());
        save(stored.url(), replacing(stored.url(), replaced, new StoredResponse("GET", stored.url(), requestHeaders, updated)));
        return updated;
    }

    /** The stored fields, each replaced by the 304's fields of the same name, except those that describe the body. */
    private static Headers updatedHeaders(Headers stored, Headers notModified) {
        Headers.Builder updated = new Headers.Builder();
        Set<String> replaced = new HashSet<>();
        for (int i = 0; i < notModified.size(); i++) {
            String name = notModified.name(i).toLowerCase(Locale.ROOT);
            if (!NOT_UPDATED.contains(name) && !NOT_STORED.contains(name)) {
                replaced.add(name);
            }
        }
        for (int i = 0; i < stored.size(); i++) {
            if (!replaced.contains(stored.name(i).toLowerCase(Locale.ROOT))) {
                updated.addUnsafeNonAscii(stored.name(i), stored.value(i));
            }
        }
        for (int i = 0; i < notModified.size(); i++) {
            if (replaced.contains(notModified.name(i).toLowerCase(Locale.ROOT))) {
                updated.addUnsafeNonAscii(notModified.name(i), notModified.value(i));
            }
        }
        return updated.build();
    }

    /** RFC 5861 §4: a stale response may stand in for an error, within the window either side allows. */
    private Optional<Outcome> staleIfError(FetchRequest request, StoredResponse stored, Freshness freshness, String error) {
        CacheDirectives said = CacheDirectives.of(stored.response().headers());
        Optional<Long> window = said.seconds("stale-if-error").or(() -> directives(request).seconds("stale-if-error"));
        if (window.isEmpty() || said.has("must-revalidate") || said.has("no-cache")
                || freshness.staleness().toSeconds() > window.get()) {
            return Optional.empty();
        }
        return Optional.of(new Outcome(asServed(request, stored.response(), freshness),
                "stale, served for an error (" + error + "; " + freshness + ", stale-if-error)", true));
    }

    /**
     * No stored variant answers this request, but others have entity tags: the server may say
     * one of them is right for it too (RFC 9111 §4.3.1), and a 304 naming one saves the body.
     */
    private Outcome validateOtherVariants(FetchRequest request, List<StoredResponse> others, Origin origin) {
        String etags = others.stream().map(other -> other.response().headers().get("ETag")).distinct().collect(Collectors.joining(", "));
        NetworkResponse answer = origin.fetch(request.withHeader("If-None-Match", etags));
        Optional<StoredResponse> chosen = others.stream()
                .filter(other -> Objects.equals(other.response().headers().get("ETag"), answer.headers().get("ETag"))).findFirst();
        if (answer.status() != 304 || chosen.isEmpty()) {
            return fromNetwork(request, answer, "miss, other variants asked for: " + answer.status() + " for If-None-Match " + etags);
        }
        NetworkResponse updated = update(chosen.get(), answer, requestHeaders(request), null);
        return new Outcome(asServed(request, updated, Freshness.of(updated, clock.instant())),
                "another variant revalidated for this request: 304 for If-None-Match " + etags, true);
    }

    /** The stored GET variants that have an entity tag to revalidate with. */
    private static List<StoredResponse> withETags(List<StoredResponse> variants) {
        return variants.stream()
                .filter(stored -> stored.method().equals("GET") && stored.response().headers().get("ETag") != null).toList();
    }

    /**
     * A cache that cannot reach the server may serve a stale response (RFC 9111 §4.2.4), unless
     * the request asked for a fresh one. If the response said must-revalidate or no-cache, the
     * cache answers 504 Gateway Timeout instead (§5.2.2.2).
     */
    private Optional<Outcome> staleWhileDisconnected(FetchRequest request, StoredResponse stored, Freshness freshness, LoadException e) {
        CacheDirectives said = CacheDirectives.of(stored.response().headers());
        if (said.has("must-revalidate") || said.has("no-cache")) {
            return Optional.of(new Outcome(gatewayTimeout(), "the server could not be reached (" + e.getMessage()
                    + "), and the stored response may not be used stale (" + (said.has("no-cache") ? "no-cache" : "must-revalidate") + ") → 504", true));
        }
        if (request.cacheMode() != CacheMode.DEFAULT || directives(request).has("no-cache") || directives(request).has("max-age")) {
            return Optional.empty();
        }
        return Optional.of(new Outcome(asServed(request, stored.response(), freshness),
                "stale, served because the server could not be reached (" + e.getMessage() + "; " + freshness + ")", true));
    }

    // --- Storing (RFC 9111 §3) ---

    /** A response from the network: stored if it may be, and either way passed on. */
    private Outcome fromNetwork(FetchRequest request, NetworkResponse response, String prefix) {
        if (request.method().equals("HEAD")) {
            return new Outcome(response, prefix + " → " + freshenFromHead(request, response), true);
        }
        Optional<String> whyNot = whyNotStored(request, response);
        if (whyNot.isPresent()) {
            return new Outcome(response, prefix + " → not stored: " + whyNot.get(), true);
        }
        StoredResponse stored = new StoredResponse(request.method(), request.url(), requestHeaders(request), storable(response));
        save(request.url(), replacing(request.url(), null, stored));
        return new Outcome(response, prefix + " → " + storedNote(response), true);
    }

    /**
     * Why a private cache must not store a response (RFC 9111 §3), if it must not: the method,
     * the status, no-store, an Authorization the response does not allow for, or nothing that
     * says how long it may be kept.
     */
    private static Optional<String> whyNotStored(FetchRequest request, NetworkResponse response) {
        CacheDirectives said = CacheDirectives.of(response.headers());
        int status = response.status();
        if (!request.method().equals("GET")) {
            return Optional.of(request.method() + " responses are not stored");
        }
        if (said.has("must-understand") && !UNDERSTOOD.contains(status)) {
            return Optional.of("must-understand, and status " + status + " is not understood");
        }
        if (said.has("no-store") && !(said.has("must-understand") && UNDERSTOOD.contains(status))) {
            return Optional.of("no-store");
        }
        if (directives(request).has("no-store")) {
            return Optional.of("the request said no-store");
        }
        if (status == 206 || status == 304 || status < 200) {
            return Optional.of("status " + status + " is not stored");
        }
        if (request.header("Authorization").isPresent() && !said.has("public") && !said.has("must-revalidate") && !said.has("s-maxage")) {
            return Optional.of("a response to a request with Authorization needs public to be stored");
        }
        if (varyNames(response.headers()).contains("*")) {
            return Optional.of("Vary: *");
        }
        boolean explicit = said.seconds("max-age").isPresent() || response.headers().get("Expires") != null
                || said.has("public") || said.has("private");
        return explicit || HEURISTICALLY_CACHEABLE.contains(status) ? Optional.empty()
                : Optional.of("status " + status + " is not stored without explicit freshness");
    }

    private String storedNote(NetworkResponse response) {
        if (CacheDirectives.of(response.headers()).has("no-cache")) {
            return "stored, to be revalidated before every use (no-cache)";
        }
        Freshness freshness = Freshness.of(response, clock.instant());
        return "stored (fresh for " + freshness.lifetime().toSeconds() + " s: " + freshness.basis() + ")";
    }

    /** A HEAD response updates the stored GET response it describes (RFC 9111 §4.3.5). */
    private String freshenFromHead(FetchRequest request, NetworkResponse head) {
        Optional<StoredResponse> stored = select(request, store.load(request.url()));
        if (stored.isEmpty() || head.status() != 200 || !sameValidators(stored.get().response().headers(), head.headers())) {
            return "not stored: HEAD responses are not stored";
        }
        update(stored.get(), head, stored.get().requestHeaders(), stored.get());
        return "the stored GET response was updated from it";
    }

    private static boolean sameValidators(Headers stored, Headers fresh) {
        return Objects.equals(stored.get("ETag"), fresh.get("ETag")) && Objects.equals(stored.get("Last-Modified"), fresh.get("Last-Modified"));
    }

    // --- Invalidation (RFC 9111 §4.4) ---

    /**
     * An unsafe request passes through; if it succeeded, what the cache stored for its URL, and
     * for the same-origin URLs its Location and Content-Location name, may be out of date.
     */
    private Outcome unsafe(FetchRequest request, Origin origin) {
        NetworkResponse response = origin.fetch(request);
        if (response.status() < 200 || response.status() > 399) {
            return new Outcome(response, "not stored: " + request.method() + " responses are not stored", true);
        }
        List<URI> invalidated = new ArrayList<>(List.of(request.url()));
        for (String field : List.of("Location", "Content-Location")) {
            sameOriginTarget(request.url(), response.headers().get(field)).ifPresent(invalidated::add);
        }
        invalidated.forEach(url -> save(url, List.of()));
        return new Outcome(response, "not stored: " + request.method() + " responses are not stored; invalidated "
                + invalidated.stream().map(URI::toString).collect(Collectors.joining(", ")), true);
    }

    private static Optional<URI> sameOriginTarget(URI base, String reference) {
        if (reference == null) {
            return Optional.empty();
        }
        try {
            URI target = base.resolve(reference.strip());
            boolean sameOrigin = Objects.equals(target.getScheme(), base.getScheme())
                    && Objects.equals(target.getHost(), base.getHost()) && target.getPort() == base.getPort();
            return sameOrigin ? Optional.of(target) : Optional.empty();
        } catch (IllegalArgumentException invalid) {
            return Optional.empty();
        }
    }

    // --- Selecting a variant (RFC 9111 §4.1) ---

    /** The most recent of the stored variants that matches this request's method and the header fields its Vary names. */
    private static Optional<StoredResponse> select(FetchRequest request, List<StoredResponse> variants) {
        return variants.stream().filter(stored -> matches(request, stored)).findFirst();
    }

    /** A GET response answers a GET or a HEAD, if every header field its Vary names is the same in the request. */
    private static boolean matches(FetchRequest request, StoredResponse stored) {
        if (!stored.method().equals("GET")) {
            return false;
        }
        List<String> names = varyNames(stored.response().headers());
        if (names.contains("*")) {
            return false;
        }
        Headers now = requestHeaders(request);
        return names.stream().allMatch(name -> normalized(now.values(name)).equals(normalized(stored.requestHeaders().values(name))));
    }

    /** The stored variants of {@code url} with {@code added} first, without {@code replaced} or any variant it supersedes. */
    private List<StoredResponse> replacing(URI url, StoredResponse replaced, StoredResponse added) {
        List<StoredResponse> variants = new ArrayList<>(List.of(added));
        for (StoredResponse variant : store.load(url)) {
            boolean superseded = variant.equals(replaced) || sameVariant(variant, added);
            if (!superseded) {
                variants.add(variant);
            }
        }
        return variants;
    }

    /** Whether the new response answers what an old one did: the old one's Vary fields are the same in both requests. */
    private static boolean sameVariant(StoredResponse old, StoredResponse added) {
        return varyNames(old.response().headers()).stream().allMatch(name ->
                normalized(old.requestHeaders().values(name)).equals(normalized(added.requestHeaders().values(name))));
    }

    private static List<String> varyNames(Headers headers) {
        return headers.values("Vary").stream().flatMap(value -> Arrays.stream(value.split(",")))
                .map(name -> name.strip().toLowerCase(Locale.ROOT)).filter(name -> !name.isEmpty()).toList();
    }

    /** Field values compared as one list, with the whitespace around commas that means nothing removed. */
    private static String normalized(List<String> values) {
        return values.stream().map(String::strip).collect(Collectors.joining(",")).replaceAll("\\s*,\\s*", ",");
    }

    // --- Small pieces ---

    /** What a stored response looks like when served: with its current Age (§5.1); without a body for HEAD. */
    private static NetworkResponse asServed(FetchRequest request, NetworkResponse stored, Freshness freshness) {
        Headers headers = stored.headers().newBuilder().set("Age", String.valueOf(freshness.age().toSeconds())).build();
        byte[] body = request.method().equals("HEAD") ? new byte[0] : stored.body();
        return new NetworkResponse(stored.status(), stored.statusLine(), headers, body, stored.requestTime(), stored.responseTime());
    }

    /** The response as stored: without the fields that belong to one connection, or that Connection names. */
    private static NetworkResponse storable(NetworkResponse response) {
        Set<String> dropped = new HashSet<>(NOT_STORED);
        response.headers().values("Connection").forEach(value -> Arrays.stream(value.split(","))
                .map(name -> name.strip().toLowerCase(Locale.ROOT)).forEach(dropped::add));
        Headers.Builder kept = new Headers.Builder();
        for (int i = 0; i < response.headers().size(); i++) {
            if (!dropped.contains(response.headers().name(i).toLowerCase(Locale.ROOT))) {
                kept.addUnsafeNonAscii(response.headers().name(i), response.headers().value(i));
            }
        }
        return response.withHeaders(kept.build(), response.requestTime(), response.responseTime());
    }

    private static Headers requestHeaders(FetchRequest request) {
        Headers.Builder headers = new Headers.Builder();
        request.headers().forEach(header -> headers.addUnsafeNonAscii(header.name(), header.value()));
        return headers.build();
    }

    private static CacheDirectives directives(FetchRequest request) {
        return CacheDirectives.of(requestHeaders(request));
    }

    /** {@code Pragma: no-cache} counts only when the request has no Cache-Control (RFC 9111 §5.4). */
    private static boolean pragmaNoCache(FetchRequest request) {
        Headers headers = requestHeaders(request);
        return headers.get("Cache-Control") == null
                && headers.values("Pragma").stream().anyMatch(value -> value.toLowerCase(Locale.ROOT).contains("no-cache"));
    }

    private static boolean isConditional(FetchRequest request) {
        return Stream.of("If-None-Match", "If-Modified-Since", "If-Match", "If-Unmodified-Since", "If-Range")
                .anyMatch(name -> request.header(name).isPresent());
    }

    private static String condition(FetchRequest conditional) {
        Headers headers = requestHeaders(conditional);
        return headers.get("If-None-Match") != null ? "If-None-Match " + headers.get("If-None-Match")
                : headers.get("If-Modified-Since") != null ? "If-Modified-Since " + headers.get("If-Modified-Since")
                : "an unconditional request (no validator)";
    }

    private static String mode(FetchRequest request) {
        return request.cacheMode().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private NetworkResponse gatewayTimeout() {
        Instant now = clock.instant();
        return new NetworkResponse(504, "HTTP/1.1 504 Gateway Timeout", Headers.of(), new byte[0], now, now);
    }

    private void save(URI url, List<StoredResponse> variants) {
        try {
            store.save(url, variants);
        } catch (IOException e) {
            log.warn("the HTTP cache could not write " + url + ": " + e.getMessage());
        }
    }

    private static Thread daemon(Runnable task) {
        Thread thread = new Thread(task, "glassbox-revalidate");
        thread.setDaemon(true);
        return thread;
    }
}
