package org.glassbox.net.cachetests;

import com.google.gson.JsonElement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The values the suite writes as placeholders (its {@code lib/header-fixup.mjs}). A number in a
 * date-valued field is an offset in seconds from the origin's "now", so that a test can say
 * "Last-Modified an hour ago" whenever it runs; a Location or Content-Location of a test with
 * {@code magic_locations} is a path below the URL of the request that got it. The origin fixes up
 * what it sends; the client fixes up what it expects, with the "now" and URL the response reports
 * in {@code Server-Now} and {@code Server-Base-Url}.
 */
final class HeaderFixup {

    private static final Set<String> DATE_FIELDS = Set.of("date", "expires", "last-modified", "if-modified-since",
            "if-unmodified-since");

    private static final Set<String> LOCATION_FIELDS = Set.of("location", "content-location");

    /** IMF-fixdate (RFC 9110 §5.6.7), as JavaScript's {@code toGMTString} writes it: a two-digit day. */
    private static final DateTimeFormatter IMF_FIXDATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

    private HeaderFixup() {}

    /**
     * The value a field stands for.
     *
     * @param serverNow the origin's "now" in milliseconds since the epoch; empty if unknown, which
     *     makes any date invalid, as it does upstream
     * @param baseUrl the request target (path and query) the response answered
     */
    static String value(String name, JsonElement value, OptionalLong serverNow, String baseUrl, boolean magicLocations) {
        String field = name.toLowerCase(Locale.ROOT);
        if (DATE_FIELDS.contains(field) && isInteger(value)) {
            return serverNow.isPresent() ? httpDate(serverNow.getAsLong() + value.getAsLong() * 1000) : "Invalid Date";
        }
        if (LOCATION_FIELDS.contains(field) && magicLocations) {
            String path = value.getAsString();
            return path.isEmpty() ? baseUrl : baseUrl + "/" + path;
        }
        return value.getAsString();
    }

    /** An HTTP date for {@code millis} since the epoch, to the second. */
    static String httpDate(long millis) {
        return IMF_FIXDATE.format(Instant.ofEpochMilli(millis));
    }

    private static boolean isInteger(JsonElement value) {
        return value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber()
                && value.getAsDouble() == Math.rint(value.getAsDouble());
    }
}
