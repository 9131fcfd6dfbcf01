package org.glassbox.shell;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.glassbox.Log;
import org.glassbox.Phase;
import org.glassbox.PhaseListener;
import org.glassbox.net.FetchTiming;

/**
 * What happened when, while a page loaded: every phase with its start, duration and summary,
 * every message, every fetch's timing. It passes all it hears on to the listener it wraps (the
 * console log), so a command can both show the story and keep it for {@code --dump-dir}, the
 * trace and the report. Fetches end on their own threads, so every method is synchronized.
 *
 * <p>Times are in ms since the timeline's origin: the start of the first phase or fetch it heard
 * of.
 */
final class Timeline implements PhaseListener {

    /** A phase that ran: its start in ms since the origin, its duration in ms, and what it made. */
    record PhaseTime(Phase phase, double start, double millis, String summary) {}

    /** One thing heard, kept in order so that a log can be written again from it. */
    private sealed interface Event permits Finished, Message {}

    private record Finished(Phase phase, long startNanos, Duration duration, String summary) implements Event {}

    private record Message(Phase phase, Log.Level level, String text) implements Event {}

    private final PhaseListener next;
    private final List<Event> events = new ArrayList<>();
    private final List<FetchTiming> fetches = new ArrayList<>();
    private final Deque<Long> started = new ArrayDeque<>();

    /** @param next who hears everything too, such as the {@link ConsoleLog} */
    Timeline(PhaseListener next) {
        this.next = next;
    }

    /** Notes when the phase starts: after the listener it wraps has heard, as the engine starts its clock then. */
    @Override
    public void phaseStarted(Phase phase) {
        next.phaseStarted(phase);
        synchronized (this) {
            started.push(System.nanoTime());
        }
    }

    @Override
    public void phaseFinished(Phase phase, Duration duration, Object artifact, String summary) {
        synchronized (this) {
            events.add(new Finished(phase, started.pop(), duration, summary));
        }
        next.phaseFinished(phase, duration, artifact, summary);
    }

    @Override
    public void message(Phase phase, Log.Level level, String text) {
        synchronized (this) {
            events.add(new Message(phase, level, text));
        }
        next.message(phase, level, text);
    }

    @Override
    public void fetched(FetchTiming timing) {
        synchronized (this) {
            fetches.add(timing);
        }
        next.fetched(timing);
    }

    /** The phases that have finished, in the order they ran. */
    synchronized List<PhaseTime> phases() {
        long origin = origin();
        return finished().map(phase -> new PhaseTime(phase.phase(), millisSince(origin, phase.startNanos()),
                phase.duration().toNanos() / 1e6, phase.summary())).toList();
    }

    /** The fetches that have ended, in the order they began, as a waterfall lists them. */
    synchronized List<Fetch> fetches() {
        long origin = origin();
        return fetches.stream().map(timing -> new Fetch(timing, millisSince(origin, timing.startNanos())))
                .sorted(Comparator.comparingDouble(Fetch::start)).toList();
    }

    /** A fetch placed on the timeline: it began {@code start} ms after the origin. */
    record Fetch(FetchTiming timing, double start) {

        double end() {
            return start + timing.millis();
        }
    }

    /**
     * The log as {@code -v} shows it — every phase's line and every message, details included —
     * of the phases in {@code shown} only.
     */
    synchronized String log(Set<Phase> shown) {
        StringWriter text = new StringWriter();
        ConsoleLog log = new ConsoleLog(new PrintWriter(text), ConsoleLog.Verbosity.VERBOSE);
        for (Event event : events) {
            if (event instanceof Finished phase && shown.contains(phase.phase())) {
                log.phaseFinished(phase.phase(), phase.duration(), null, phase.summary());
            } else if (event instanceof Message message && shown.contains(message.phase())) {
                log.message(message.phase(), message.level(), message.text());
            }
        }
        return text.toString();
    }

    private Stream<Finished> finished() {
        return events.stream().filter(Finished.class::isInstance).map(Finished.class::cast);
    }

    /** The earliest start heard of: the origin of the timeline's ms. */
    private long origin() {
        long phases = finished().mapToLong(Finished::startNanos).min().orElse(Long.MAX_VALUE);
        long network = fetches.stream().mapToLong(FetchTiming::startNanos).min().orElse(Long.MAX_VALUE);
        return Math.min(phases, network);
    }

    private static double millisSince(long origin, long nanos) {
        return (nanos - origin) / 1e6;
    }
}
