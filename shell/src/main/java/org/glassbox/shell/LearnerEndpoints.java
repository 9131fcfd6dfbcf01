package org.glassbox.shell;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.net.URLDecoder;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Paths that name no file but put the network on show: {@code /_redirect/N}, a chain of N
 * redirects; {@code /_slow?ms=N}, a response that takes its time; {@code /_cookie?NAME=VALUE},
 * cookies set and sent back.
 */
final class LearnerEndpoints {

    /** Longer than the 20 redirects after which browsers (Fetch §4.4) and OkHttp give up, so that can be seen. */
    static final int MAX_REDIRECTS = 50;
    static final int DEFAULT_SLOW_MILLIS = 2000;
    static final int MAX_SLOW_MILLIS = 30_000;

    /** A cookie's name is a token, its value cookie-octets (RFC 6265 §4.1.1): no space, quote, comma, semicolon or backslash. */
    private static final Pattern COOKIE = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+=[\\x21\\x23-\\x2B\\x2D-\\x3A\\x3C-\\x5B\\x5D-\\x7E]*");

    private LearnerEndpoints() {}

    /** {@code /_redirect/N}: 302 to {@code /_redirect/N-1}, and from 0 to {@code /}. N above 50 counts as 50. */
    static Reply redirect(String count) {
        if (!count.matches("[0-9]{1,9}")) {
            return Reply.notFound("/_redirect/" + count);
        }
        int n = Math.min(Integer.parseInt(count), MAX_REDIRECTS);
        return Reply.redirect(302, n == 0 ? "/" : "/_redirect/" + (n - 1));
    }

    /** {@code /_slow?ms=N}: a small page after N milliseconds (2000 if not given, at most 30000). */
    static Reply slow(String query) {
        int millis = parameter(query, "ms").filter(value -> value.matches("[0-9]{1,9}"))
                .map(Integer::parseInt).orElse(DEFAULT_SLOW_MILLIS);
        millis = Math.min(millis, MAX_SLOW_MILLIS);
        sleep(millis);
        return Reply.page(200, "Slow response", "<p>This page waited " + millis + " ms before answering.</p>")
                .noted("waited " + millis + " ms");
    }

    /**
     * {@code /_cookie?NAME=VALUE&...}: one Set-Cookie per pair (RFC 6265 §4.1), and a page showing
     * the Cookie field the request carried, so a second visit shows the first one's cookies.
     */
    static Reply cookie(String query, List<String> cookieFields) {
        List<String> cookies = parameters(query).stream().map(pair -> pair.getKey() + "=" + pair.getValue())
                .filter(cookie -> COOKIE.matcher(cookie).matches()).toList();
        String received = cookieFields == null ? "(none)" : String.join("; ", cookieFields);
        Reply reply = Reply.page(200, "Cookies", "<p>Cookie received: <code>" + Reply.escape(received)
                + "</code></p>\n<p>Cookies set: <code>" + Reply.escape(String.join(", ", cookies)) + "</code></p>");
        cookies.forEach(cookie -> reply.withField("Set-Cookie", cookie + "; Path=/; Max-Age=3600; SameSite=Lax"));
        return cookies.isEmpty() ? reply : reply.noted("set " + String.join(", ", cookies));
    }

    private static Optional<String> parameter(String query, String name) {
        return parameters(query).stream().filter(pair -> pair.getKey().equals(name)).map(Map.Entry::getValue).findFirst();
    }

    /** The query's name=value pairs, decoded as a form's are. */
    private static List<Map.Entry<String, String>> parameters(String query) {
        return query == null ? List.of()
                : Arrays.stream(query.split("&")).map(LearnerEndpoints::pair).flatMap(Optional::stream).toList();
    }

    /** One name=value pair, or empty when its percent-escapes do not decode. */
    private static Optional<Map.Entry<String, String>> pair(String text) {
        String[] nameAndValue = text.split("=", 2);
        try {
            return Optional.of(Map.entry(URLDecoder.decode(nameAndValue[0], UTF_8),
                    URLDecoder.decode(nameAndValue.length > 1 ? nameAndValue[1] : "", UTF_8)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Waits; an interrupt means the server is stopping, so the page goes out at once. */
    private static void sleep(int millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
