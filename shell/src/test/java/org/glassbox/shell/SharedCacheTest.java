package org.glassbox.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.glassbox.shell.GlassboxTest.glassbox;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.glassbox.shell.GlassboxTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Four {@code glassbox} processes render the same 25 pages at the same moment with one cache
 * directory, against the file server: every page is revalidated on every use (no-cache), so the
 * processes keep rewriting the same entries while the others read them. Nothing may be lost or
 * corrupted: every render succeeds with the right picture, and afterwards the directory holds one
 * readable entry per URL and nothing else, as a later render's cache hits show.
 */
class SharedCacheTest {

    private static final int PROCESSES = 4;
    private static final int PAGES = 25;

    /** Pages, their stylesheets, and the stylesheet, image and script they share. */
    private static final int URLS = 2 * PAGES + 3;

    /** A small viewport: the pictures only need to differ, and raster and PNG time is most of a small page's. */
    private static final String[] VIEWPORT = {"--width", "200", "--height", "100"};

    @TempDir
    Path temp;

    @Test
    void fourProcessesRenderingAtOnceWithOneCacheDirectoryLoseAndCorruptNothing() throws Exception {
        Path cache = temp.resolve("cache");
        try (FileServer server = FileServer.start(site(temp.resolve("site")), 0, Optional.empty(), new PrintWriter(Writer.nullWriter()))) {
            Path list = Files.write(temp.resolve("pages.txt"),
                    IntStream.rangeClosed(1, PAGES).mapToObj(page -> server.url() + name(page) + ".html").toList());

            renderAtOnce(list, cache);

            Path expected = temp.resolve("expected");
            assertThat(glassbox(args(list, expected, "--no-cache")).exitCode()).isZero();
            for (int i = 0; i < PROCESSES; i++) {
                assertSamePictures(expected, output(i));
            }
            assertThat(entries(cache)).hasSize(URLS).allMatch(entry -> entry.getFileName().toString().endsWith(".json"));
            Run later = glassbox(args(list, temp.resolve("later"), "--cache-dir", cache.toString(), "-v"));
            assertThat(later.err()).doesNotContain("cache     miss", "warning");
            assertThat(verdicts(later, "hit")).as("both stylesheets and the image, on every page").isEqualTo(3 * PAGES);
            assertThat(verdicts(later, "revalidated")).as("the page and the script").isEqualTo(2 * PAGES);
        }
    }

    /**
     * Starts the processes together and waits for them all. Each must render every page, and
     * never meet an entry it cannot read: that would be a warning in its log.
     */
    private void renderAtOnce(Path list, Path cache) throws IOException, InterruptedException {
        List<Process> processes = new ArrayList<>();
        try {
            for (int i = 0; i < PROCESSES; i++) {
                processes.add(render(list, output(i), log(i), "--cache-dir", cache.toString(), "-v"));
            }
            for (int i = 0; i < PROCESSES; i++) {
                assertThat(processes.get(i).waitFor(120, TimeUnit.SECONDS)).as("finished").isTrue();
                String log = Files.readString(log(i));
                assertThat(processes.get(i).exitValue()).as(log).isZero();
                assertThat(log).doesNotContain("warning").endsWith(PAGES + " rendered, 0 failed\n");
            }
        } finally {
            processes.forEach(Process::destroyForcibly);
        }
    }

    /**
     * 25 pages, each with its own stylesheet and color, all with a shared stylesheet, image and
     * script. Pages and the script are no-cache, so each use rewrites their entries after a 304;
     * stylesheets and the image are fresh for an hour, so they are written once and then read.
     */
    private static Path site(Path site) throws IOException {
        Files.createDirectories(site);
        Files.writeString(site.resolve("_headers"), """
                /*.html
                  Cache-Control: no-cache
                /*.js
                  Cache-Control: no-cache
                /*.css
                  Cache-Control: max-age=3600
                /*.png
                  Cache-Control: max-age=3600
                """);
        Files.writeString(site.resolve("shared.css"), "body { margin: 0 } .box { width: 100px; height: 40px }");
        Files.writeString(site.resolve("shared.js"), "document.getElementById('title').textContent = document.title;");
        ImageIO.write(new BufferedImage(20, 20, BufferedImage.TYPE_INT_RGB), "png", site.resolve("shared.png").toFile());
        for (int page = 1; page <= PAGES; page++) {
            Files.writeString(site.resolve(name(page) + ".css"), ".box { background: rgb(%d, 0, %d) }".formatted(page * 10, 255 - page * 10));
            Files.writeString(site.resolve(name(page) + ".html"), """
                    <!DOCTYPE html><title>%1$s</title>
                    <link rel=stylesheet href=shared.css><link rel=stylesheet href=%1$s.css>
                    <div class=box></div><img src=shared.png><span id=title></span><script src=shared.js></script>
                    """.formatted(name(page)));
        }
        return site;
    }

    private static String name(int page) {
        return "p%02d".formatted(page);
    }

    /** The command line of a batch render of {@code list} into {@code out}. */
    private static String[] args(Path list, Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("render", list.toString(), "-o", out.toString()));
        args.addAll(List.of(VIEWPORT));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    private Path output(int process) {
        return temp.resolve("out" + process);
    }

    private Path log(int process) {
        return temp.resolve("log" + process + ".txt");
    }

    /**
     * Starts {@code glassbox render} in a JVM of its own, from this test's class path, its output
     * going to {@code log}. Only the quick compiler (C1) and the serial collector: for a short run
     * of small pages they start faster and take less of the machine from the processes beside them.
     */
    private static Process render(Path list, Path out, Path log, String... more) throws IOException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), Glassbox.class.getName()));
        command.addAll(List.of(args(list, out, more)));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** How many fetches the cache answered with {@code verdict}, such as {@code hit}. */
    private static long verdicts(Run run, String verdict) {
        return run.err().lines().filter(line -> line.contains("cache     " + verdict)).count();
    }

    private static void assertSamePictures(Path expected, Path actual) throws IOException {
        List<Path> pictures = entries(expected);
        assertThat(pictures).hasSize(PAGES);
        for (Path picture : pictures) {
            assertThat(pixels(actual.resolve(picture.getFileName()))).as(actual.resolve(picture.getFileName()).toString())
                    .isEqualTo(pixels(picture));
        }
    }

    private static int[] pixels(Path png) {
        try {
            BufferedImage image = ImageIO.read(png.toFile());
            return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> entries(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.sorted().toList();
        }
    }
}
