package org.glassbox.net;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP's dates (RFC 9110 §5.6.7): written as an IMF-fixdate, {@code Sun, 06 Nov 1994 08:49:37 GMT};
 * read in that form and in the two obsolete ones a recipient must still accept, RFC 850's
 * {@code Sunday, 06-Nov-94 08:49:37 GMT} and asctime's {@code Sun Nov  6 08:49:37 1994}. The
 * grammar is followed to the letter — one space where it says one, two-digit hours, {@code GMT}
 * and no other zone — because a cache that guesses at a malformed Expires keeps a response
 * longer than its server meant; only the case of names is forgiven, as browsers forgive it.
 */
public final class HttpDate {

    /** {@code uuuu}, the year itself: {@code yyyy}, the year of the era, would write the year 0 as 0001. */
    private static final DateTimeFormatter IMF_FIXDATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM uuuu HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

    private static final String DAY = "(Mon|Tue|Wed|Thu|Fri|Sat|Sun)";
    private static final String LONG_DAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private static final String MONTH = "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)";
    private static final String TIME = "(\\d{2}):(\\d{2}):(\\d{2})";

    private static final Pattern FIXDATE = Pattern.compile(DAY + ", (\\d{2}) " + MONTH + " (\\d{4}) " + TIME + " GMT", Pattern.CASE_INSENSITIVE);
    private static final Pattern RFC_850 = Pattern.compile(LONG_DAY + ", (\\d{2})-" + MONTH + "-(\\d{2}) " + TIME + " GMT", Pattern.CASE_INSENSITIVE);
    private static final Pattern ASCTIME = Pattern.compile(DAY + " " + MONTH + " ([ \\d]\\d) " + TIME + " (\\d{4})", Pattern.CASE_INSENSITIVE);

    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

    private HttpDate() {}

    /** {@code instant} as an IMF-fixdate; the fraction of a second is dropped. */
    public static String format(Instant instant) {
        return IMF_FIXDATE.format(instant);
    }

    /** The instant {@code text} names in any of the three forms, or empty if it is not an HTTP date. */
    public static Optional<Instant> parse(String text) {
        Matcher fixdate = FIXDATE.matcher(text.strip());
        if (fixdate.matches()) {
            return instant(Integer.parseInt(fixdate.group(4)), fixdate.group(3), fixdate.group(2), fixdate, 5);
        }
        Matcher rfc850 = RFC_850.matcher(text.strip());
        if (rfc850.matches()) {
            return instant(fullYear(Integer.parseInt(rfc850.group(4))), rfc850.group(3), rfc850.group(2), rfc850, 5);
        }
        Matcher asctime = ASCTIME.matcher(text.strip());
        if (asctime.matches()) {
            return instant(Integer.parseInt(asctime.group(7)), asctime.group(2), asctime.group(3).strip(), asctime, 4);
        }
        return Optional.empty();
    }

    /**
     * RFC 850's two-digit year: the year with those digits that is not more than 50 years ahead
     * (RFC 9110 §5.6.7), so {@code 50} is 2050 today, and {@code 94} is 1994.
     */
    private static int fullYear(int twoDigits) {
        int thisYear = ZonedDateTime.now(ZoneOffset.UTC).getYear();
        int year = thisYear - thisYear % 100 + twoDigits;
        return year > thisYear + 50 ? year - 100 : year;
    }

    private static Optional<Instant> instant(int year, String month, String day, Matcher time, int hourGroup) {
        try {
            LocalDateTime dateTime = LocalDateTime.of(year, MONTHS.indexOf(month.toLowerCase(Locale.ROOT)) + 1, Integer.parseInt(day),
                    Integer.parseInt(time.group(hourGroup)), Integer.parseInt(time.group(hourGroup + 1)), Integer.parseInt(time.group(hourGroup + 2)));
            return Optional.of(dateTime.toInstant(ZoneOffset.UTC));
        } catch (DateTimeException impossible) {
            return Optional.empty(); // 31 Feb, 25:00
        }
    }
}
