package org.glassbox.shell;

import static java.util.Map.entry;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The media type of a served file, guessed from its extension as nginx's {@code mime.types}
 * does. Text types are sent with {@code charset=utf-8}: the server assumes its files are UTF-8.
 *
 * @param essence the type without parameters, such as {@code text/css}
 * @param textual whether the content is text, which is what makes gzip worth it
 */
record MediaType(String essence, boolean textual) {

    private static final MediaType UNKNOWN = new MediaType("application/octet-stream", false);

    private static final Map<String, MediaType> BY_EXTENSION = Map.ofEntries(
            text("html", "text/html"), text("htm", "text/html"), text("xhtml", "application/xhtml+xml"),
            text("css", "text/css"), text("js", "text/javascript"), text("mjs", "text/javascript"),
            text("json", "application/json"), text("txt", "text/plain"), text("xml", "application/xml"),
            text("svg", "image/svg+xml"), text("pem", "application/x-pem-file"),
            binary("png", "image/png"), binary("jpg", "image/jpeg"), binary("jpeg", "image/jpeg"),
            binary("gif", "image/gif"), binary("webp", "image/webp"), binary("ico", "image/x-icon"));

    /** The type of {@code file}, {@code application/octet-stream} for an extension not listed. */
    static MediaType of(Path file) {
        String name = file.getFileName().toString();
        return BY_EXTENSION.getOrDefault(name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT), UNKNOWN);
    }

    /** The value of the Content-Type field (RFC 9110 §8.3). */
    String contentType() {
        return textual ? essence + "; charset=utf-8" : essence;
    }

    private static Map.Entry<String, MediaType> text(String extension, String essence) {
        return entry(extension, new MediaType(essence, true));
    }

    private static Map.Entry<String, MediaType> binary(String extension, String essence) {
        return entry(extension, new MediaType(essence, false));
    }
}
