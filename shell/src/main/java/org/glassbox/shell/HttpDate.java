package org.glassbox.shell;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * HTTP's date format, the IMF-fixdate of RFC 9110 §5.6.7: {@code Sun, 06 Nov 1994 08:49:37 GMT},
 * always in GMT and to the second. The two obsolete formats a recipient should also accept
 * (RFC 850's and asctime's) are not read.
 */
final class HttpDate {

    private static final DateTimeFormatter IMF_FIXDATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

    private HttpDate() {}

    /** {@code instant} as an IMF-fixdate; the fraction of a second is dropped. */
    static String format(Instant instant) {
        return IMF_FIXDATE.format(instant);
    }

    /** The instant {@code text} names, or empty when it is not an IMF-fixdate. */
    static Optional<Instant> parse(String text) {
        try {
            return Optional.of(Instant.from(IMF_FIXDATE.parse(text.strip())));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
