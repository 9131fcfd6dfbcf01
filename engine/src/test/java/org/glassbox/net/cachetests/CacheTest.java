package org.glassbox.net.cachetests;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One test of the HTTP caching test suite: a sequence of requests made through the cache, and how
 * its outcome counts.
 *
 * @param kind how a failure counts: a {@code required} test fails, an {@code optimal} one fails
 *     optionally, a {@code check} answers no
 * @param dependsOn tests that must pass (or answer yes) for this one to mean anything
 * @param browserSkip whether the suite leaves it out for browsers, whose Fetch API cannot make it
 * @param cdnOnly whether it is about shared caches (CDNs) only
 */
record CacheTest(String id, Kind kind, List<String> dependsOn, boolean browserSkip, boolean cdnOnly,
        List<TestRequest> requests) {

    /** How the suite counts a test's failure. */
    enum Kind { REQUIRED, OPTIMAL, CHECK }

    CacheTest {
        dependsOn = List.copyOf(dependsOn);
        requests = List.copyOf(requests);
    }

    /** The test as the suite's JSON describes it. */
    static CacheTest fromJson(JsonObject test) {
        List<String> dependsOn = new ArrayList<>();
        if (test.has("depends_on")) {
            test.getAsJsonArray("depends_on").forEach(id -> dependsOn.add(id.getAsString()));
        }
        List<TestRequest> requests = new ArrayList<>();
        test.getAsJsonArray("requests").forEach(entry -> requests.add(new TestRequest(entry.getAsJsonObject())));
        String kind = test.has("kind") ? test.get("kind").getAsString() : "required";
        return new CacheTest(test.get("id").getAsString(), Kind.valueOf(kind.toUpperCase(Locale.ROOT)), dependsOn,
                flag(test, "browser_skip"), flag(test, "cdn_only"), requests);
    }

    private static boolean flag(JsonObject test, String name) {
        JsonElement value = test.get(name);
        return value != null && value.getAsBoolean();
    }

    /** Whether a browser's private cache is judged on this test: neither browser_skip nor cdn_only. */
    boolean inBrowserMode() {
        return !browserSkip && !cdnOnly;
    }
}
