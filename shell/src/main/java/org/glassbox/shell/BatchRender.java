package org.glassbox.shell;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.glassbox.LoadException;

/**
 * {@code glassbox render DIR|LIST -o OUTDIR}: many pages, one PNG each. A page that fails is
 * reported and the batch goes on, so one broken page costs only its own image; the exit code says
 * whether any failed. One line a page on stdout, {@code ok NAME (N ms)} or {@code FAILED NAME: reason}.
 *
 * <p>The pages are rendered on every core: a worker per processor, each with a renderer (an
 * engine) of its own, since an engine serves one page at a time, takes the next page not yet
 * taken. The lines come out in the pages' order, whichever finishes first, so a batch prints the
 * same report however its pages were shared out; the progress bar counts the pages reported.
 */
final class BatchRender {

    /** Renders one page to one PNG file; a failure is thrown, and reported by the batch. */
    interface PageRenderer extends AutoCloseable {
        void render(String address, Path png) throws IOException;

        /** Lets go of what the renderer holds, such as its engine's HTTP cache; nothing by default. */
        @Override
        default void close() {}
    }

    /** How a page went: null for no failure, else why; and how long it took. */
    private record Outcome(String failure, long millis) {}

    private final Supplier<PageRenderer> newRenderer;
    private final int workers;
    private final PrintWriter out;
    private final Optional<ProgressBar> progress;

    /** A batch on {@code workers} threads, each rendering with a renderer {@code renderers} makes for it alone. */
    BatchRender(Supplier<PageRenderer> newRenderer, int workers, PrintWriter out, Optional<ProgressBar> progress) {
        this.newRenderer = newRenderer;
        this.workers = workers;
        this.out = out;
        this.progress = progress;
    }

    /** Renders every page into {@code directory} and returns the exit code: 0, or 1 if any page failed. */
    int run(List<BatchPages.BatchPage> pages, Path directory) throws IOException {
        Files.createDirectories(directory);
        List<CompletableFuture<Outcome>> outcomes = pages.stream().map(page -> new CompletableFuture<Outcome>()).toList();
        List<PageRenderer> renderers = renderers(Math.max(1, Math.min(workers, pages.size())));
        ExecutorService pool = Executors.newFixedThreadPool(renderers.size());
        try {
            AtomicInteger next = new AtomicInteger();
            for (PageRenderer renderer : renderers) {
                pool.execute(() -> renderPagesLeft(renderer, pages, directory, next, outcomes));
            }
            return report(pages, outcomes);
        } finally {
            pool.shutdown();
            renderers.forEach(PageRenderer::close);
        }
    }

    /** The workers' renderers, made here on the calling thread, so that one that cannot be made fails the batch at once. */
    private List<PageRenderer> renderers(int count) {
        List<PageRenderer> made = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            made.add(newRenderer.get());
        }
        return made;
    }

    /**
     * One worker: takes the next page nobody has taken until none is left. An error that no page
     * can be blamed for, such as running out of memory, stops the whole batch, as it would stop a
     * batch on one thread: every page not yet done fails with it, and the workers stop there.
     */
    private static void renderPagesLeft(PageRenderer renderer, List<BatchPages.BatchPage> pages, Path directory,
            AtomicInteger next, List<CompletableFuture<Outcome>> outcomes) {
        try {
            for (int index = next.getAndIncrement(); index < pages.size() && !outcomes.get(index).isDone();
                    index = next.getAndIncrement()) {
                BatchPages.BatchPage page = pages.get(index);
                outcomes.get(index).complete(render(renderer, page.address(), directory.resolve(page.name() + ".png")));
            }
        } catch (Error e) {
            outcomes.forEach(outcome -> outcome.completeExceptionally(e));
        }
    }

    /** Prints each page's line in the pages' order, waiting for each in turn, then the totals. */
    private int report(List<BatchPages.BatchPage> pages, List<CompletableFuture<Outcome>> outcomes) {
        int failed = 0;
        for (int done = 0; done < pages.size(); done++) {
            String name = pages.get(done).name();
            int reported = done;
            progress.ifPresent(bar -> bar.show(reported, name));
            Outcome outcome = outcomes.get(done).join();
            progress.ifPresent(ProgressBar::clear);
            out.println(outcome.failure() == null ? "ok " + name + " (" + outcome.millis() + " ms)"
                    : "FAILED " + name + ": " + outcome.failure());
            out.flush();
            failed += outcome.failure() == null ? 0 : 1;
        }
        out.println((pages.size() - failed) + " rendered, " + failed + " failed");
        return failed == 0 ? 0 : Glassbox.FAILED;
    }

    private static Outcome render(PageRenderer renderer, String address, Path png) {
        long start = System.nanoTime();
        String failure = failureOf(renderer, address, png);
        return new Outcome(failure, (System.nanoTime() - start) / 1_000_000);
    }

    /** Why the page could not be rendered, or null if it was. */
    private static String failureOf(PageRenderer renderer, String address, Path png) {
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
