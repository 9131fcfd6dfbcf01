package org.glassbox.shell;

import java.time.Duration;
import org.glassbox.Engine;
import org.glassbox.PhaseListener;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options of every command that loads a page: the viewport, scripting, and the network's options. */
final class PageOptions {

    @Option(names = "--width", paramLabel = "PX", description = "viewport width in CSS pixels (default: ${DEFAULT-VALUE})")
    int width = 800;

    @Option(names = "--height", paramLabel = "PX", description = "viewport height in CSS pixels (default: ${DEFAULT-VALUE})")
    int height = 600;

    @Option(names = "--no-js", description = "run no script, as a browser with JavaScript turned off; <noscript> renders")
    boolean noJavaScript;

    @Option(names = "--script-budget", paramLabel = "SECONDS",
            description = "the CPU time one script or task may use before it is stopped (default: ${DEFAULT-VALUE})")
    double scriptBudgetSeconds = 5;

    @Mixin
    NetworkOptions network;

    ConsoleLog.Verbosity verbosity() {
        return network.verbosity();
    }

    /** An engine configured by these options, telling {@code listener} (the log, or a stepper around it) its story. */
    Engine engine(PhaseListener listener) {
        return network.engineBuilder(listener).viewport(width, height).scripting(!noJavaScript)
                .scriptBudget(Duration.ofMillis((long) (scriptBudgetSeconds * 1000))).build();
    }
}
