package org.glassbox.net;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What to fetch and how, as the Fetch standard describes a request: the method, the URL, header
 * fields, a body, how the HTTP cache may be used (the "cache mode") and whether redirects are
 * followed. A page load is {@link #get(URI)}; {@code glassbox fetch -X POST -H … --data …} and
 * the cache-tests harness make the others.
 *
 * @param body empty for none
 */
public record FetchRequest(String method, URI url, List<Header> headers, byte[] body, CacheMode cacheMode,
        boolean followRedirects) {

    /** A header field as the request sends it. */
    public record Header(String name, String value) {}

    /** How a request may use the HTTP cache (Fetch standard, "cache mode"). */
    public enum CacheMode {
        /** Use a fresh stored response; revalidate a stale one; store what comes back. */
        DEFAULT,
        /** Neither look in the cache nor store in it. */
        NO_STORE,
        /** Go to the server without looking in the cache, and store what comes back. */
        RELOAD,
        /** Revalidate any stored response with the server before using it. */
        NO_CACHE,
        /** Use any stored response, however stale; go to the server only if there is none. */
        FORCE_CACHE,
        /** Use any stored response, however stale; never go to the server (504 if nothing is stored). */
        ONLY_IF_CACHED;

        /** The mode as the Fetch standard spells it, such as {@code no-store}. */
        public static CacheMode of(String name) {
            return valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }

    public FetchRequest {
        method = method.toUpperCase(Locale.ROOT);
        headers = List.copyOf(headers);
        body = body.clone();
    }

    /** A plain GET, as a navigation or a stylesheet makes. */
    public static FetchRequest get(URI url) {
        return new FetchRequest("GET", url, List.of(), new byte[0], CacheMode.DEFAULT, true);
    }

    /** The first value of the named header field, compared without case, if the request has it. */
    public Optional<String> header(String name) {
        return headers.stream().filter(header -> header.name().equalsIgnoreCase(name)).map(Header::value).findFirst();
    }

    /** The same request with one more header field. */
    FetchRequest withHeader(String name, String value) {
        List<Header> more = new ArrayList<>(headers);
        more.add(new Header(name, value));
        return new FetchRequest(method, url, more, body, cacheMode, followRedirects);
    }

    /** The same request to another URL, for the next hop of a redirect. */
    FetchRequest to(URI next) {
        return new FetchRequest(method, next, headers, body, cacheMode, followRedirects);
    }

    /**
     * The request a 301 or 302 to a POST, or a 303 to anything but GET or HEAD, turns into
     * (Fetch standard §4.4 "HTTP-redirect fetch", step 12): a GET without the body and its
     * Content-* header fields.
     */
    FetchRequest asGet() {
        List<Header> kept = new ArrayList<>();
        for (Header header : headers) {
            if (!header.name().toLowerCase(Locale.ROOT).startsWith("content-")) {
                kept.add(header);
            }
        }
        return new FetchRequest("GET", url, kept, new byte[0], cacheMode, followRedirects);
    }

    /** One line for logs, such as {@code POST https://example.com/form}. */
    @Override
    public String toString() {
        return method + " " + url;
    }
}
