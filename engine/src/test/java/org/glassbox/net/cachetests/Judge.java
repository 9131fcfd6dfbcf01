package org.glassbox.net.cachetests;

import java.util.Map;
import java.util.Optional;

/**
 * Turns results into verdicts as the suite's results page does ({@code determineTestResult} in
 * its {@code lib/results.mjs}): a test whose dependencies did not all pass is a dependency
 * failure whatever it did itself; then a setup failure is one; then the test's kind decides.
 */
final class Judge {

    private final Map<String, CacheTest> tests;

    /** A judge for tests defined in {@code definitions}, which must hold every dependency. */
    Judge(CacheTestSuite definitions) {
        this.tests = definitions.byId();
    }

    /** The verdict on test {@code id}, given every test's result (a missing result is untested). */
    Verdict verdict(String id, Map<String, TestResult> results) {
        TestResult result = results.get(id);
        if (result == null) {
            return Verdict.UNTESTED;
        }
        if (failedDependency(id, results).isPresent()) {
            return Verdict.DEPENDENCY_FAIL;
        }
        if (result.isSetup()) {
            return result.message().equals("retry") ? Verdict.RETRY : Verdict.SETUP_FAIL;
        }
        return switch (tests.get(id).kind()) {
            case REQUIRED -> result.passed() ? Verdict.PASS : Verdict.FAIL;
            case OPTIMAL -> result.passed() ? Verdict.PASS : Verdict.OPTIONAL_FAIL;
            case CHECK -> result.passed() ? Verdict.YES : Verdict.NO;
        };
    }

    /** The first test {@code id} depends on that did not pass, if any. */
    Optional<String> failedDependency(String id, Map<String, TestResult> results) {
        return tests.get(id).dependsOn().stream()
                .filter(dependency -> !verdict(dependency, results).counts())
                .findFirst();
    }
}
