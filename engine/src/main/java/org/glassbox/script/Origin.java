package org.glassbox.script;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An origin (HTML §7.1.1): the scheme, host and port a URL's content belongs to, on which the
 * same-origin policy rests. A URL of another scheme — {@code file:}, {@code data:},
 * {@code about:} — has an opaque origin, which is the same origin as nothing, itself included.
 *
 * @param scheme empty for an opaque origin
 */
record Origin(String scheme, String host, int port) {

    private static final Map<String, Integer> DEFAULT_PORTS = Map.of("http", 80, "https", 443, "ws", 80, "wss", 443);

    /** URL Standard "origin" of a URL. */
    static Origin of(URI url) {
        String scheme = Optional.ofNullable(url.getScheme()).orElse("").toLowerCase(Locale.ROOT);
        Integer defaultPort = DEFAULT_PORTS.get(scheme);
        if (defaultPort == null || url.getHost() == null) {
            return new Origin("", "", -1);
        }
        return new Origin(scheme, url.getHost().toLowerCase(Locale.ROOT), url.getPort() == -1 ? defaultPort : url.getPort());
    }

    boolean isOpaque() {
        return scheme.isEmpty();
    }

    /** HTML §7.1.1 "same origin": the same tuple; an opaque origin is never the same as another. */
    boolean isSameOrigin(Origin other) {
        return !isOpaque() && equals(other);
    }

    /** HTML §7.1.1 "serialization of an origin", as the Origin header and Access-Control-Allow-Origin write it: {@code https://example.com}, or {@code null}. */
    String serialization() {
        if (isOpaque()) {
            return "null";
        }
        return scheme + "://" + host + (port == DEFAULT_PORTS.get(scheme) ? "" : ":" + port);
    }
}
