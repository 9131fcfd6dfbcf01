package org.glassbox.net;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.glassbox.LoadException;

/**
 * The address bar: turns what a user typed into the URL the engine will fetch.
 *
 * <p>An address with a scheme ({@code http:}, {@code https:}, {@code file:}, {@code data:}) is
 * taken as it is. Anything else is either a file path or a host name, decided the way a user would expect on a
 * command line: an existing file, a lone file name such as {@code page.html}, or a path whose
 * first segment cannot be a host name ({@code testpages/boxes.html}) is a file;
 * {@code example.com/page} gets {@code https://}.
 */
public final class Navigator {

    private static final Set<String> SCHEMES = Set.of("http", "https", "file");
    private static final Pattern PAGE_FILE = Pattern.compile(".*\\.(html?|xht(ml)?)", Pattern.CASE_INSENSITIVE);

    private final Path workingDirectory;

    /** A navigator that resolves relative file paths against {@code workingDirectory}. */
    public Navigator(Path workingDirectory) {
        this.workingDirectory = workingDirectory;
    }

    /** Resolves a typed address to an absolute URL; throws {@link LoadException} if it is malformed. */
    public URI resolve(String address) {
        String typed = address.strip();
        if (typed.isEmpty()) {
            throw new LoadException("empty address");
        }
        if (schemeOf(typed).equals("data")) {
            return DataUrl.parse(typed);
        }
        if (SCHEMES.contains(schemeOf(typed))) {
            return parse(typed);
        }
        if (looksLikeFile(typed)) {
            return workingDirectory.resolve(typed).toAbsolutePath().normalize().toUri();
        }
        return parse("https://" + typed);
    }

    private static String schemeOf(String typed) {
        int colon = typed.indexOf(':');
        return colon < 0 ? "" : typed.substring(0, colon).toLowerCase(Locale.ROOT);
    }

    private boolean looksLikeFile(String typed) {
        if (typed.startsWith("/") || typed.startsWith(".")) {
            return true;
        }
        if (Files.exists(workingDirectory.resolve(typed))) {
            return true;
        }
        if (!typed.contains("/") && PAGE_FILE.matcher(typed).matches()) {
            return true;
        }
        String firstSegment = typed.split("/", 2)[0];
        boolean couldBeHost = firstSegment.contains(".") || firstSegment.contains(":")
                || firstSegment.equalsIgnoreCase("localhost");
        return !couldBeHost;
    }

    private static URI parse(String url) {
        try {
            URI uri = new URI(url).normalize();
            boolean web = !uri.getScheme().equalsIgnoreCase("file");
            if (web && uri.getHost() == null) {
                throw new LoadException("not a valid address: " + url);
            }
            // A browser shows https://example.com as https://example.com/: the path is never empty.
            return web && uri.getRawPath().isEmpty() ? uri.resolve("/") : uri;
        } catch (URISyntaxException e) {
            throw new LoadException("not a valid address: " + url + " (" + e.getReason() + ")", e);
        }
    }
}
