package org.glassbox.net;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import okhttp3.Headers;
import org.glassbox.LoadException;
import org.glassbox.Log;
import org.glassbox.Phase;
import org.glassbox.PhaseListener;
import org.glassbox.net.FetchRequest.CacheMode;
import org.glassbox.net.FetchRequest.Header;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTTP cache under a fuzzer: a story of requests, with any cache mode and header fields,
 * answered by a server that sends any status and header fields — Cache-Control, Expires, Date,
 * Age, validators, Vary — or cannot be reached, while the clock moves on. Whatever the fields
 * say, every request gets a response and a verdict that says why, and nothing but an unreachable
 * server's {@link LoadException} comes out. An HTTP date that parses formats back to the same instant.
 *
 * <p>A story is text, one exchange a paragraph, so that seeds read like the RFC's examples:
 * <pre>
 * GET /page                      method, path and an optional cache mode
 * Cache-Control: max-stale       request header fields
 * 200                            the status, or "unreachable"
 * Cache-Control: max-age=60      response header fields
 * +120                           the seconds that pass before the next exchange
 * </pre>
 * Lines that say nothing in this form are skipped, so any bytes make some story.
 *
 * <p>{@code mvn test} runs the seeds in {@code HttpCacheFuzzTestInputs/}; {@code JAZZER_FUZZ=1}
 * fuzzes (see the README).
 */
class HttpCacheFuzzTest {

    private static final URI ORIGIN = URI.create("http://cache.test/");
    private static final Pattern FIELD = Pattern.compile("([!#$%&'*+.^_`|~0-9A-Za-z-]+):(.*)");
    private static final Pattern STATUS = Pattern.compile("[1-5][0-9][0-9]");
    private static final Pattern SECONDS = Pattern.compile("\\+([0-9]{1,9})");

    @TempDir
    static Path directory;

    @FuzzTest
    void anyExchangesGetAResponseAndAVerdict(byte[] story) throws IOException {
        emptyStore();
        MovingClock clock = new MovingClock(Instant.parse("2026-01-01T00:00:00Z"));
        Log log = new Log(Phase.FETCH, PhaseListener.NONE);
        try (HttpCache cache = new HttpCache(new CacheStore(directory, log), log, clock)) {
            for (String paragraph : new String(story, StandardCharsets.UTF_8).split("\\n\\s*\\n")) {
                exchange(cache, paragraph.lines().iterator(), clock);
            }
        }
    }

    @FuzzTest
    void anHttpDateThatParsesFormatsToTheSameInstant(byte[] date) {
        HttpDate.parse(new String(date, StandardCharsets.UTF_8))
                .ifPresent(instant -> assertThat(HttpDate.parse(HttpDate.format(instant))).contains(instant));
    }

    /** One paragraph of the story: the request, the server's answer to it, the time that passes. */
    private static void exchange(HttpCache cache, Iterator<String> lines, MovingClock clock) {
        if (!lines.hasNext()) {
            return;
        }
        String[] requestLine = lines.next().strip().split("\\s+");
        List<Header> requestFields = new ArrayList<>();
        String status = fields(lines, (name, value) -> requestFields.add(new Header(name, value)));
        Headers.Builder responseFields = new Headers.Builder();
        String after = fields(lines, responseFields::addUnsafeNonAscii);
        FetchRequest request = new FetchRequest(requestLine[0], path(requestLine), requestFields, new byte[0],
                mode(requestLine), true);
        Optional<NetworkResponse> served = STATUS.matcher(status).matches()
                ? Optional.of(response(Integer.parseInt(status), responseFields.build(), clock.now)) : Optional.empty();
        fetch(cache, request, served);
        Matcher seconds = SECONDS.matcher(after);
        if (seconds.matches()) {
            clock.now = clock.now.plusSeconds(Long.parseLong(seconds.group(1)));
        }
    }

    /** Reads header fields up to the first line that is not one, and returns that line. */
    private static String fields(Iterator<String> lines, BiConsumer<String, String> field) {
        while (lines.hasNext()) {
            String line = lines.next().strip();
            Matcher matcher = FIELD.matcher(line);
            if (!matcher.matches()) {
                return line;
            }
            field.accept(matcher.group(1), matcher.group(2).strip());
        }
        return "";
    }

    /** Asks the cache, with {@code served} as the server's answer, or a server that cannot be reached if there is none. */
    private static void fetch(HttpCache cache, FetchRequest request, Optional<NetworkResponse> served) {
        try {
            HttpCache.Outcome outcome = cache.fetch(request, sent -> served.orElseThrow(() -> new LoadException("unreachable")));
            assertThat(outcome.response()).isNotNull();
            assertThat(outcome.verdict()).isNotBlank();
        } catch (LoadException e) {
            assertThat(served).as("only an unreachable server fails a request").isEmpty();
        }
    }

    private static URI path(String[] requestLine) {
        try {
            return ORIGIN.resolve(requestLine.length > 1 ? requestLine[1] : "/");
        } catch (IllegalArgumentException notAPath) {
            return ORIGIN;
        }
    }

    private static CacheMode mode(String[] requestLine) {
        try {
            return requestLine.length > 2 ? CacheMode.of(requestLine[2]) : CacheMode.DEFAULT;
        } catch (IllegalArgumentException unknown) {
            return CacheMode.DEFAULT;
        }
    }

    private static NetworkResponse response(int status, Headers headers, Instant now) {
        return new NetworkResponse(status, "HTTP/1.1 " + status, headers, "body".getBytes(StandardCharsets.UTF_8), now, now);
    }

    private static void emptyStore() throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
    }
}
