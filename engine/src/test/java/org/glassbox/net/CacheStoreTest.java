package org.glassbox.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.Headers;
import org.glassbox.Phase;
import org.glassbox.Recorder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cache's files on disk, as another process sharing the directory may leave them: cut short,
 * gone, or a temporary file that was never moved into place. None stops a fetch: an entry that
 * cannot be read is a miss, and says so.
 */
class CacheStoreTest {

    @TempDir
    Path directory;

    private final Recorder recorder = new Recorder();

    @StartStop
    private final MockWebServer server = new MockWebServer();

    @Test
    void anEntryCutShortIsAMissThatSaysSoAndIsThenReplaced() throws IOException {
        URI page = server.url("/page.html").uri();
        Network network = network();
        serveTwice("<p>hello", "Cache-Control: max-age=3600");
        network.fetch(page);
        Path entry = onlyEntry();
        Files.write(entry, Arrays.copyOf(Files.readAllBytes(entry), (int) Files.size(entry) / 2));

        Response afterDamage = network.fetch(page);

        assertThat(afterDamage.cacheVerdict()).isEqualTo("miss → stored (fresh for 3600 s: max-age)");
        assertThat(afterDamage.text()).isEqualTo("<p>hello");
        assertThat(recorder.messages()).filteredOn(message -> message.startsWith("WARNING")).containsExactly(
                "WARNING fetch: the HTTP cache's entry for " + page + " cannot be read (its contents are damaged); removed, a miss");
        assertThat(network.fetch(page).cacheVerdict()).startsWith("hit");
    }

    @Test
    void anEntryThatVanishedIsAPlainMiss() throws IOException {
        URI page = server.url("/page.html").uri();
        Network network = network();
        serveTwice("<p>hello", "Cache-Control: max-age=3600");
        network.fetch(page);
        Files.delete(onlyEntry());

        assertThat(network.fetch(page).cacheVerdict()).isEqualTo("miss → stored (fresh for 3600 s: max-age)");
        assertThat(recorder.messages()).noneMatch(message -> message.startsWith("WARNING"));
    }

    @Test
    void aTemporaryFileAKilledWriterLeftIsRemovedWhenTheDirectoryIsOpenedAgain() throws IOException {
        Path abandoned = Files.writeString(directory.resolve("entry123.tmp"), "[{\"url\": \"http://exa");
        Files.setLastModifiedTime(abandoned, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
        Path beingWritten = Files.writeString(directory.resolve("entry456.tmp"), "[{\"url\": \"http://exa");

        network();

        assertThat(abandoned).doesNotExist();
        assertThat(beingWritten).as("another process may be writing it now").exists();
        assertThat(recorder.messages()).containsExactly(
                "DETAIL fetch: removed entry123.tmp from the HTTP cache: a process stopped while writing it");
    }

    /** A write that fails halfway leaves no temporary file behind, and the old entry as it was. */
    @Test
    void aFailedWriteLeavesNoTemporaryFile() throws IOException {
        CacheStore store = new CacheStore(directory, recorder.log(Phase.FETCH));
        URI url = URI.create("http://example.com/");
        store.save(url, List.of(stored(url)));
        Path entry = onlyEntry();
        Files.delete(entry);
        Files.createDirectories(entry.resolve("in-the-way")); // a non-empty directory cannot be replaced by a file

        assertThatThrownBy(() -> store.save(url, List.of(stored(url)))).isInstanceOf(IOException.class);

        try (Stream<Path> files = Files.list(directory)) {
            assertThat(files).containsExactly(entry);
        }
    }

    private Network network() {
        return new Network(recorder.log(Phase.FETCH), List.of(), Optional.of(directory), Network.DEFAULT_READ_TIMEOUT);
    }

    private void serveTwice(String body, String header) {
        for (int i = 0; i < 2; i++) {
            server.enqueue(new MockResponse.Builder().addHeader(header).body(body).build());
        }
    }

    private Path onlyEntry() throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            List<Path> entries = files.toList();
            assertThat(entries).hasSize(1);
            return entries.get(0);
        }
    }

    private static StoredResponse stored(URI url) {
        Instant now = Instant.now();
        NetworkResponse response = new NetworkResponse(200, "HTTP/1.1 200 OK", Headers.of("Cache-Control", "max-age=60"),
                new byte[] {'x'}, now, now);
        return new StoredResponse("GET", url, Headers.of(), response);
    }
}
