package org.glassbox.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading Accept-Encoding (RFC 9110 §12.5.3). */
class ContentCodingTest {

    @Test
    void gzipIsAcceptedWhenNamedOrCoveredByAStarWithAWeightAboveZero() {
        assertThat(ContentCoding.acceptsGzip(List.of("gzip, deflate, br"))).isTrue();
        assertThat(ContentCoding.acceptsGzip(List.of("br;q=1.0, GZIP;q=0.5"))).isTrue();
        assertThat(ContentCoding.acceptsGzip(List.of("x-gzip"))).isTrue();
        assertThat(ContentCoding.acceptsGzip(List.of("*"))).isTrue();
        assertThat(ContentCoding.acceptsGzip(List.of("deflate", "gzip"))).isTrue();
    }

    @Test
    void gzipIsRefusedWhenAbsentOrWeightedZero() {
        assertThat(ContentCoding.acceptsGzip(List.of())).isFalse();
        assertThat(ContentCoding.acceptsGzip(List.of("identity"))).isFalse();
        assertThat(ContentCoding.acceptsGzip(List.of("gzip;q=0"))).isFalse();
        assertThat(ContentCoding.acceptsGzip(List.of("*, gzip;q=0"))).isFalse();
        assertThat(ContentCoding.acceptsGzip(List.of("gzip;q=zero"))).isFalse();
    }
}
