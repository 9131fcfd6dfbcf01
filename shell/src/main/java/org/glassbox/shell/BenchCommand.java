package org.glassbox.shell;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
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
 */
@Command(name = "bench", description = "Render pages repeatedly and print the median time of each phase.")
final class BenchCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PAGE", description = "addresses of the pages: URLs, host names or file paths")
    List<String> pages;

    @Option(names = "--runs", paramLabel = "N", description = "measured renders of each page (default: ${DEFAULT-VALUE})")
    int runs = 10;

    @Option(names = "--warmup", paramLabel = "N", description = "renders of each page before measuring (default: ${DEFAULT-VALUE})")
    int warmup = 3;

    @Mixin
    PageOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (runs < 1 || warmup < 0) {
            throw new ParameterException(spec.commandLine(), "--runs must be at least 1 and --warmup at least 0");
        }
        PrintWriter out = spec.commandLine().getOut();
        PhaseTimes times = new PhaseTimes();
        BenchTable table = new BenchTable(pages);
        try (Engine engine = options.engine(times)) {
            out.println("median milliseconds of " + runs + " runs after " + warmup + " warm-up runs");
            out.println(table.header());
            for (String page : pages) {
                out.println(table.row(page, measure(engine, page, times)));
            }
        }
        out.flush();
        return 0;
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
