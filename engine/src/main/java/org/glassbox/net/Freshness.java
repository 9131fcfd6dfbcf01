package org.glassbox.net;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import okhttp3.Headers;

/**
 * How fresh a stored response is (RFC 9111 §4.2): its current age, how long it stays fresh, and
 * which header said so. A stored response may be used without asking the server while its age is
 * below its freshness lifetime.
 *
 * @param basis where the lifetime came from, such as {@code max-age} or {@code Expires}
 */
record Freshness(Duration age, Duration lifetime, String basis) {

    /** The fraction of the time since Last-Modified a heuristic lifetime grants (RFC 9111 §4.2.2). */
    private static final double HEURISTIC_FRACTION = 0.1;

    /** Works out the freshness of a stored response at time {@code now}. */
    static Freshness of(NetworkResponse stored, Instant now) {
        Headers headers = stored.headers();
        Instant date = dateOf(headers, "Date", stored.responseTime());
        if (date.equals(Instant.EPOCH)) {
            date = stored.responseTime(); // a Date nobody can read says nothing about age (RFC 9110 §6.6.1)
        }
        Duration age = currentAge(headers, date, stored.requestTime(), stored.responseTime(), now);
        Optional<Long> maxAge = CacheDirectives.of(headers).seconds("max-age");
        if (maxAge.isPresent()) {
            return new Freshness(age, Duration.ofSeconds(maxAge.get()), "max-age");
        }
        if (headers.get("Expires") != null) {
            return new Freshness(age, nonNegative(Duration.between(date, dateOf(headers, "Expires", Instant.EPOCH))), "Expires");
        }
        if (headers.get("Last-Modified") != null) {
            return heuristic(age, Duration.between(dateOf(headers, "Last-Modified", date), date));
        }
        return new Freshness(age, Duration.ZERO, "no max-age, Expires or Last-Modified");
    }

    /** Whether the response may still be used without asking the server. */
    boolean isFresh() {
        return lifetime.compareTo(age) > 0;
    }

    /** How long ago the response became stale; zero while it is fresh. */
    Duration staleness() {
        return nonNegative(age.minus(lifetime));
    }

    /** Reads like {@code age 12 s, fresh for 3600 s: max-age}. */
    @Override
    public String toString() {
        return "age " + age.toSeconds() + " s, fresh for " + lifetime.toSeconds() + " s: " + basis;
    }

    /**
     * The current age (RFC 9111 §4.2.3): the age the response already had when it arrived —
     * from the Age header plus the time in transit, or from its Date if that says more — plus
     * the time it has been stored since.
     */
    private static Duration currentAge(Headers headers, Instant date, Instant requestTime, Instant responseTime, Instant now) {
        Duration apparentAge = nonNegative(Duration.between(date, responseTime));
        Duration responseDelay = Duration.between(requestTime, responseTime);
        Duration correctedAgeValue = ageValue(headers).plus(responseDelay);
        Duration correctedInitialAge = max(apparentAge, correctedAgeValue);
        return correctedInitialAge.plus(nonNegative(Duration.between(responseTime, now)));
    }

    private static Freshness heuristic(Duration age, Duration sinceModified) {
        Duration lifetime = nonNegative(Duration.ofMillis((long) (sinceModified.toMillis() * HEURISTIC_FRACTION)));
        return new Freshness(age, lifetime, "heuristic, 10% of the " + sinceModified.toSeconds() + " s since Last-Modified");
    }

    /**
     * The Age header's value (RFC 9111 §5.1): delta-seconds, the first if there are several;
     * anything else is ignored.
     */
    private static Duration ageValue(Headers headers) {
        List<String> ages = headers.values("Age");
        if (ages.isEmpty()) {
            return Duration.ZERO;
        }
        return Duration.ofSeconds(CacheDirectives.deltaSeconds(ages.get(0).split(",")[0].strip()).orElse(0L));
    }

    /**
     * A date header, or {@code otherwise} if it is missing. An invalid date, or more than one,
     * is a date in the past (RFC 9111 §5.3: an invalid Expires means "already expired").
     */
    private static Instant dateOf(Headers headers, String name, Instant otherwise) {
        List<String> values = headers.values(name);
        if (values.isEmpty()) {
            return otherwise;
        }
        return values.size() == 1 ? HttpDate.parse(values.get(0)).orElse(Instant.EPOCH) : Instant.EPOCH;
    }

    private static Duration nonNegative(Duration duration) {
        return duration.isNegative() ? Duration.ZERO : duration;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
