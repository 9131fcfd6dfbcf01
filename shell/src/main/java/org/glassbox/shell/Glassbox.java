package org.glassbox.shell;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.glassbox.LoadException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code glassbox} command: the shell around the engine. It owns the command line, the
 * console and the files; the engine knows none of them.
 */
// INHERIT gives every command --help and --version: `glassbox render --help` helps rather than asks for an address.
@Command(name = "glassbox", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT, version = "glassbox 0.1.0",
        description = "A small browser engine whose work you can watch.",
        subcommands = {RenderCommand.class, FetchCommand.class, DumpCommand.class, StepCommand.class, ServeCommand.class,
                ReftestCommand.class, ReportCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class})
public final class Glassbox {

    /** Exit code for a page that could not be loaded, or any other failure. */
    static final int FAILED = 1;

    private final InputStream stdin;
    private final boolean stdinIsTerminal;
    private final PrintStream stdout;
    private final boolean stderrIsTerminal;

    private Glassbox(InputStream stdin, boolean stdinIsTerminal, PrintStream stdout, boolean stderrIsTerminal) {
        this.stdin = stdin;
        this.stdinIsTerminal = stdinIsTerminal;
        this.stdout = stdout;
        this.stderrIsTerminal = stderrIsTerminal;
    }

    public static void main(String[] args) {
        CommandLine commandLine = commandLine(new Glassbox(System.in, System.console() != null, System.out, stderrIsATerminal()),
                System.out, System.err);
        System.exit(execute(commandLine, args));
    }

    /** Runs the command line and returns the exit code; tests call this with their own streams. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, System.in, false, out, err);
    }

    /**
     * Runs the command line with {@code in} as standard input, where {@code step} reads its
     * commands; {@code terminal} says whether a person types them.
     */
    static int run(String[] args, InputStream in, boolean terminal, PrintStream out, PrintStream err) {
        return execute(commandLine(new Glassbox(in, terminal, out, false), out, err), args);
    }

    /**
     * Runs the command line. picocli hands its exception handler only {@link Exception}s; an
     * {@link Error} thrown by a command, such as a {@link StackOverflowError} from a page nested
     * deeper than some recursion can take, would otherwise end the program with a raw stack trace.
     */
    private static int execute(CommandLine commandLine, String[] args) {
        try {
            return commandLine.execute(args);
        } catch (Error e) {
            return fail(e, commandLine.getErr(), List.of(args).contains("-v") || List.of(args).contains("--verbose"));
        }
    }

    private static CommandLine commandLine(Glassbox glassbox, PrintStream out, PrintStream err) {
        CommandLine commandLine = new CommandLine(glassbox);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        commandLine.setExecutionExceptionHandler((e, command, parsed) ->
                fail(e, command.getErr(), parsed.expandedArgs().contains("-v") || parsed.expandedArgs().contains("--verbose")));
        return commandLine;
    }

    /**
     * Whether stderr is a terminal, where a progress bar can redraw itself. Java 17 cannot ask
     * (Console.isTerminal came in Java 22); Linux says where file descriptor 2 leads. Elsewhere: no.
     */
    private static boolean stderrIsATerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    /** Standard input as lines of text, where debug stepping reads its commands. */
    BufferedReader stdin() {
        return new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
    }

    /** Whether a person types at standard input, rather than a pipe or a file feeding it. */
    boolean stdinIsTerminal() {
        return stdinIsTerminal;
    }

    /** Whether a person watches stderr on a terminal, rather than a file or a pipe taking it. */
    boolean stderrIsTerminal() {
        return stderrIsTerminal;
    }

    /** Standard output as bytes, for commands that print a body exactly as it came. */
    PrintStream stdout() {
        return stdout;
    }

    /** One clear line for the user; the stack trace only when asked for with -v (DESIGN.md, Errors). */
    private static int fail(Throwable e, PrintWriter err, boolean verbose) {
        err.println("glassbox: " + (e instanceof LoadException ? e.getMessage() : "internal error: " + e));
        if (verbose) {
            e.printStackTrace(err);
        } else if (!(e instanceof LoadException)) {
            err.println("glassbox: run again with -v to see where it happened");
        }
        err.flush();
        return FAILED;
    }
}
