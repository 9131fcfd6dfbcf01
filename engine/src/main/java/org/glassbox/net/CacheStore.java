package org.glassbox.net;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import okhttp3.Headers;

/**
 * Where the HTTP cache keeps its responses: one JSON file per URL in a directory, holding every
 * stored variant of it, most recent first. A file is written whole and moved into place in one
 * step, so a process reading it — another {@code glassbox} sharing the directory — sees the old
 * file or the new one, never half of either.
 */
final class CacheStore {

    /** One variant as the file holds it: header fields as name-value pairs, the body in base64. */
    private record Entry(String method, String url, List<List<String>> requestHeaders, int status, String statusLine,
            List<List<String>> headers, String body, long requestTime, long responseTime) {}

    private static final Gson GSON = new Gson();

    private final Path directory;

    CacheStore(Path directory) throws IOException {
        this.directory = Files.createDirectories(directory);
    }

    /** The stored variants of {@code url}, most recent first; none if there are none or the file is unreadable. */
    synchronized List<StoredResponse> load(URI url) {
        try {
            Entry[] entries = GSON.fromJson(Files.readString(file(url)), Entry[].class);
            List<StoredResponse> variants = new ArrayList<>();
            for (Entry entry : entries == null ? new Entry[0] : entries) {
                variants.add(stored(entry));
            }
            return variants;
        } catch (NoSuchFileException missing) {
            return List.of();
        } catch (IOException | JsonParseException | IllegalArgumentException | NullPointerException damaged) {
            return List.of(); // a damaged entry is a miss, and the next response overwrites it
        }
    }

    /** Replaces the stored variants of {@code url}; none removes the file. */
    synchronized void save(URI url, List<StoredResponse> variants) throws IOException {
        Path file = file(url);
        if (variants.isEmpty()) {
            Files.deleteIfExists(file);
            return;
        }
        Path temporary = Files.createTempFile(directory, "entry", ".tmp");
        Files.writeString(temporary, GSON.toJson(variants.stream().map(CacheStore::entry).toList()));
        try {
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The file of a URL: named by its SHA-256, so any URL makes a safe file name. */
    private Path file(URI url) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(url.toString().getBytes(StandardCharsets.UTF_8));
            return directory.resolve(HexFormat.of().formatHex(hash) + ".json");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static Entry entry(StoredResponse stored) {
        NetworkResponse response = stored.response();
        return new Entry(stored.method(), stored.url().toString(), pairs(stored.requestHeaders()), response.status(),
                response.statusLine(), pairs(response.headers()), Base64.getEncoder().encodeToString(response.body()),
                response.requestTime().toEpochMilli(), response.responseTime().toEpochMilli());
    }

    private static StoredResponse stored(Entry entry) {
        NetworkResponse response = new NetworkResponse(entry.status(), entry.statusLine(), headers(entry.headers()),
                Base64.getDecoder().decode(entry.body()), Instant.ofEpochMilli(entry.requestTime()),
                Instant.ofEpochMilli(entry.responseTime()));
        return new StoredResponse(entry.method(), URI.create(entry.url()), headers(entry.requestHeaders()), response);
    }

    private static List<List<String>> pairs(Headers headers) {
        List<List<String>> pairs = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            pairs.add(List.of(headers.name(i), headers.value(i)));
        }
        return pairs;
    }

    private static Headers headers(List<List<String>> pairs) {
        Headers.Builder headers = new Headers.Builder();
        pairs.forEach(pair -> headers.addUnsafeNonAscii(pair.get(0), pair.get(1)));
        return headers.build();
    }
}
