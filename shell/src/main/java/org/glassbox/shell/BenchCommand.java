package org.glassbox.shell;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.glassbox.Engine;
import org.glassbox.Page;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code glassbox bench PAGE…}: renders each page many times in one JVM, with one engine as a
 * user's batch would, from the address to the PNG bytes, and prints the median time of every
 * phase, of the whole render, and the pages per second. The warm-up runs come first and are not
 * counted: they give the JIT compiler and the engine's caches their chance, so the table shows a
 * warm engine's speed.
 *
 * <p>{@code glassbox bench --scale} renders {@link ScalePage}s of 1,000, 10,000 and 100,000
 * elements instead, and adds how much each phase grew from the second largest page to the largest:
 * a phase that is linear in the page's size grows ten times.
 */
@Command(name = "bench", description = "Render pages repeatedly and print the median time of each phase.")
final class BenchCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "PAGE", description = "addresses of the pages: URLs, host names or file paths")
    List<String> pages = new ArrayList<>();

    @Option(names = "--scale", description = "render generated pages of growing size instead, and print how each phase grows")
    boolean scale;

    @Option(names = "--sizes", split = ",", paramLabel = "N", defaultValue = "1000,10000,100000",
            description = "the elements in each --scale page, smallest first (default: ${DEFAULT-VALUE})")
    List<Integer> sizes;

    @Option(names = "--runs", paramLabel = "N", description = "measured renders of each page (default: ${DEFAULT-VALUE})")
    int runs = 10;

    @Option(names = "--warmup", paramLabel = "N", description = "renders of each page before measuring (default: ${DEFAULT-VALUE})")
    int warmup = 3;

    @Mixin
    PageOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        checkOptions();
        PrintWriter out = spec.commandLine().getOut();
        PhaseTimes times = new PhaseTimes();
        try (Engine engine = options.engine(times)) {
            out.println("median milliseconds of " + runs + " runs after " + warmup + " warm-up runs");
            if (scale) {
                benchScale(engine, times, out);
            } else {
                benchPages(engine, times, out);
            }
        }
        out.flush();
        return 0;
    }

    private void checkOptions() {
        if (runs < 1 || warmup < 0) {
            throw new ParameterException(spec.commandLine(), "--runs must be at least 1 and --warmup at least 0");
        }
        if (scale == !pages.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "give either pages or --scale");
        }
        if (sizes.size() < 2 || sizes.stream().anyMatch(size -> size < ScalePage.MIN_ELEMENTS)) {
            throw new ParameterException(spec.commandLine(),
                    "--sizes needs two sizes or more, each of at least " + ScalePage.MIN_ELEMENTS + " elements");
        }
    }

    /** A row for each page the user named. */
    private void benchPages(Engine engine, PhaseTimes times, PrintWriter out) {
        BenchTable table = new BenchTable(pages);
        out.println(table.header());
        for (String page : pages) {
            out.println(table.row(page, measure(engine, page, times)));
        }
    }

    /**
     * A row for each generated page, written to a temporary file to be loaded as any page is, then
     * the growth from the second largest to the largest. The canvas stops at 16,384 pixels, so
     * raster and encode stop growing once a page is taller than that.
     */
    private void benchScale(Engine engine, PhaseTimes times, PrintWriter out) throws IOException {
        List<String> labels = sizes.stream().map(size -> size + " elements").toList();
        String ratioLabel = sizes.get(sizes.size() - 1) + "/" + sizes.get(sizes.size() - 2);
        BenchTable table = new BenchTable(Stream.concat(labels.stream(), Stream.of(ratioLabel)).toList());
        out.println(table.header());
        List<List<BenchTable.Run>> measured = new ArrayList<>();
        for (int i = 0; i < sizes.size(); i++) {
            measured.add(measureScalePage(engine, sizes.get(i), times));
            out.println(table.row(labels.get(i), measured.get(i)));
            out.flush();
        }
        out.println(table.ratioRow(ratioLabel, measured.get(measured.size() - 1), measured.get(measured.size() - 2)));
    }

    private List<BenchTable.Run> measureScalePage(Engine engine, int elements, PhaseTimes times) throws IOException {
        Path file = Files.createTempFile("glassbox-scale-" + elements + "-", ".html");
        try {
            Files.writeString(file, ScalePage.html(elements));
            return measure(engine, file.toString(), times);
        } finally {
            Files.delete(file);
        }
    }

    /** Renders {@code page} for the warm-up, then {@link #runs} times more, and returns what each measured run took. */
    private List<BenchTable.Run> measure(Engine engine, String page, PhaseTimes times) {
        List<BenchTable.Run> measured = new ArrayList<>();
        for (int run = 0; run < warmup + runs; run++) {
            long start = System.nanoTime();
            render(engine, page);
            BenchTable.Run timed = new BenchTable.Run(times.takeRun(), Duration.ofNanos(System.nanoTime() - start));
            if (run >= warmup) {
                measured.add(timed);
            }
        }
        return measured;
    }

    /** What {@code glassbox render} does to a page, short of writing the file. */
    private static void render(Engine engine, String address) {
        Page page = engine.load(address);
        engine.encodePng(engine.rasterize(page));
    }
}
