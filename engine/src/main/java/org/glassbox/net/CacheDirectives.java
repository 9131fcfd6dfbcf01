package org.glassbox.net;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import okhttp3.Headers;

/**
 * The directives of a message's Cache-Control header fields (RFC 9111 §5.2), such as
 * {@code max-age=3600} or {@code no-cache}: names in lower case, values unquoted. Every
 * Cache-Control field line counts, as if they were one comma-separated list (RFC 9110 §5.3).
 */
final class CacheDirectives {

    /**
     * What a delta-seconds value too large to represent becomes (RFC 9111 §1.2.2): 2^31 seconds,
     * about 68 years, rather than a number that wraps around and makes a response stale.
     */
    static final long MAX_DELTA_SECONDS = 2_147_483_648L;

    private final Map<String, String> directives;

    private CacheDirectives(Map<String, String> directives) {
        this.directives = directives;
    }

    /** The directives of every Cache-Control field in {@code headers}. */
    static CacheDirectives of(Headers headers) {
        Map<String, String> directives = new LinkedHashMap<>();
        for (String field : headers.values("Cache-Control")) {
            parseInto(field, directives);
        }
        return new CacheDirectives(directives);
    }

    /** Whether the directive is present, with or without an argument. */
    boolean has(String name) {
        return directives.containsKey(name);
    }

    /**
     * A directive's delta-seconds argument (RFC 9111 §1.2.2), read as far as it is digits, as
     * Firefox and Safari read {@code max-age=3600.5}; empty if it does not start with a digit, so
     * {@code max-age=-1} or {@code max-age='60'} is as good as none. The first occurrence counts.
     */
    Optional<Long> seconds(String name) {
        String value = directives.getOrDefault(name, "");
        int digits = 0;
        while (digits < value.length() && value.charAt(digits) >= '0' && value.charAt(digits) <= '9') {
            digits++;
        }
        return deltaSeconds(value.substring(0, digits));
    }

    /** A delta-seconds value (RFC 9111 §1.2.2): digits only, capped at {@link #MAX_DELTA_SECONDS}. */
    static Optional<Long> deltaSeconds(String value) {
        if (value == null || value.isEmpty() || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        return Optional.of(value.length() > 10 ? MAX_DELTA_SECONDS : Math.min(Long.parseLong(value), MAX_DELTA_SECONDS));
    }

    /** Splits {@code a, b=1, c="x, y"} into directives, keeping the first of each name. */
    private static void parseInto(String field, Map<String, String> directives) {
        int i = 0;
        while (i < field.length()) {
            int end = directiveEnd(field, i);
            String directive = field.substring(i, end).strip();
            int equals = directive.indexOf('=');
            // No whitespace around "=" (RFC 9111 §5.2): "max-age =60" names another directive.
            String name = (equals < 0 ? directive : directive.substring(0, equals)).toLowerCase(Locale.ROOT);
            String value = equals < 0 ? "" : unquote(directive.substring(equals + 1));
            if (!name.isEmpty()) {
                directives.putIfAbsent(name, value);
            }
            i = end + 1;
        }
    }

    /** Where a directive ends: at the next comma outside a quoted string. */
    private static int directiveEnd(String field, int start) {
        boolean quoted = false;
        for (int i = start; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\\' && quoted) {
                i++;
            } else if (c == ',' && !quoted) {
                return i;
            }
        }
        return field.length();
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            return value.substring(1, value.length() - 1).replaceAll("\\\\(.)", "$1");
        }
        return value;
    }
}
