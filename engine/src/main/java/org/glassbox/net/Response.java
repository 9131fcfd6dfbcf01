package org.glassbox.net;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a fetch brought back: the final URL (after redirects), the status, the headers, the body
 * (decoded if it came gzip-, deflate- or brotli-encoded), and the HTTP cache's verdict. A
 * {@code file:} URL answers 200 with a content type guessed from its extension.
 */
public final class Response {

    private final URI url;
    private final int status;
    private final Map<String, List<String>> headers;
    private final byte[] body;
    private final String statusLine;
    private final String cacheVerdict;

    /** A response that did not come over HTTP, such as a file's. */
    public Response(URI url, int status, Map<String, List<String>> headers, byte[] body) {
        this(url, status, headers, body, "", "");
    }

    /**
     * @param headers names in lower case, as HTTP/2 spells them
     * @param statusLine such as {@code HTTP/1.1 200 OK}; empty if not from HTTP
     * @param cacheVerdict what the HTTP cache did, such as {@code hit (age 3 s, …)}; empty if not from HTTP
     */
    Response(URI url, int status, Map<String, List<String>> headers, byte[] body, String statusLine, String cacheVerdict) {
        this.url = url;
        this.status = status;
        this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
        this.body = body.clone();
        this.statusLine = statusLine;
        this.cacheVerdict = cacheVerdict;
    }

    /** The URL the body came from: the requested one, or where its redirects led. */
    public URI url() {
        return url;
    }

    /** The HTTP status code, such as 200 or 404. */
    public int status() {
        return status;
    }

    /** The status line as the server sent it, such as {@code HTTP/1.1 200 OK}; empty if not from HTTP. */
    public String statusLine() {
        return statusLine;
    }

    /** What the HTTP cache did, such as {@code miss → stored (fresh for 60 s: max-age)}; empty if not from HTTP. */
    public String cacheVerdict() {
        return cacheVerdict;
    }

    /** Every header, names in lower case. */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /** The first value of the named header, if present. */
    public Optional<String> header(String name) {
        List<String> values = headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
        return values.stream().findFirst();
    }

    /** The body's bytes (a copy). */
    public byte[] body() {
        return body.clone();
    }

    /** The media type from Content-Type without parameters, such as {@code text/html}. */
    public String mediaType() {
        return header("content-type").map(type -> type.split(";")[0].strip().toLowerCase(Locale.ROOT))
                .orElse(MediaTypes.UNKNOWN);
    }

    /** The charset named by Content-Type, if it names one the JVM knows. */
    public Optional<Charset> charset() {
        return header("content-type").flatMap(Response::charsetParameter);
    }

    /** The body as text: in the declared charset, else UTF-8. */
    public String text() {
        return new String(body, charset().orElse(StandardCharsets.UTF_8));
    }

    /** One line for logs: status, media type and size. */
    public String summary() {
        return status + " " + mediaType() + ", " + body.length + " bytes";
    }

    private static Optional<Charset> charsetParameter(String contentType) {
        for (String parameter : contentType.split(";")) {
            String[] nameValue = parameter.strip().split("=", 2);
            if (nameValue.length == 2 && nameValue[0].equalsIgnoreCase("charset")) {
                try {
                    return Optional.of(Charset.forName(nameValue[1].replace("\"", "").strip()));
                } catch (IllegalArgumentException unknown) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }
}
