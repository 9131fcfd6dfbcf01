package org.glassbox.shell;

import com.sun.net.httpserver.Headers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import org.glassbox.net.HttpDate;

/**
 * One file as it is sent (RFC 9110 §3.2): its content, gzipped when the request accepts gzip
 * and the file is text of some size, its media type, and its two validators (§8.8), the
 * entity tag and the modification date, which let a cache ask whether its copy is still current.
 */
record Representation(byte[] content, MediaType mediaType, String entityTag, Instant lastModified, boolean gzipped) {

    /** Reads {@code file} and picks its coding: gzip if {@code acceptsGzip} and it is worth it. */
    static Representation read(Path file, boolean acceptsGzip) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        MediaType type = MediaType.of(file);
        boolean gzip = acceptsGzip && type.textual() && bytes.length > ContentCoding.MIN_GZIP_BYTES;
        // Last-Modified has whole seconds, so comparisons with If-Modified-Since must too.
        Instant modified = Files.getLastModifiedTime(file).toInstant().truncatedTo(ChronoUnit.SECONDS);
        return new Representation(gzip ? ContentCoding.gzip(bytes) : bytes, type, entityTag(bytes, gzip), modified, gzip);
    }

    /**
     * The fields a 304 repeats from the 200 it stands in for (RFC 9110 §15.4.5): the validators,
     * and Vary, because for text the body sent depends on Accept-Encoding (§12.5.5).
     */
    Headers validatorFields() {
        Headers fields = new Headers();
        fields.set("ETag", entityTag);
        fields.set("Last-Modified", HttpDate.format(lastModified));
        if (mediaType.textual()) {
            fields.set("Vary", "Accept-Encoding");
        }
        return fields;
    }

    /** The fields of a 200: the validators, then what the content is and how it is coded. */
    Headers contentFields() {
        Headers fields = validatorFields();
        fields.set("Content-Type", mediaType.contentType());
        if (gzipped) {
            fields.set("Content-Encoding", "gzip");
        }
        return fields;
    }

    /**
     * A strong entity tag (RFC 9110 §8.8.3) from a hash of the file's bytes, so it changes exactly
     * when they do, whatever happens to the modification time. Gzipped content is other bytes, so
     * it gets a tag of its own, as in the example of §8.8.3.3.
     */
    private static String entityTag(byte[] bytes, boolean gzipped) {
        return "\"" + HexFormat.of().formatHex(sha256(bytes), 0, 8) + (gzipped ? "-gzip" : "") + "\"";
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
