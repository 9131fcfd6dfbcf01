package org.glassbox.shell;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.glassbox.LoadException;

/**
 * {@code glassbox render DIR|LIST -o OUTDIR}: many pages, one PNG each. A page that fails is
 * reported and the batch goes on, so one broken page costs only its own image; the exit code says
 * whether any failed. One line a page on stdout, {@code ok NAME (N ms)} or {@code FAILED NAME: reason}.
 */
final class BatchRender {

    /** Renders one page to one PNG file; a failure is thrown, and reported by the batch. */
    interface PageRenderer {
        void render(String address, Path png) throws IOException;
    }

    private final PageRenderer renderer;
    private final PrintWriter out;
    private final Optional<ProgressBar> progress;

    BatchRender(PageRenderer renderer, PrintWriter out, Optional<ProgressBar> progress) {
        this.renderer = renderer;
        this.out = out;
        this.progress = progress;
    }

    /** Renders every page into {@code directory} and returns the exit code: 0, or 1 if any page failed. */
    int run(List<BatchPages.BatchPage> pages, Path directory) throws IOException {
        Files.createDirectories(directory);
        int failed = 0;
        for (int done = 0; done < pages.size(); done++) {
            BatchPages.BatchPage page = pages.get(done);
            int index = done;
            progress.ifPresent(bar -> bar.show(index, page.name()));
            boolean ok = render(page, directory.resolve(page.name() + ".png"));
            failed += ok ? 0 : 1;
        }
        out.println((pages.size() - failed) + " rendered, " + failed + " failed");
        return failed == 0 ? 0 : Glassbox.FAILED;
    }

    private boolean render(BatchPages.BatchPage page, Path png) {
        long start = System.nanoTime();
        String failure = failureOf(page.address(), png);
        long millis = (System.nanoTime() - start) / 1_000_000;
        progress.ifPresent(ProgressBar::clear);
        out.println(failure == null ? "ok " + page.name() + " (" + millis + " ms)" : "FAILED " + page.name() + ": " + failure);
        out.flush();
        return failure == null;
    }

    /** Why the page could not be rendered, or null if it was. */
    private String failureOf(String address, Path png) {
        try {
            renderer.render(address, png);
            return null;
        } catch (LoadException e) {
            return e.getMessage();
        } catch (IOException e) {
            return "cannot write " + png + ": " + e.getMessage();
        } catch (RuntimeException | StackOverflowError e) {
            // A bug shown by one page must not stop the others; the stack has unwound, the engine is still sound.
            return "internal error: " + e;
        }
    }
}
