package org.glassbox.net;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.glassbox.LoadException;

/**
 * A {@code data:} URL (RFC 2397) carries its body itself, such as
 * {@code data:text/html,<h1>Hi</h1>}: a media type, an optional {@code ;base64}, a comma and the
 * data. Fetching one follows the Fetch standard's data: URL processor, which is what browsers
 * do and is more forgiving than RFC 2397: spaces around the parts, whitespace in base64.
 *
 * <p>Not supported: the full MIME type parser; a media type without a {@code /} falls back to
 * the default, and any other is passed on as written.
 */
final class DataUrl {

    /** What a {@code data:} URL without a media type holds (RFC 2397 §2). */
    private static final String DEFAULT_TYPE = "text/plain;charset=US-ASCII";

    /** A media type ending in {@code ;base64}, spaces allowed before the word (data: URL processor step 11). */
    private static final Pattern BASE64 = Pattern.compile("(.*); *base64", Pattern.CASE_INSENSITIVE);

    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    /** Characters a URI may hold as they are (RFC 3986 §2.2, §2.3); '%' is checked on its own. */
    private static final String URI_CHARACTERS =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=:@/?";

    private DataUrl() {
    }

    /**
     * The URI for a typed {@code data:} address. {@link URI#URI(String)} refuses spaces and
     * {@code <}, which people type in {@code data:text/html,<h1>Hi there</h1>}, so they are
     * percent-encoded first; escapes already there, such as {@code %20}, are kept as they are.
     */
    static URI parse(String typed) {
        String address = typed.strip();
        int hash = address.indexOf('#');
        String encoded = hash < 0 ? percentEncode(address)
                : percentEncode(address.substring(0, hash)) + "#" + percentEncode(address.substring(hash + 1));
        try {
            return new URI(encoded);
        } catch (URISyntaxException e) {
            throw new LoadException("malformed data: URL: " + e.getMessage(), e);
        }
    }

    /**
     * The body a {@code data:} URL holds, as a 200 response whose Content-Type is the URL's media
     * type. The fragment is not part of the data.
     */
    static Response fetch(URI url) {
        String content = url.getRawSchemeSpecificPart();
        int comma = content.indexOf(',');
        if (comma < 0) {
            throw new LoadException("malformed data: URL: no comma");
        }
        // Decoded, unlike in the Fetch standard, because URI holds a typed space as %20.
        String mediaType = new String(percentDecode(content.substring(0, comma)), StandardCharsets.UTF_8).strip();
        byte[] body = percentDecode(content.substring(comma + 1));
        Matcher base64 = BASE64.matcher(mediaType);
        if (base64.matches()) {
            mediaType = base64.group(1).strip();
            body = base64Decode(body);
        }
        return new Response(url, 200, Map.of("content-type", List.of(contentType(mediaType))), body);
    }

    /** The Content-Type for the media type written in the URL (data: URL processor steps 12 to 14). */
    private static String contentType(String mediaType) {
        String type = mediaType.startsWith(";") ? "text/plain" + mediaType : mediaType;
        return type.split(";")[0].contains("/") ? type : DEFAULT_TYPE;
    }

    /** Forgiving-base64 decode (Infra §4.7): whitespace is ignored, padding is optional. */
    private static byte[] base64Decode(byte[] data) {
        String text = new String(data, StandardCharsets.ISO_8859_1).replaceAll("[\\t\\n\\f\\r ]", "");
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new LoadException("malformed data: URL: bad base64 (" + e.getMessage() + ")", e);
        }
    }

    /** The bytes {@code text} stands for, each {@code %XX} one byte, everything else as UTF-8. */
    private static byte[] percentDecode(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream decoded = new ByteArrayOutputStream(bytes.length);
        for (int i = 0; i < bytes.length; i++) {
            if (isEscape(bytes, i)) {
                decoded.write(HexFormat.fromHexDigit(bytes[i + 1]) * 16 + HexFormat.fromHexDigit(bytes[i + 2]));
                i += 2;
            } else {
                decoded.write(bytes[i]);
            }
        }
        return decoded.toByteArray();
    }

    /** {@code text} with every byte a URI may not hold as it is written as {@code %XX} (RFC 3986 §2.1). */
    private static String percentEncode(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        StringBuilder encoded = new StringBuilder(bytes.length);
        for (int i = 0; i < bytes.length; i++) {
            char c = (char) (bytes[i] & 0xFF);
            if (URI_CHARACTERS.indexOf(c) >= 0 || isEscape(bytes, i)) {
                encoded.append(c);
            } else {
                encoded.append('%').append(HEX.toHexDigits(bytes[i]));
            }
        }
        return encoded.toString();
    }

    /** Whether a {@code %} followed by two hex digits starts at {@code bytes[i]}. */
    private static boolean isEscape(byte[] bytes, int i) {
        return bytes[i] == '%' && i + 2 < bytes.length
                && HexFormat.isHexDigit(bytes[i + 1]) && HexFormat.isHexDigit(bytes[i + 2]);
    }
}
