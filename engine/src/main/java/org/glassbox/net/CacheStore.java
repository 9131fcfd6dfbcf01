package org.glassbox.net;

import com.google.gson.Gson;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import okhttp3.Headers;
import org.glassbox.Log;

/**
 * Where the HTTP cache keeps its responses: one JSON file per URL in a directory, holding every
 * stored variant of it, most recent first. Several {@code glassbox} processes may share the
 * directory, so a file is never written in place: it is written whole under a temporary name in
 * the same directory, then moved over the old one in one step, and a process reading it sees the
 * old file or the new one, never half of either. A file that cannot be read all the same — cut
 * short by a full disk, or damaged by hand — is removed with a warning, and is a miss; one gone
 * between a write and a read is a plain miss. A temporary file that a killed process left behind
 * is removed the next time the directory is opened.
 */
final class CacheStore {

    /** One variant as the file holds it: header fields as name-value pairs, the body in base64. */
    private record Entry(String method, String url, List<List<String>> requestHeaders, int status, String statusLine,
            List<List<String>> headers, String body, long requestTime, long responseTime) {}

    private static final Gson GSON = new Gson();

    private static final String TEMPORARY = ".tmp";

    /** Writing a file takes milliseconds: a temporary file this old belongs to no writer still at work. */
    private static final Duration ABANDONED = Duration.ofMinutes(10);

    private final Path directory;
    private final Log log;

    CacheStore(Path directory, Log log) throws IOException {
        this.directory = Files.createDirectories(directory);
        this.log = log;
        removeAbandoned();
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
        } catch (IOException | RuntimeException damaged) {
            // Whatever the file holds came from the disk, not from this code: at worst it is a miss.
            forget(url, damaged instanceof IOException unreadable ? unreadable.getMessage() : "its contents are damaged");
            return List.of();
        }
    }

    /** Removes an entry that cannot be read, so that it is reported once and the next response takes its place. */
    private void forget(URI url, String reason) {
        log.warn("the HTTP cache's entry for " + url + " cannot be read (" + reason + "); removed, a miss");
        try {
            Files.deleteIfExists(file(url));
        } catch (IOException e) {
            // then the next response's entry replaces it
        }
    }

    /** Replaces the stored variants of {@code url}; none removes the file. */
    synchronized void save(URI url, List<StoredResponse> variants) throws IOException {
        Path file = file(url);
        if (variants.isEmpty()) {
            Files.deleteIfExists(file);
            return;
        }
        Path temporary = Files.createTempFile(directory, "entry", TEMPORARY);
        try {
            Files.writeString(temporary, GSON.toJson(variants.stream().map(CacheStore::entry).toList()));
            moveInPlace(temporary, file);
        } finally {
            Files.deleteIfExists(temporary); // gone already if it was moved; left by a failed write otherwise
        }
    }

    private static void moveInPlace(Path temporary, Path file) throws IOException {
        try {
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Removes the temporary files of writers that were killed before they could move them into place. */
    private void removeAbandoned() throws IOException {
        Instant before = Instant.now().minus(ABANDONED);
        try (DirectoryStream<Path> temporaries = Files.newDirectoryStream(directory, "*" + TEMPORARY)) {
            temporaries.forEach(temporary -> removeIfAbandoned(temporary, before));
        }
    }

    private void removeIfAbandoned(Path temporary, Instant before) {
        try {
            if (Files.getLastModifiedTime(temporary).toInstant().isBefore(before) && Files.deleteIfExists(temporary)) {
                log.detail("removed " + temporary.getFileName() + " from the HTTP cache: a process stopped while writing it");
            }
        } catch (IOException e) {
            // gone already: another process opening the directory removed it first
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
