package org.glassbox.net.cachetests;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What running one test gave, before judging, in the form the suite publishes results in: a pass
 * ({@code true}), or the name of the error that stopped the test and its message, such as
 * {@code ["Assertion", "Response 2 does not come from cache"]}. {@code Setup} names a failed
 * precondition; anything else but {@code Assertion} is an error, such as a fetch that failed.
 *
 * @param error empty for a pass
 */
record TestResult(String error, String message) {

    static final TestResult PASS = new TestResult("", "");

    /** A check on the cache's behaviour failed. */
    static TestResult assertion(String message) {
        return new TestResult("Assertion", message);
    }

    /** A precondition failed: the test could not set up what it meant to test. */
    static TestResult setup(String message) {
        return new TestResult("Setup", message);
    }

    /** The test stopped on an error, such as a fetch that brought nothing back. */
    static TestResult error(String name, String message) {
        return new TestResult(name, message);
    }

    boolean passed() {
        return error.isEmpty();
    }

    boolean isSetup() {
        return error.equals("Setup");
    }

    /** Reads published results: test id → {@code true} or {@code [error, message]}. */
    static Map<String, TestResult> readPublished(Path file) throws IOException {
        Map<String, TestResult> results = new LinkedHashMap<>();
        try (Reader reader = Files.newBufferedReader(file)) {
            JsonParser.parseReader(reader).getAsJsonObject().entrySet()
                    .forEach(entry -> results.put(entry.getKey(), fromJson(entry.getValue())));
        }
        return results;
    }

    private static TestResult fromJson(JsonElement result) {
        if (result.isJsonPrimitive() && result.getAsBoolean()) {
            return PASS;
        }
        var errorAndMessage = result.getAsJsonArray();
        return new TestResult(errorAndMessage.get(0).getAsString(), errorAndMessage.get(1).getAsString());
    }

    /** Reads like {@code Assertion: Response 2 does not come from cache}, or {@code pass}. */
    @Override
    public String toString() {
        return passed() ? "pass" : error + ": " + message;
    }
}
