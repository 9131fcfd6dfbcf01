package org.glassbox.net.cachetests;

/**
 * A check that did not hold, which ends its test as the suite's {@code assert} does: with a
 * setup failure if the check was a precondition, else with an assertion failure.
 */
final class CheckFailed extends RuntimeException {

    private final transient TestResult result;

    CheckFailed(TestResult result) {
        super(result.message(), null, false, false);
        this.result = result;
    }

    /** Ends the test unless {@code holds}. */
    static void check(boolean setup, boolean holds, String message) {
        if (!holds) {
            throw new CheckFailed(setup ? TestResult.setup(message) : TestResult.assertion(message));
        }
    }

    TestResult result() {
        return result;
    }
}
