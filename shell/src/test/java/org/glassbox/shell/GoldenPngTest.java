package org.glassbox.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Stream;
import org.glassbox.Engine;
import org.glassbox.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden images: every test page rendered at 800×600, at scale 1 and 2, must give exactly the
 * bytes of {@code testpages/expected/NAME.png} and {@code NAME@2x.png}. The fonts ship with the
 * engine, so the bytes are the same on every machine; any change to layout or painting that
 * moves one pixel shows here. Each golden was looked at beside Chromium's screenshot of the page
 * before it was committed. The pages are served over HTTP by {@code glassbox serve}'s server,
 * as a reader would load them, so that a page's script may fetch the page's other files.
 *
 * <p>When an image differs, the new one is written to {@code shell/target/goldens/} to look at.
 * If the change is meant, regenerate every golden, then look at the ones that changed:
 *
 * <pre>mvn -o -q test -pl shell -am -Dtest=GoldenPngTest -Dsurefire.failIfNoSpecifiedTests=false -Dglassbox.updateGoldens=true</pre>
 */
class GoldenPngTest {

    private static final Path TESTPAGES = Path.of("testpages");
    private static final Path NEW_IMAGES = Path.of("shell/target/goldens");
    private static final boolean UPDATE = Boolean.getBoolean("glassbox.updateGoldens");

    private static FileServer server;

    @BeforeAll
    static void serveTheTestPages() throws IOException {
        server = FileServer.start(TESTPAGES, 0, Optional.empty(), new PrintWriter(Writer.nullWriter()));
    }

    @AfterAll
    static void stopServing() {
        server.close();
    }

    private static Page load(Engine engine, String name) {
        return engine.load(server.url() + name + ".html");
    }

    static Stream<String> pages() throws IOException {
        try (Stream<Path> files = Files.list(TESTPAGES)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".html"))
                    .map(name -> name.replace(".html", "")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void everyTestPageRendersToItsGoldenImage(String name) throws IOException {
        try (Engine engine = Engine.builder().build()) {
            Page page = load(engine, name);
            compare(name + ".png", engine.encodePng(engine.rasterize(page)));
            compare(name + "@2x.png", engine.encodePng(engine.rasterize(page, 2, false)));
        }
    }

    /** The overlay covers the page it is drawn over, at any scale: every page has boxes with areas to tint. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void everyTestPageHasABoxModelOverlayAtScale2(String name) {
        try (Engine engine = Engine.builder().build()) {
            Page page = load(engine, name);
            BufferedImage image = engine.rasterize(page, 2, false);
            BufferedImage overlay = engine.rasterizeBoxModel(page, 2, false);

            assertThat(overlay.getWidth()).isEqualTo(image.getWidth());
            assertThat(overlay.getHeight()).isEqualTo(image.getHeight());
            assertThat(changedPixels(image, overlay)).as("pixels the overlay tints").isGreaterThan(image.getWidth() * 100);
        }
    }

    private static long changedPixels(BufferedImage a, BufferedImage b) {
        long changed = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                changed += a.getRGB(x, y) == b.getRGB(x, y) ? 0 : 1;
            }
        }
        return changed;
    }

    /** The same bytes as the golden, or a failure that says where to find the new image. */
    private static void compare(String file, byte[] rendered) throws IOException {
        Path golden = TESTPAGES.resolve("expected").resolve(file);
        if (UPDATE) {
            Files.write(golden, rendered);
            return;
        }
        boolean same = Files.exists(golden) && Arrays.equals(Files.readAllBytes(golden), rendered);
        if (!same) {
            Files.createDirectories(NEW_IMAGES);
            Files.write(NEW_IMAGES.resolve(file), rendered);
        }
        assertThat(same).as("%s is not what the page renders to now; the new image is %s. If the change is meant,"
                + " regenerate the goldens with -Dglassbox.updateGoldens=true (see GoldenPngTest)", golden,
                NEW_IMAGES.resolve(file)).isTrue();
    }
}
