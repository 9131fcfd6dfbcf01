package org.glassbox.net.cachetests;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The HTTP caching test suite's definitions (http-tests/cache-tests, exported to
 * {@code cache-tests.json}): a list of suites, each a list of tests. Selections keep the suites
 * and drop tests, so that passes can still be counted suite by suite.
 */
record CacheTestSuite(List<Suite> suites) {

    /** The exported definitions, relative to the repository root the tests run in. */
    static final Path DEFINITIONS = Path.of("../shared/cache-tests/cache-tests.json");

    /** A group of tests on one topic, such as {@code cc-freshness}. */
    record Suite(String id, List<CacheTest> tests) {}

    CacheTestSuite {
        suites = List.copyOf(suites);
    }

    /** Reads the definitions from {@code file}. */
    static CacheTestSuite read(Path file) throws IOException {
        List<Suite> suites = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file)) {
            for (JsonElement element : JsonParser.parseReader(reader).getAsJsonArray()) {
                suites.add(suite(element.getAsJsonObject()));
            }
        }
        return new CacheTestSuite(suites);
    }

    private static Suite suite(JsonObject suite) {
        List<CacheTest> tests = new ArrayList<>();
        suite.getAsJsonArray("tests").forEach(test -> tests.add(CacheTest.fromJson(test.getAsJsonObject())));
        return new Suite(suite.get("id").getAsString(), tests);
    }

    /** The tests a browser's private cache is judged on, as the suite's browser runner selects them. */
    CacheTestSuite browserMode() {
        return select(CacheTest::inBrowserMode);
    }

    /** Only the tests named, for debugging one test at a time. */
    CacheTestSuite only(Set<String> ids) {
        return select(test -> ids.contains(test.id()));
    }

    private CacheTestSuite select(Predicate<CacheTest> keep) {
        List<Suite> kept = new ArrayList<>();
        for (Suite suite : suites) {
            List<CacheTest> tests = suite.tests().stream().filter(keep).toList();
            if (!tests.isEmpty()) {
                kept.add(new Suite(suite.id(), tests));
            }
        }
        return new CacheTestSuite(kept);
    }

    /** Every test, suite after suite. */
    List<CacheTest> tests() {
        return suites.stream().flatMap(suite -> suite.tests().stream()).toList();
    }

    /** Every test by its id. */
    Map<String, CacheTest> byId() {
        Map<String, CacheTest> tests = new LinkedHashMap<>();
        tests().forEach(test -> tests.put(test.id(), test));
        return tests;
    }
}
