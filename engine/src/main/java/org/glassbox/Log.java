package org.glassbox;

import org.glassbox.net.FetchTiming;

/**
 * Where a phase reports what a user should hear about: a stylesheet that failed to load, a
 * script error, a script's {@code console.log}. Each message is labelled with the phase that
 * reported it and passed to the engine's {@link PhaseListener}.
 */
public final class Log {

    /** How much a message matters; the shell shows DETAIL only with {@code -v}. */
    public enum Level { DETAIL, INFO, WARNING }

    private final Phase phase;
    private final PhaseListener listener;

    public Log(Phase phase, PhaseListener listener) {
        this.phase = phase;
        this.listener = listener;
    }

    /** Something went wrong but the page goes on: a failed fetch, a script error. */
    public void warn(String text) {
        listener.message(phase, Level.WARNING, text);
    }

    /** Something the page asked to say, such as {@code console.log}. */
    public void info(String text) {
        listener.message(phase, Level.INFO, text);
    }

    /** One step of the phase is done, such as a fetch or a script run: a place where a debugger may stop. */
    public void stepFinished(String summary) {
        listener.stepFinished(phase, summary);
    }

    /** A step worth showing to someone watching closely ({@code -v}). */
    public void detail(String text) {
        listener.message(phase, Level.DETAIL, text);
    }

    /** A fetch is over: when it ran and how long each step took, for a waterfall. */
    public void fetched(FetchTiming timing) {
        listener.fetched(timing);
    }
}
