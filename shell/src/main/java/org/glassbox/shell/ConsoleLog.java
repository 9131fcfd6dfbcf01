package org.glassbox.shell;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import org.glassbox.Log;
import org.glassbox.Phase;
import org.glassbox.PhaseListener;

/**
 * Writes the engine's story to stderr: one line a phase with its duration and what it made,
 * and the phases' messages. Details appear only when verbose; quiet shows nothing.
 */
final class ConsoleLog implements PhaseListener {

    /** How much to show: {@code -q}, the default, or {@code -v}. */
    enum Verbosity { QUIET, NORMAL, VERBOSE }

    private final PrintWriter err;
    private final Verbosity verbosity;

    ConsoleLog(PrintWriter err, Verbosity verbosity) {
        this.err = err;
        this.verbosity = verbosity;
    }

    @Override
    public void phaseFinished(Phase phase, Duration duration, Object artifact, String summary) {
        if (verbosity != Verbosity.QUIET) {
            double millis = duration.toNanos() / 1e6;
            err.println(String.format(Locale.ROOT, "%-14s %8.1f ms  %s", "[" + phase.label() + "]", millis, summary));
            err.flush();
        }
    }

    @Override
    public void message(Phase phase, Log.Level level, String text) {
        boolean shown = switch (level) {
            case DETAIL -> verbosity == Verbosity.VERBOSE;
            case INFO, WARNING -> verbosity != Verbosity.QUIET;
        };
        if (shown) {
            String prefix = level == Log.Level.WARNING ? "warning: " : "";
            err.println(String.format(Locale.ROOT, "%-14s %s%s", "[" + phase.label() + "]", prefix, text));
            err.flush();
        }
    }
}
