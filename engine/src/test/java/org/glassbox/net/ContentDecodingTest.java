package org.glassbox.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.zip.Deflater;
import java.util.zip.DeflaterInputStream;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.glassbox.LoadException;
import org.junit.jupiter.api.Test;

/** Each coding compressed here (or, for br, by node) and decoded back. */
class ContentDecodingTest {

    private static final String TEXT = "<p>Hello, Hello, Hello, compressed world</p>";

    /**
     * "Hello, Brotli! Hello, Brotli! Hello, Brotli!" in br, made with
     * {@code node -e 'console.log(require("zlib").brotliCompressSync(Buffer.from("..."))
     * .toString("base64"))'}.
     */
    private static final String BROTLI = "GysA+J3J4947jZraqajZ3pDSFohQlcllCAtdMBUC9KHcDg==";

    /**
     * "First gzip, then br." with Content-Encoding {@code gzip, br}, made with
     * {@code node -e 'const z = require("zlib");
     * console.log(z.brotliCompressSync(z.gzipSync(Buffer.from("..."))).toString("base64"))'}.
     */
    private static final String GZIP_THEN_BROTLI = "ixOAH4sIAAAAAAAAA3PLLCouUUivyizQUSjJSM1TSCrSAwCpPPVCFAAAAAM=";

    @Test
    void gzipRoundTrips() throws IOException {
        assertThat(decoded("gzip", gzip(bytes(TEXT)))).isEqualTo(TEXT);
        assertThat(decoded(" X-GZIP ", gzip(bytes(TEXT)))).isEqualTo(TEXT);
    }

    @Test
    void deflateRoundTripsWrappedInZlib() throws IOException {
        assertThat(decoded("deflate", deflate(bytes(TEXT), false))).isEqualTo(TEXT);
    }

    @Test
    void deflateRoundTripsRawAsSomeServersSendIt() throws IOException {
        assertThat(decoded("deflate", deflate(bytes(TEXT), true))).isEqualTo(TEXT);
    }

    @Test
    void brotliDecodes() throws IOException {
        assertThat(decoded("br", Base64.getDecoder().decode(BROTLI)))
                .isEqualTo("Hello, Brotli! Hello, Brotli! Hello, Brotli!");
    }

    @Test
    void brotliCanBeReadAByteAtATimeAndThenInBulk() throws IOException {
        InputStream decoded = ContentDecoding.decode("br", new ByteArrayInputStream(Base64.getDecoder().decode(BROTLI)));

        assertThat(decoded.read()).isEqualTo('H');
        assertThat(new String(decoded.readAllBytes(), StandardCharsets.UTF_8))
                .isEqualTo("ello, Brotli! Hello, Brotli! Hello, Brotli!");
    }

    @Test
    void identityOrNoCodingLeavesTheBodyAsItIs() throws IOException {
        assertThat(decoded(null, bytes(TEXT))).isEqualTo(TEXT);
        assertThat(decoded("", bytes(TEXT))).isEqualTo(TEXT);
        assertThat(decoded("identity", bytes(TEXT))).isEqualTo(TEXT);
    }

    @Test
    void stackedCodingsAreUndoneLastFirst() throws IOException {
        assertThat(decoded("deflate, gzip", gzip(deflate(bytes(TEXT), false)))).isEqualTo(TEXT);
        assertThat(decoded("gzip, br", Base64.getDecoder().decode(GZIP_THEN_BROTLI)))
                .isEqualTo("First gzip, then br.");
    }

    @Test
    void anUnknownCodingIsAClearError() {
        assertThatThrownBy(() -> decoded("gzip, zstd", gzip(bytes(TEXT))))
                .isInstanceOf(LoadException.class).hasMessage("unsupported Content-Encoding: zstd");
    }

    @Test
    void aGzipBombIsDecodedOnlyAsFarAsItIsRead() throws IOException {
        Zeros gigabyte = new Zeros(1L << 30);
        InputStream decoded = ContentDecoding.decode("gzip", gzipLazily(gigabyte));

        byte[] megabyte = decoded.readNBytes(1 << 20);

        assertThat(megabyte).hasSize(1 << 20).containsOnly(0);
        assertThat(gigabyte.produced).isLessThan(10L << 20);
    }

    private static String decoded(String contentEncoding, byte[] body) throws IOException {
        try (InputStream decoded = ContentDecoding.decode(contentEncoding, new ByteArrayInputStream(body))) {
            return new String(decoded.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(data);
        }
        return out.toByteArray();
    }

    private static byte[] deflate(byte[] data, boolean raw) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream deflate = new DeflaterOutputStream(out, new Deflater(Deflater.DEFAULT_COMPRESSION, raw))) {
            deflate.write(data);
        }
        return out.toByteArray();
    }

    /**
     * A gzip stream (RFC 1952) compressed as it is read: the 10-byte header, then the deflated
     * data. It never gets as far as the trailer, as the test stops reading long before.
     */
    private static InputStream gzipLazily(InputStream data) {
        byte[] header = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff};
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        return new SequenceInputStream(new ByteArrayInputStream(header), new DeflaterInputStream(data, deflater));
    }

    /** So many zero bytes, made as they are read, counting how many were. */
    private static final class Zeros extends InputStream {

        private final long size;
        long produced;

        Zeros(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : 0;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            int count = (int) Math.min(length, size - produced);
            if (count <= 0) {
                return -1;
            }
            Arrays.fill(buffer, offset, offset + count, (byte) 0);
            produced += count;
            return count;
        }
    }
}
