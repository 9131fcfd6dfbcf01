package org.glassbox.shell;

import org.glassbox.Engine;
import picocli.CommandLine.Option;

/** The options of every command that loads a page: the viewport and how much to log. */
final class PageOptions {

    @Option(names = "--width", paramLabel = "PX", description = "viewport width in CSS pixels (default: ${DEFAULT-VALUE})")
    int width = 800;

    @Option(names = "--height", paramLabel = "PX", description = "viewport height in CSS pixels (default: ${DEFAULT-VALUE})")
    int height = 600;

    @Option(names = {"-v", "--verbose"}, description = "log every detail, and show stack traces of errors")
    boolean verbose;

    @Option(names = {"-q", "--quiet"}, description = "log nothing but errors")
    boolean quiet;

    ConsoleLog.Verbosity verbosity() {
        return quiet ? ConsoleLog.Verbosity.QUIET : verbose ? ConsoleLog.Verbosity.VERBOSE : ConsoleLog.Verbosity.NORMAL;
    }

    /** An engine configured by these options, logging to {@code log}. */
    Engine engine(ConsoleLog log) {
        return Engine.builder().viewport(width, height).listener(log).build();
    }
}
