package org.glassbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.glassbox.net.FetchTiming;

/** A listener that remembers what it heard: the phases in order, every message, every fetch's timing. */
public final class Recorder implements PhaseListener {

    private final List<String> phases = new ArrayList<>();
    private final List<String> messages = new ArrayList<>();
    private final List<FetchTiming> fetches = new ArrayList<>();

    /** A log for {@code phase} that reports to this recorder. */
    public Log log(Phase phase) {
        return new Log(phase, this);
    }

    @Override
    public synchronized void phaseFinished(Phase phase, Duration duration, Object artifact, String summary) {
        phases.add(phase.label() + ": " + summary);
    }

    @Override
    public synchronized void message(Phase phase, Log.Level level, String text) {
        messages.add(level + " " + phase.label() + ": " + text);
    }

    @Override
    public synchronized void fetched(FetchTiming timing) {
        fetches.add(timing);
    }

    /** Each finished phase as {@code label: summary}. */
    public synchronized List<String> phases() {
        return List.copyOf(phases);
    }

    /** Each message as {@code LEVEL phase: text}. */
    public synchronized List<String> messages() {
        return List.copyOf(messages);
    }

    /** The timing of each fetch, in the order they ended. */
    public synchronized List<FetchTiming> fetches() {
        return List.copyOf(fetches);
    }
}
