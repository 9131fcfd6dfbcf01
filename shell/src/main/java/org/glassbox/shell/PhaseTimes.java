package org.glassbox.shell;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.glassbox.Phase;
import org.glassbox.PhaseListener;

/**
 * A listener that adds up how long each phase took in one run of a page, for {@code glassbox
 * bench}. A phase that runs twice in a run (paint, for an overlay) counts both times.
 */
final class PhaseTimes implements PhaseListener {

    private final Map<Phase, Duration> durations = new EnumMap<>(Phase.class);

    @Override
    public void phaseFinished(Phase phase, Duration duration, Object artifact, String summary) {
        durations.merge(phase, duration, Duration::plus);
    }

    /** The time each phase took since the last call, zero for a phase that did not run; starts the next run afresh. */
    Map<Phase, Duration> takeRun() {
        Map<Phase, Duration> run = new EnumMap<>(Phase.class);
        for (Phase phase : Phase.values()) {
            run.put(phase, durations.getOrDefault(phase, Duration.ZERO));
        }
        durations.clear();
        return run;
    }
}
