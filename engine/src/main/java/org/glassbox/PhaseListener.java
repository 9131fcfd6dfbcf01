package org.glassbox;

import java.time.Duration;
import org.glassbox.net.FetchTiming;

/**
 * Watches a page load: told when each phase starts and ends, and what it reported on the way.
 * Logging, dumps and debug stepping are listeners; the phases themselves know none of them.
 */
public interface PhaseListener {

    /** A listener that ignores everything. */
    PhaseListener NONE = new PhaseListener() {};

    /** Called just before {@code phase} starts. */
    default void phaseStarted(Phase phase) {}

    /**
     * Called when {@code phase} has produced its artifact.
     *
     * @param summary one line describing the artifact, such as {@code 24 elements}
     */
    default void phaseFinished(Phase phase, Duration duration, Object artifact, String summary) {}

    /**
     * Called when a phase has finished one step of its work: one fetch (with the cache's
     * verdict), one script run. Debug stepping pauses here as it does after a phase.
     *
     * @param summary one line saying what the step did
     */
    default void stepFinished(Phase phase, String summary) {}

    /** A message reported by a phase: a warning, a script's console output, a detail for -v. */
    default void message(Phase phase, Log.Level level, String text) {}

    /**
     * Called when a fetch is over, with the timing of its steps (DNS, connect, TLS, waiting,
     * download), from the thread that made it: subresources are fetched in parallel.
     */
    default void fetched(FetchTiming timing) {}
}
