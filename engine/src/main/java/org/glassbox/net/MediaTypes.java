package org.glassbox.net;

import static java.util.Map.entry;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The media type of a file, guessed from its extension as servers do (nginx's {@code mime.types}):
 * what a {@code file:} page is parsed as, and what {@code glassbox serve} sends.
 */
public final class MediaTypes {

    /** What a file of an extension not listed is: bytes of no known kind. */
    public static final String UNKNOWN = "application/octet-stream";

    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            entry("html", "text/html"), entry("htm", "text/html"), entry("xhtml", "application/xhtml+xml"),
            entry("xht", "application/xhtml+xml"), entry("css", "text/css"), entry("js", "text/javascript"),
            entry("mjs", "text/javascript"), entry("json", "application/json"), entry("txt", "text/plain"),
            entry("xml", "application/xml"), entry("svg", "image/svg+xml"), entry("pem", "application/x-pem-file"),
            entry("png", "image/png"), entry("jpg", "image/jpeg"), entry("jpeg", "image/jpeg"), entry("gif", "image/gif"),
            entry("bmp", "image/bmp"), entry("webp", "image/webp"), entry("ico", "image/x-icon"));

    private MediaTypes() {}

    /** The type of {@code file}, such as {@code text/css}; {@link #UNKNOWN} for an extension not listed. */
    public static String of(Path file) {
        String name = file.getFileName().toString();
        return BY_EXTENSION.getOrDefault(name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT), UNKNOWN);
    }
}
