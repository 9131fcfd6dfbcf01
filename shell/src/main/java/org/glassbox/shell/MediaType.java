package org.glassbox.shell;

import java.nio.file.Path;
import org.glassbox.net.MediaTypes;

/**
 * The media type of a served file, guessed from its extension ({@link MediaTypes}). Text types
 * are sent with {@code charset=utf-8}: the server assumes its files are UTF-8.
 *
 * @param essence the type without parameters, such as {@code text/css}
 * @param textual whether the content is text, which is what makes gzip worth it
 */
record MediaType(String essence, boolean textual) {

    /** The type of {@code file}, {@code application/octet-stream} for an extension not listed. */
    static MediaType of(Path file) {
        String essence = MediaTypes.of(file);
        return new MediaType(essence, isText(essence));
    }

    /** The value of the Content-Type field (RFC 9110 §8.3). */
    String contentType() {
        return textual ? essence + "; charset=utf-8" : essence;
    }

    /** Text, whatever its top-level type says: HTML, CSS, scripts, JSON and every XML, SVG included. */
    private static boolean isText(String essence) {
        return essence.startsWith("text/") || essence.endsWith("+xml") || essence.endsWith("/xml")
                || essence.endsWith("/json") || essence.equals("application/x-pem-file");
    }
}
