package org.glassbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline under a fuzzer: whatever bytes a page holds, the engine turns them into a
 * PNG, or at worst says in a {@link LoadException} that it could not load the page — never
 * another exception (DESIGN.md, principle 7: bad input never crashes the engine), and in bounded
 * time. Scripts run, with a small budget, so that a loop the fuzzer writes is cut short as any
 * page's would be.
 *
 * <p>{@code mvn test} runs the seeds in {@code PipelineFuzzTestInputs/}; {@code JAZZER_FUZZ=1}
 * fuzzes (see the README).
 */
class PipelineFuzzTest {

    /** Far longer than any seed takes: a page still loading after this has hung. */
    private static final Duration DEADLINE = Duration.ofSeconds(30);

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @TempDir
    static Path directory;

    private static Engine engine;
    /** Loads run here, so that the test can give up on one that hangs. */
    private static ExecutorService loader;

    @BeforeAll
    static void start() {
        // A small viewport: fewer pixels to paint and encode, more pages a second for the fuzzer.
        engine = Engine.builder().viewport(320, 240).scriptBudget(Duration.ofMillis(200)).readTimeout(Duration.ofSeconds(2))
                .build();
        loader = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "fuzzed-page");
            thread.setDaemon(true);
            return thread;
        });
    }

    @AfterAll
    static void stop() {
        loader.shutdownNow();
        engine.close();
    }

    /** The words of pages that reach far into the pipeline, for the fuzzer to splice in. */
    @FuzzTest
    @DictionaryEntries({"<table>", "<tr>", "<td colspan=", "<ol start=", "<li value=", "<img src=", "<br>", "<pre>",
            "<div style='", "display:", "inline-block", "table-cell", "list-item", "float:left", "clear:both",
            "position:absolute", "position:relative", "::before", "::first-letter", "content:", "counter(", "calc(",
            "width:", "height:", "margin:-", "line-height:", "vertical-align:", "<script>", "innerHTML=", "setTimeout(",
            "getBoundingClientRect()", "</div>"})
    void anyPageBecomesAPng(byte[] html) throws Throwable {
        Path page = Files.write(directory.resolve("page.html"), html);
        Future<byte[]> png = loader.submit(() -> render(page));
        try {
            assertThat(png.get(DEADLINE.toSeconds(), TimeUnit.SECONDS)).startsWith(PNG_SIGNATURE);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof LoadException)) {
                throw e.getCause(); // the engine's own exception, as the fuzzer should report it
            }
        } catch (TimeoutException e) {
            png.cancel(true);
            fail("the page did not render within " + DEADLINE.toSeconds() + " s");
        }
    }

    private static byte[] render(Path page) {
        Page loaded = engine.load(page.toString());
        return engine.encodePng(engine.rasterize(loaded));
    }
}
