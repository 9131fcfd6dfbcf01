package org.glassbox.css;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Decodes the bytes of a fetched stylesheet (CSS Syntax 3 §3.2, "determine the fallback
 * encoding"). The first of these that names an encoding wins: a byte order mark, the
 * {@code charset} of the response's Content-Type, an {@code @charset "…";} rule at the very start
 * of the bytes, the encoding of what referred to the sheet (the {@code <link charset>}, the
 * document or the importing sheet), and UTF-8 when nothing does.
 */
final class StylesheetEncoding {

    /** The exact bytes an {@code @charset} rule must start with (CSS Syntax 3 §3.2 step 3). */
    private static final byte[] AT_CHARSET = "@charset \"".getBytes(StandardCharsets.US_ASCII);

    /** The spec looks for the {@code @charset} rule's closing {@code ";} in the first 1024 bytes only. */
    private static final int AT_CHARSET_LIMIT = 1024;

    /** A sheet's text, and the encoding it was decoded with, which the sheets it imports fall back to. */
    record Decoded(String text, Charset encoding) {}

    private StylesheetEncoding() {}

    /**
     * @param protocolEncoding the charset the response's Content-Type names, if any
     * @param environmentEncoding the encoding of whatever referred to the sheet
     */
    static Decoded decode(byte[] bytes, Optional<Charset> protocolEncoding, Charset environmentEncoding) {
        Optional<Charset> bom = byteOrderMark(bytes);
        Charset encoding = bom.or(() -> protocolEncoding).or(() -> atCharset(bytes)).orElse(environmentEncoding);
        int skipped = bom.isPresent() ? (encoding.equals(StandardCharsets.UTF_8) ? 3 : 2) : 0;
        return new Decoded(new String(bytes, skipped, bytes.length - skipped, encoding), encoding);
    }

    /**
     * Encoding Standard §4.1 "decode": a byte order mark decides the encoding whatever else says
     * otherwise, and is not part of the text.
     */
    private static Optional<Charset> byteOrderMark(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        return startsWith(bytes, 0xFF, 0xFE) ? Optional.of(StandardCharsets.UTF_16LE) : Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * CSS Syntax 3 §3.2 step 3: the label between {@code @charset "} and {@code ";}, read as
     * ASCII bytes before anything is decoded. A sheet that says it is UTF-16 was evidently read
     * as ASCII to find this rule, so it is UTF-8.
     */
    private static Optional<Charset> atCharset(byte[] bytes) {
        if (bytes.length < AT_CHARSET.length || !Arrays.equals(bytes, 0, AT_CHARSET.length, AT_CHARSET, 0, AT_CHARSET.length)) {
            return Optional.empty();
        }
        for (int end = AT_CHARSET.length; end + 1 < Math.min(bytes.length, AT_CHARSET_LIMIT); end++) {
            if (bytes[end] == '"') {
                return bytes[end + 1] == ';' ? labelBetween(bytes, AT_CHARSET.length, end) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static Optional<Charset> labelBetween(byte[] bytes, int start, int end) {
        return forLabel(new String(bytes, start, end - start, StandardCharsets.US_ASCII)).map(encoding ->
                encoding.equals(StandardCharsets.UTF_16BE) || encoding.equals(StandardCharsets.UTF_16LE)
                        ? StandardCharsets.UTF_8 : encoding);
    }

    /**
     * Encoding Standard §4.2 "get an encoding": the encoding a label such as {@code shift-jis}
     * names. Java knows most labels; where the Encoding Standard differs, browsers follow it:
     * {@code iso-8859-1} and {@code us-ascii} mean windows-1252, Shift_JIS is Microsoft's
     * (windows-31j, with its extra characters), and {@code utf-16} is little-endian.
     */
    static Optional<Charset> forLabel(String label) {
        String name = label.strip().toLowerCase(Locale.ROOT);
        return switch (name) {
            case "iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii" -> Optional.of(Charset.forName("windows-1252"));
            case "shift_jis", "shift-jis", "sjis", "x-sjis", "ms_kanji", "csshiftjis", "ms932" ->
                    Optional.of(Charset.forName("windows-31j"));
            case "utf-16" -> Optional.of(StandardCharsets.UTF_16LE);
            default -> javaCharset(name);
        };
    }

    private static Optional<Charset> javaCharset(String name) {
        try {
            return Optional.of(Charset.forName(name));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }
}
