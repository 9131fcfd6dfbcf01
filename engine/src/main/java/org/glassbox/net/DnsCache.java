package org.glassbox.net;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.Dns;

/**
 * The engine's own DNS cache, asked before the system resolver, as browsers keep one of their
 * own. Java's resolver does not reveal a record's TTL, so every answer is kept for {@link #TTL}.
 */
final class DnsCache implements Dns {

    /** How long an answer is kept. */
    static final Duration TTL = Duration.ofSeconds(60);

    private record Answer(List<InetAddress> addresses, Instant expires) {}

    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final Clock clock;

    DnsCache(Clock clock) {
        this.clock = clock;
    }

    @Override
    public List<InetAddress> lookup(String host) throws UnknownHostException {
        Answer cached = unexpired(host);
        if (cached != null) {
            return cached.addresses();
        }
        List<InetAddress> addresses = Dns.SYSTEM.lookup(host);
        answers.put(host, new Answer(addresses, clock.instant().plus(TTL)));
        return addresses;
    }

    /** What a lookup of {@code host} made now will do, for the log: a hit with its time to live, or a miss. */
    String describe(String host) {
        Answer cached = unexpired(host);
        if (cached != null) {
            return "DNS cache hit, TTL " + Duration.between(clock.instant(), cached.expires()).toSeconds() + " s left";
        }
        return "DNS cache miss, asked the system resolver; kept " + TTL.toSeconds() + " s";
    }

    /** The cached answer for {@code host}, or null if there is none or its TTL has run out. */
    private Answer unexpired(String host) {
        Answer cached = answers.get(host);
        return cached != null && clock.instant().isBefore(cached.expires()) ? cached : null;
    }
}
