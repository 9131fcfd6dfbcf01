package org.glassbox.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The engine's DNS cache: a miss asks the system, a hit answers until the TTL runs out. */
class DnsCacheTest {

    private final MovingClock clock = new MovingClock(Instant.parse("2026-11-22T10:00:00Z"));
    private final DnsCache dns = new DnsCache(clock);

    @Test
    void answersFromItsCacheUntilTheTtlRunsOut() throws Exception {
        assertThat(dns.describe("localhost")).isEqualTo("DNS cache miss, asked the system resolver; kept 60 s");
        assertThat(dns.lookup("localhost")).contains(InetAddress.getByName("127.0.0.1"));

        clock.now = clock.now.plus(Duration.ofSeconds(18));
        assertThat(dns.describe("localhost")).isEqualTo("DNS cache hit, TTL 42 s left");

        clock.now = clock.now.plus(Duration.ofSeconds(42));
        assertThat(dns.describe("localhost")).startsWith("DNS cache miss");
    }
}
