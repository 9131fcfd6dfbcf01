package org.glassbox.script;

import java.net.URI;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.annotations.JSFunction;
import org.mozilla.javascript.annotations.JSGetter;

/**
 * {@code document.location}, the page's address taken apart: the {@code Location} interface of
 * HTML §7.2.4, read-only here, since Glassbox loads no other page from a script (setting
 * {@code href} does nothing). Each part is the URL Standard's (§6.1 {@code URL} getters):
 * {@code protocol} ends in a colon, {@code search} and {@code hash} keep their {@code ?} and
 * {@code #}, a default or absent port is the empty string. Public only because Rhino's
 * {@code defineClass} reflects on it.
 */
public final class Location extends ScriptableObject {

    private final URI url;

    /** Makes the {@code Location.prototype} object; Rhino's {@code defineClass} calls it. */
    public Location() {
        this(URI.create("about:blank"));
    }

    Location(URI url) {
        this.url = url;
    }

    @Override
    public String getClassName() {
        return "Location";
    }

    @JSGetter
    public String getHref() {
        return url.toString();
    }

    @JSFunction("toString")
    public String stringify() {
        return getHref();
    }

    @JSGetter
    public String getProtocol() {
        return url.getScheme() + ":";
    }

    /** The host name, with the port when there is one. */
    @JSGetter
    public String getHost() {
        return getPort().isEmpty() ? getHostname() : getHostname() + ":" + getPort();
    }

    @JSGetter
    public String getHostname() {
        return url.getHost() == null ? "" : url.getHost();
    }

    /** The port, or "" when there is none or it is the scheme's default: the URL Standard drops those (§4.4). */
    @JSGetter
    public String getPort() {
        int port = url.getPort();
        boolean isDefault = port == 80 && getProtocol().equals("http:") || port == 443 && getProtocol().equals("https:");
        return port < 0 || isDefault ? "" : Integer.toString(port);
    }

    @JSGetter
    public String getPathname() {
        return url.getRawPath() == null ? "" : url.getRawPath();
    }

    @JSGetter
    public String getSearch() {
        return url.getRawQuery() == null || url.getRawQuery().isEmpty() ? "" : "?" + url.getRawQuery();
    }

    @JSGetter
    public String getHash() {
        return url.getRawFragment() == null || url.getRawFragment().isEmpty() ? "" : "#" + url.getRawFragment();
    }

    /**
     * HTML §7.5 "serialization of an origin": scheme, host and port for http(s); {@code "null"}
     * for an opaque origin, which a {@code file:} page has.
     */
    @JSGetter
    public String getOrigin() {
        boolean tuple = getProtocol().equals("http:") || getProtocol().equals("https:");
        return tuple ? url.getScheme() + "://" + getHost() : "null";
    }
}
