package org.glassbox.net;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import org.brotli.dec.BrotliInputStream;
import org.glassbox.LoadException;

/**
 * Undoes the Content-Encoding of a response body (RFC 9110 §8.4.1): gzip, deflate and br.
 * Decoding streams, so a small body that unpacks to gigabytes (a "zip bomb") costs only as much
 * as the caller reads; the caller applies its size limit to the decoded stream.
 *
 * <p>Not supported: {@code compress} (LZW, which no server sends any more) and {@code zstd}.
 */
final class ContentDecoding {

    /** The codings this class undoes, for the Accept-Encoding request header (RFC 9110 §12.5.3). */
    static final String ACCEPT_ENCODING = "gzip, deflate, br";

    private static final Set<String> KNOWN = Set.of("gzip", "x-gzip", "deflate", "br");

    private ContentDecoding() {
    }

    /**
     * The decoded body. The codings are undone last first, as the server applied them in the
     * order listed (RFC 9110 §8.4); {@code identity} and a missing header leave the body as it is.
     *
     * @param contentEncoding the Content-Encoding header's value, such as {@code gzip}, or null
     * @throws LoadException if a coding is one this class does not know
     * @throws IOException if the body does not start as its coding says it should
     */
    static InputStream decode(String contentEncoding, InputStream body) throws IOException {
        List<String> codings = codings(contentEncoding);
        InputStream decoded = body;
        for (int i = codings.size() - 1; i >= 0; i--) {
            decoded = undo(codings.get(i), decoded);
        }
        return decoded;
    }

    /** Whether every coding listed is one this class can undo; a missing header or identity can be. */
    static boolean canDecode(String contentEncoding) {
        return codings(contentEncoding).stream().allMatch(KNOWN::contains);
    }

    /** The codings listed, in lower case, leaving out {@code identity}, which changes nothing. */
    private static List<String> codings(String contentEncoding) {
        List<String> codings = new ArrayList<>();
        for (String listed : contentEncoding == null ? new String[0] : contentEncoding.split(",")) {
            String coding = listed.strip().toLowerCase(Locale.ROOT);
            if (!coding.isEmpty() && !coding.equals("identity")) {
                codings.add(coding);
            }
        }
        return codings;
    }

    private static InputStream undo(String coding, InputStream body) throws IOException {
        return switch (coding) {
            case "gzip", "x-gzip" -> new GZIPInputStream(body);
            case "deflate" -> inflate(body);
            case "br" -> unbrotli(body);
            default -> throw new LoadException("unsupported Content-Encoding: " + coding);
        };
    }

    /**
     * Undoes {@code br} (RFC 7932). The decoder loses bytes when a one-byte {@code read()} is
     * followed by a bulk one (google/brotli#1019, unfixed in 0.1.2, the latest release), as
     * GZIPInputStream does when undoing {@code gzip, br}; a buffer in front makes every read a bulk one.
     */
    private static InputStream unbrotli(InputStream body) throws IOException {
        return new BufferedInputStream(new BrotliInputStream(body));
    }

    /**
     * Undoes {@code deflate}. RFC 9110 §8.4.1.2 means zlib (RFC 1950) around the deflate data, but
     * some servers send raw deflate (RFC 1951) under that name, so, as browsers do, this peeks at
     * the first two bytes to tell which it is.
     */
    private static InputStream inflate(InputStream body) throws IOException {
        BufferedInputStream peekable = new BufferedInputStream(body);
        peekable.mark(2);
        boolean zlib = isZlibHeader(peekable.read(), peekable.read());
        peekable.reset();
        Inflater inflater = new Inflater(!zlib);
        return new InflaterInputStream(peekable, inflater) {
            @Override
            public void close() throws IOException {
                super.close();
                inflater.end(); // InflaterInputStream frees only an Inflater it made itself
            }
        };
    }

    /**
     * Whether two bytes start a zlib stream (RFC 1950 §2.2): compression method 8 (deflate) in
     * the low nibble of the first, and both together, as a 16-bit number, a multiple of 31.
     */
    private static boolean isZlibHeader(int cmf, int flg) {
        return cmf >= 0 && flg >= 0 && (cmf & 0x0F) == 8 && ((cmf << 8) | flg) % 31 == 0;
    }
}
