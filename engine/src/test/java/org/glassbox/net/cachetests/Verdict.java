package org.glassbox.net.cachetests;

import java.util.Locale;

/**
 * How a test's result counts, in the suite's words (its {@code lib/results.mjs}). Only a pass
 * and a yes count towards a total.
 */
enum Verdict {
    /** A required or optimal test passed. */
    PASS,
    /** A required test failed. */
    FAIL,
    /** An optimal test failed: allowed, but not the best behaviour. */
    OPTIONAL_FAIL,
    /** A check answered yes. */
    YES,
    /** A check answered no. */
    NO,
    /** A precondition failed, so the test says nothing about the cache. */
    SETUP_FAIL,
    /** A test this one depends on did not pass, so its result means nothing. */
    DEPENDENCY_FAIL,
    /** The origin saw a request twice: the client retried it behind the test's back. */
    RETRY,
    /** The test was not run. */
    UNTESTED;

    /** Whether the verdict counts as a pass: a pass or a yes. */
    boolean counts() {
        return this == PASS || this == YES;
    }

    /** Such as {@code optional-fail}. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
