package org.glassbox.shell;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import javax.imageio.ImageIO;
import org.glassbox.Engine;
import org.glassbox.LoadException;
import org.glassbox.Page;

/**
 * Renders a reftest's test and reference pages at 800×600 and compares their pixels exactly,
 * as the CSS test suites' harnesses do: the first screen only, as a window would show it.
 */
final class ReftestRunner {

    /** What came of one reftest. */
    record Result(Reftest test, boolean passed, String detail) {}

    private static final int WIDTH = 800;
    private static final int HEIGHT = 600;

    private final ThreadLocal<Engine> engines;
    private final Path diffDirectory;
    private final Path base;

    /**
     * @param fonts extra fonts for the pages, such as Ahem
     * @param diffDirectory where to write the two images of each failure; null for nowhere
     * @param base what test names are relative to
     */
    ReftestRunner(List<Path> fonts, Path diffDirectory, Path base) {
        this.engines = ThreadLocal.withInitial(() -> Engine.builder().viewport(WIDTH, HEIGHT).fonts(fonts).build());
        this.diffDirectory = diffDirectory;
        this.base = base;
    }

    /**
     * Runs {@code tests} on every core at once and hands each result to {@code report} in the
     * tests' order, as soon as it and those before it are done.
     */
    void runAll(List<Reftest> tests, Consumer<Result> report) throws InterruptedException, ExecutionException {
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        try {
            List<Future<Result>> results = new ArrayList<>();
            for (Reftest test : tests) {
                results.add(pool.submit(() -> run(test)));
            }
            for (Future<Result> result : results) {
                report.accept(result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Runs one reftest; a page that cannot be loaded fails it. */
    Result run(Reftest test) {
        try {
            BufferedImage rendered = render(test.test());
            BufferedImage reference = render(test.reference());
            long differing = differingPixels(rendered, reference);
            boolean passed = test.match() == (differing == 0);
            if (!passed) {
                writeImages(test, rendered, reference);
            }
            return new Result(test, passed, passed ? "" : test.match() ? differing + " pixels differ" : "the images are the same");
        } catch (LoadException e) {
            return new Result(test, false, "error: " + e.getMessage());
        } catch (IOException e) {
            return new Result(test, false, "cannot write its images: " + e.getMessage());
        } catch (RuntimeException e) {
            return new Result(test, false, "internal error: " + e); // one broken test must not stop the run
        }
    }

    private void writeImages(Reftest test, BufferedImage rendered, BufferedImage reference) throws IOException {
        if (diffDirectory != null) {
            String name = test.name(base).replaceFirst("^(\\.\\./)+", "").replace('/', '_'); // no hidden ".._" files
            Files.createDirectories(diffDirectory);
            ImageIO.write(rendered, "png", diffDirectory.resolve(name + ".test.png").toFile());
            ImageIO.write(reference, "png", diffDirectory.resolve(name + ".ref.png").toFile());
        }
    }

    private BufferedImage render(Path page) {
        Engine engine = engines.get();
        Page loaded = engine.load(page.toString());
        return engine.rasterize(loaded);
    }

    /** Compares the first screen, 800×600, of two images; what lies below it is not shown in a window. */
    static long differingPixels(BufferedImage a, BufferedImage b) {
        long differing = 0;
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                if (pixel(a, x, y) != pixel(b, x, y)) {
                    differing++;
                }
            }
        }
        return differing;
    }

    /** A pixel's color; outside a smaller image, the white of an empty canvas. */
    private static int pixel(BufferedImage image, int x, int y) {
        return x < image.getWidth() && y < image.getHeight() ? image.getRGB(x, y) & 0xffffff : 0xffffff;
    }
}
