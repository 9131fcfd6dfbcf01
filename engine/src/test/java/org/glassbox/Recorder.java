package org.glassbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A listener that remembers what it heard: the phases in order, and every message. */
public final class Recorder implements PhaseListener {

    private final List<String> phases = new ArrayList<>();
    private final List<String> messages = new ArrayList<>();

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

    /** Each finished phase as {@code label: summary}. */
    public synchronized List<String> phases() {
        return List.copyOf(phases);
    }

    /** Each message as {@code LEVEL phase: text}. */
    public synchronized List<String> messages() {
        return List.copyOf(messages);
    }
}
