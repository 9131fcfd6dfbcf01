package org.glassbox.net;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.glassbox.LoadException;
import org.glassbox.Log;

/**
 * A page's subresources — stylesheets, scripts, images — fetched in parallel as soon as the HTML
 * is parsed, the way a browser's preload scanner starts them early instead of one after another.
 * Later phases take their responses from here; a URL not fetched in advance (a stylesheet a
 * script added, say) is fetched when asked for.
 *
 * <p>Every request a page makes goes through here — its stylesheets and their {@code @import}s,
 * scripts, images and background images, and its scripts' {@code fetch()} and XMLHttpRequest —
 * so this is where the page is kept from the user's files: a page from the web may not load a
 * {@code file:} URL, as browsers refuse it ("Not allowed to load local resource"); only a page
 * that is itself a file may. ({@code Network} keeps redirects to {@code http:} and {@code https:},
 * so none leads around this.) {@code data:} URLs stay allowed everywhere.
 *
 * <p>The log shows the waterfall: when each fetch started and ended, drawn as a bar, and what
 * came of it, including the cache's verdict.
 */
public final class Subresources {

    /** Browsers open at most six connections to a host over HTTP/1.1. */
    private static final int PARALLEL_FETCHES = 6;

    private static final int BAR_WIDTH = 30;
    private static final int NAME_WIDTH = 32;

    /** One bar of the waterfall: a fetch's start and end in ms since the first began, and its outcome. */
    private record Fetch(URI url, double start, double end, Response response, LoadException failure) {}

    private final Network network;
    private final URI page;
    private final Map<URI, Fetch> fetches;
    private final Log log;

    private Subresources(Network network, URI page, Map<URI, Fetch> fetches, Log log) {
        this.network = network;
        this.page = page;
        this.fetches = fetches;
        this.log = log;
    }

    /**
     * Fetches {@code urls} for {@code page} in parallel, waits for them all and logs the
     * waterfall; then reports each fetch as a step, in the page's order, from the engine's
     * thread, so that a debugger stopping there stops the page and not one fetch among many.
     */
    static Subresources fetch(Network network, URI page, List<URI> urls, Log log) {
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL_FETCHES, Subresources::daemon);
        try {
            long origin = System.nanoTime();
            Map<URI, CompletableFuture<Fetch>> started = new LinkedHashMap<>();
            for (URI url : urls) {
                started.computeIfAbsent(url, u -> CompletableFuture.supplyAsync(() -> fetch(network, page, u, origin), pool));
            }
            Subresources subresources = new Subresources(network, page, joinAll(started), log);
            subresources.waterfall().forEach(log::info);
            subresources.fetches.values().forEach(fetch -> log.stepFinished("GET " + fetch.url() + ": " + outcome(fetch)));
            return subresources;
        } finally {
            pool.shutdown();
        }
    }

    /**
     * The response for {@code url}: the one fetched in advance, or a fresh fetch.
     *
     * @throws LoadException if it could not be fetched
     */
    public Response fetch(URI url) {
        Fetch fetch = fetches.get(url);
        if (fetch == null) {
            return reported(FetchRequest.get(url));
        }
        if (fetch.failure() != null) {
            throw fetch.failure();
        }
        return fetch.response();
    }

    /**
     * What the page's {@code document.cookie} reads: its cookies that are not HttpOnly (HTML
     * §3.1.5); nothing for a page that came from no http(s) URL, which has no cookies.
     */
    public String documentCookie() {
        return network.cookiesForScript(page);
    }

    /** Stores a cookie the page's script wrote to {@code document.cookie}, as a Set-Cookie line would. */
    public void setDocumentCookie(String line) {
        network.cookieFromScript(page, line);
    }

    /**
     * Makes a request a script asked for, with its own method, header fields and body, for this
     * page, as {@code fetch()} and XMLHttpRequest do.
     *
     * @throws LoadException if nothing came back
     */
    public Response fetch(FetchRequest request) {
        return reported(request);
    }

    /** Makes one request for the page, reporting it as a step when it is over. */
    private Response reported(FetchRequest request) {
        try {
            Response response = fetchFor(network, page, request);
            log.stepFinished(request + ": " + outcome(response));
            return response;
        } catch (LoadException e) {
            log.stepFinished(request + ": failed: " + e.getMessage());
            throw e;
        }
    }

    /** One line for logs, such as {@code 3 fetched in parallel in 25.0 ms, 1 failed}. */
    public String summary() {
        if (fetches.isEmpty()) {
            return "none linked";
        }
        long failed = fetches.values().stream().filter(fetch -> fetch.failure() != null).count();
        return String.format(Locale.ROOT, "%d fetched in parallel in %.1f ms%s", fetches.size(), span(),
                failed == 0 ? "" : ", " + failed + " failed");
    }

    private static Fetch fetch(Network network, URI page, URI url, long origin) {
        double start = millisSince(origin);
        try {
            Response response = fetchFor(network, page, FetchRequest.get(url));
            return new Fetch(url, start, millisSince(origin), response, null);
        } catch (LoadException e) {
            return new Fetch(url, start, millisSince(origin), null, e);
        }
    }

    /**
     * Makes {@code request} for {@code page}, unless the page may not load its URL at all.
     *
     * @throws LoadException if the page may not load the URL, or nothing came back
     */
    private static Response fetchFor(Network network, URI page, FetchRequest request) {
        refusal(page, request.url()).ifPresent(reason -> {
            throw new LoadException(reason);
        });
        return network.fetch(request, page);
    }

    /** Why this page may not load {@code url} at all, if it may not: as a subresource, or by following a link to it. */
    public Optional<String> refusal(URI url) {
        return refusal(page, url);
    }

    /**
     * The Fetch standard leaves {@code file:} URLs to the browser (§4.2 "scheme fetch"); browsers
     * let only a {@code file:} page load them, so that a page from the web cannot read the user's
     * files (Chromium: "Not allowed to load local resource").
     */
    private static Optional<String> refusal(URI page, URI url) {
        return isFile(url) && !isFile(page)
                ? Optional.of("not allowed to load local resource: a page from " + page.getScheme() + ": may not read files")
                : Optional.empty();
    }

    private static boolean isFile(URI url) {
        return "file".equalsIgnoreCase(url.getScheme());
    }

    private static Map<URI, Fetch> joinAll(Map<URI, CompletableFuture<Fetch>> started) {
        Map<URI, Fetch> fetches = new LinkedHashMap<>();
        try {
            started.forEach((url, future) -> fetches.put(url, future.join()));
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException bug ? bug : e;
        }
        return fetches;
    }

    /** The waterfall: one line per fetch, with a bar spanning its time. */
    private List<String> waterfall() {
        List<String> lines = new ArrayList<>();
        if (!fetches.isEmpty()) {
            lines.add("waterfall, in ms since the first request:");
            fetches.values().forEach(fetch -> lines.add(line(fetch)));
        }
        return lines;
    }

    private String line(Fetch fetch) {
        return String.format(Locale.ROOT, "  %-" + NAME_WIDTH + "s %7.1f – %7.1f |%s| %s",
                name(fetch.url()), fetch.start(), fetch.end(), bar(fetch), outcome(fetch));
    }

    /** The URL relative to the page's directory when it is below it, shortened to fit its column. */
    private String name(URI url) {
        String base = page.resolve(".").toString();
        String name = url.toString().startsWith(base) ? url.toString().substring(base.length()) : url.toString();
        return name.length() <= NAME_WIDTH ? name : name.substring(0, NAME_WIDTH - 1) + "…";
    }

    private String bar(Fetch fetch) {
        double scale = BAR_WIDTH / Math.max(span(), 1e-9);
        int from = (int) Math.min(BAR_WIDTH - 1, Math.round(fetch.start() * scale));
        int to = (int) Math.max(from + 1, Math.round(fetch.end() * scale));
        return " ".repeat(from) + "█".repeat(to - from) + " ".repeat(BAR_WIDTH - to);
    }

    private static String outcome(Fetch fetch) {
        if (fetch.failure() != null) {
            return "failed: " + fetch.failure().getMessage();
        }
        return outcome(fetch.response());
    }

    private static String outcome(Response response) {
        return response.summary() + (response.cacheVerdict().isEmpty() ? "" : "; " + response.cacheVerdict());
    }

    private double span() {
        return fetches.values().stream().mapToDouble(Fetch::end).max().orElse(0);
    }

    private static double millisSince(long origin) {
        return (System.nanoTime() - origin) / 1e6;
    }

    private static Thread daemon(Runnable task) {
        Thread thread = new Thread(task, "glassbox-fetch");
        thread.setDaemon(true);
        return thread;
    }
}
