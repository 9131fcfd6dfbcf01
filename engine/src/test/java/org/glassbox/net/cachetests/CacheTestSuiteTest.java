package org.glassbox.net.cachetests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.glassbox.Log;
import org.glassbox.Phase;
import org.glassbox.PhaseListener;
import org.glassbox.net.Network;
import org.glassbox.net.cachetests.Scoreboard.Entrant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Glassbox's HTTP cache against the HTTP caching test suite (cache-tests.fyi) in browser mode:
 * every test a browser's private cache is judged on, replayed through Glassbox's network layer
 * against a loopback {@link Origin}, judged as the suite judges, and counted beside the
 * published results of Chrome, Firefox and Safari. The table goes to stdout, each test's
 * outcome to {@value #OUTCOMES}.
 *
 * <p>Tests run in parallel so that their 3-second pauses overlap: the run takes about as long
 * as the slowest few tests. {@code -DcacheTests.only=ID,ID} runs only the tests named, without
 * the ratchet; the tests they depend on are then untested, so they show as dependency failures
 * with their own result beside.
 */
class CacheTestSuiteTest {

    /**
     * The best total Glassbox has reached: a ratchet, so that the cache never quietly gets
     * worse. OkHttp's cache alone reached 186 when the harness was written; Glassbox's own cache
     * reached 262. Raise it whenever the cache passes more tests, and never lower it.
     */
    private static final int BEST_SO_FAR = 262;

    private static final String OUTCOMES = "engine/target/cache-tests-results.txt";

    private static final Path PUBLISHED_RESULTS = Path.of("../shared/cache-tests/results");

    /** Enough threads that nearly every test waits out its pauses side by side with the others. */
    private static final int PARALLEL_TESTS = 64;

    @TempDir
    Path cacheDirectory;

    @Test
    void glassboxPassesAsManyCacheTestsAsItEverHas() throws Exception {
        CacheTestSuite definitions = CacheTestSuite.read(CacheTestSuite.DEFINITIONS);
        Set<String> only = onlyRequested();
        CacheTestSuite selection = only.isEmpty() ? definitions.browserMode() : definitions.only(only);

        Scoreboard scoreboard = new Scoreboard(selection, new Judge(definitions),
                new Entrant("Glassbox", run(selection)), browsers());
        Files.writeString(Path.of(OUTCOMES), scoreboard.outcomes());
        System.out.println("HTTP caching tests, " + (only.isEmpty() ? "browser mode" : "only " + only)
                + "; why each fails: " + OUTCOMES);
        System.out.print(scoreboard.table());
        System.out.println("Not passed by Glassbox, passed by two or more browsers:");
        scoreboard.behindBrowsers(2).forEach(test -> System.out.println("  " + test));

        if (only.isEmpty()) {
            assertThat(scoreboard.glassboxTotal()).as("tests passed; the best so far is " + BEST_SO_FAR)
                    .isGreaterThanOrEqualTo(BEST_SO_FAR);
        }
    }

    @Test
    void theJudgingReproducesTheBrowsersPublishedTotals() throws Exception {
        CacheTestSuite definitions = CacheTestSuite.read(CacheTestSuite.DEFINITIONS);
        CacheTestSuite selection = definitions.browserMode();
        Scoreboard scoreboard = new Scoreboard(selection, new Judge(definitions), new Entrant("nobody", Map.of()),
                browsers());

        assertThat(selection.tests()).hasSize(300);
        assertThat(browsers().stream().map(scoreboard::total)).containsExactly(201, 197, 187);
    }

    /** Runs the tests concurrently through one network layer with a fresh cache, as one browser would. */
    private Map<String, TestResult> run(CacheTestSuite selection) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL_TESTS);
        try (Network network = new Network(new Log(Phase.FETCH, PhaseListener.NONE), List.of(),
                Optional.of(cacheDirectory), Network.DEFAULT_READ_TIMEOUT); Origin origin = Origin.start()) {
            Map<String, Future<TestResult>> running = new LinkedHashMap<>();
            for (CacheTest test : selection.tests()) {
                running.put(test.id(), pool.submit(() -> new Replay(test, network, origin).run()));
            }
            Map<String, TestResult> results = new LinkedHashMap<>();
            for (Map.Entry<String, Future<TestResult>> test : running.entrySet()) {
                results.put(test.getKey(), test.getValue().get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<Entrant> browsers() throws Exception {
        List<Entrant> browsers = new ArrayList<>();
        for (String browser : List.of("Chrome", "Firefox", "Safari")) {
            Path file = PUBLISHED_RESULTS.resolve(browser.toLowerCase(Locale.ROOT) + ".json");
            browsers.add(new Entrant(browser, TestResult.readPublished(file)));
        }
        return browsers;
    }

    private static Set<String> onlyRequested() {
        return Arrays.stream(System.getProperty("cacheTests.only", "").split(",")).map(String::strip)
                .filter(id -> !id.isEmpty()).collect(Collectors.toSet());
    }
}
