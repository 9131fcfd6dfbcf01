package org.glassbox.shell;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/** Content codings (RFC 9110 §8.4.1): whether a request accepts gzip, and gzip itself. */
final class ContentCoding {

    /** Smaller bodies go as they are: gzip's header and trailer alone take 18 bytes. */
    static final int MIN_GZIP_BYTES = 256;

    private ContentCoding() {}

    /**
     * Whether the Accept-Encoding field values allow gzip (RFC 9110 §12.5.3): {@code gzip}, its
     * alias {@code x-gzip} (§8.4.1.3) or else {@code *}, with a weight above 0. Without the field
     * the server sends the content as it is.
     */
    static boolean acceptsGzip(List<String> acceptEncoding) {
        Map<String, Double> weights = weights(acceptEncoding);
        Double weight = weights.getOrDefault("gzip", weights.getOrDefault("x-gzip", weights.get("*")));
        return weight != null && weight > 0;
    }

    /** {@code content} compressed with gzip. */
    static byte[] gzip(byte[] content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException("gzip into memory failed", e);
        }
        return bytes.toByteArray();
    }

    /** Each coding named in the field values, with its weight. */
    private static Map<String, Double> weights(List<String> fieldValues) {
        Map<String, Double> weights = new HashMap<>();
        for (String member : String.join(",", fieldValues).split(",")) {
            String[] parameters = member.split(";");
            weights.put(parameters[0].strip().toLowerCase(Locale.ROOT), weight(parameters));
        }
        return weights;
    }

    /** The {@code q} parameter (RFC 9110 §12.4.2): 1 when absent, 0 when unreadable. */
    private static double weight(String[] parameters) {
        for (int i = 1; i < parameters.length; i++) {
            String parameter = parameters[i].strip().toLowerCase(Locale.ROOT);
            if (parameter.startsWith("q=")) {
                try {
                    return Double.parseDouble(parameter.substring(2));
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
