package org.glassbox.shell;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.glassbox.Log;
import org.glassbox.Phase;
import org.glassbox.net.FetchTiming;
import org.glassbox.PhaseListener;
import org.glassbox.net.Response;

/**
 * Debug stepping ({@code glassbox step}, {@code render --step}): a listener that pauses the
 * pipeline after each phase and after each step inside one (a fetch, a script run), prints what
 * was made in one line, and asks what to do next. The engine calls its listeners on its own
 * thread, so waiting here for the user's command is what pauses the page load; the engine knows
 * nothing of it. Commands come from a terminal or from a pipe; the end of the input means
 * "continue to the end".
 */
final class Stepper implements PhaseListener {

    /** Thrown from a pause when the user types {@code q}: the load stops where it is. */
    static final class Quit extends RuntimeException {
        Quit() {
            super("quit", null, false, false);
        }
    }

    static final String HELP = """
            commands:
              n, Enter     next: run to the next pause
              c            continue to the end without pausing
              p            print the whole artifact of the phase just finished
              s FILE       save it to FILE (the image as PNG)
              b PHASE      run until PHASE has finished, such as: b layout
              i SELECTOR   inspect the first element SELECTOR matches, through every phase so far
              q            quit: stop here and write nothing
              h            this help
            """;

    private static final int PAGE_LINES = 40;

    private final PhaseListener log;
    private final BufferedReader in;
    private final PrintWriter out;
    private final boolean terminal;
    private final Map<Phase, Object> artifacts = new EnumMap<>(Phase.class);
    private Phase lastPhase;
    private boolean pausing = true;
    private Optional<Phase> until = Optional.empty();
    private boolean quit;

    /**
     * @param log the console log, which goes on as it would without stepping
     * @param terminal whether a person types the commands: then {@code p} pages its output and
     *     commands are not echoed
     */
    Stepper(PhaseListener log, BufferedReader in, PrintWriter out, boolean terminal) {
        this.log = log;
        this.in = in;
        this.out = out;
        this.terminal = terminal;
    }

    /** A stepper reading the commands from the shell's standard input and writing to its standard output. */
    static Stepper on(Glassbox glassbox, PrintWriter out, PhaseListener log) {
        out.println("Stepping through the page load: the engine pauses after each phase and each fetch and script;"
                + " h lists the commands.");
        return new Stepper(log, glassbox.stdin(), out, glassbox.stdinIsTerminal());
    }

    @Override
    public void phaseStarted(Phase phase) {
        stopIfQuit();
        log.phaseStarted(phase);
    }

    @Override
    public void phaseFinished(Phase phase, Duration duration, Object artifact, String summary) {
        log.phaseFinished(phase, duration, artifact, summary);
        artifacts.put(phase, artifact);
        lastPhase = phase;
        if (until.equals(Optional.of(phase))) {
            until = Optional.empty();
        }
        pause(String.format(Locale.ROOT, "[%s] %s: %s%s   (%s, %.1f ms)", phase.label(), Artifacts.name(phase), summary,
                verdict(artifact), Artifacts.source(phase), duration.toNanos() / 1e6));
    }

    @Override
    public void stepFinished(Phase phase, String summary) {
        log.stepFinished(phase, summary);
        pause("  [" + phase.label() + "] " + summary);
    }

    @Override
    public void message(Phase phase, Log.Level level, String text) {
        log.message(phase, level, text);
    }

    @Override
    public void fetched(FetchTiming timing) {
        log.fetched(timing);
    }

    /** The cache's verdict on the page itself; a subresource's comes with its own step. */
    private static String verdict(Object artifact) {
        return artifact instanceof Response response && !response.cacheVerdict().isEmpty()
                ? "; " + response.cacheVerdict() : "";
    }

    /** Prints where the load is and takes commands until one lets it go on. */
    private void pause(String where) {
        stopIfQuit();
        if (!pausing || until.isPresent()) {
            return;
        }
        out.println(where);
        while (!command(readCommand())) {
            // a command that looks, rather than goes on: ask again
        }
        stopIfQuit();
    }

    /** A quit is thrown again at every callback, in case a script caught it on the way out. */
    private void stopIfQuit() {
        if (quit) {
            throw new Quit();
        }
    }

    private String readCommand() {
        out.print("step> ");
        out.flush();
        String line = readLine();
        if (line == null) {
            out.println(terminal ? "" : "(end of input: continuing to the end)");
            return "c";
        }
        if (!terminal) {
            out.println(line);
        }
        return line.strip();
    }

    /** Carries out one command; true if the load goes on, false for a command that only looks. */
    private boolean command(String line) {
        String[] words = line.split("\\s+", 2);
        String argument = words.length > 1 ? words[1].strip() : "";
        return switch (words[0]) {
            case "", "n" -> true;
            case "c" -> continueToTheEnd();
            case "q" -> quit();
            case "b" -> runUntil(argument);
            case "p" -> looked(this::print);
            case "s" -> looked(() -> save(argument));
            case "i" -> looked(() -> inspect(argument));
            default -> looked(() -> out.print(HELP));
        };
    }

    private boolean continueToTheEnd() {
        pausing = false;
        return true;
    }

    /** The load goes on only as far as the next callback, which throws {@link Quit}. */
    private boolean quit() {
        quit = true;
        return true;
    }

    private static boolean looked(Runnable command) {
        command.run();
        return false;
    }

    private boolean runUntil(String label) {
        Optional<Phase> phase = Arrays.stream(Phase.values()).filter(p -> p.label().equals(label)).findFirst();
        if (phase.isEmpty() || artifacts.containsKey(phase.get())) {
            out.println((phase.isEmpty() ? "no phase called '" + label + "'" : label + " has already run")
                    + "; phases to come: " + String.join(", ", phasesToCome()));
            return false;
        }
        until = phase;
        return true;
    }

    private List<String> phasesToCome() {
        return Arrays.stream(Phase.values()).filter(phase -> !artifacts.containsKey(phase)).map(Phase::label).toList();
    }

    /** The artifact, 40 lines at a time on a terminal; all at once into a pipe. */
    private void print() {
        if (lastPhase == null) {
            out.println("no phase has finished yet");
            return;
        }
        List<String> lines = Artifacts.text(artifacts.get(lastPhase)).lines().toList();
        for (int shown = 0; shown < lines.size(); shown += PAGE_LINES) {
            lines.subList(shown, Math.min(lines.size(), shown + PAGE_LINES)).forEach(out::println);
            if (terminal && shown + PAGE_LINES < lines.size() && !more(lines.size() - shown - PAGE_LINES)) {
                return;
            }
        }
    }

    private boolean more(int left) {
        out.print("-- more: " + left + " lines (Enter for more, q to stop) -- ");
        out.flush();
        String answer = readLine();
        return answer != null && !answer.strip().equals("q");
    }

    private void save(String file) {
        if (lastPhase == null || file.isEmpty()) {
            out.println(file.isEmpty() ? "s needs a file name: s FILE" : "no phase has finished yet");
            return;
        }
        try {
            out.println("wrote " + Artifacts.save(artifacts.get(lastPhase), Path.of(file)));
        } catch (IOException e) {
            out.println("cannot write " + file + ": " + e.getMessage());
        }
    }

    private void inspect(String selector) {
        if (selector.isEmpty()) {
            out.println("i needs a selector: i h1");
            return;
        }
        out.print(new Inspector(artifacts).inspect(selector));
    }

    private String readLine() {
        try {
            return in.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
