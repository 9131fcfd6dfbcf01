package org.glassbox.shell;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.glassbox.Engine;
import org.glassbox.Page;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code glassbox step ADDRESS}: a page through every phase up to its image, pausing after each
 * phase, fetch and script to show what it made (see {@link Stepper}). Nothing is written unless
 * the user saves an artifact; {@code render --step} is the same with a PNG at the end.
 */
@Command(name = "step", description = {"Load a page one phase at a time: pause after each phase, each fetch and"
        + " each script, and look at what it made.", "Commands are read from standard input (h lists them);"
        + " piped in, they script a session, and the end of the input continues to the end."})
final class StepCommand implements Callable<Integer> {

    @Parameters(paramLabel = "ADDRESS", description = "a URL, a host name or a file path")
    String address;

    @Mixin
    PageOptions options;

    @Mixin
    DumpDirOption dumpDir;

    @Spec
    CommandSpec spec;

    @ParentCommand
    Glassbox glassbox;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Timeline timeline = new Timeline(new ConsoleLog(spec.commandLine().getErr(), options.verbosity()));
        try (Engine engine = options.engine(Stepper.on(glassbox, out, timeline))) {
            Page page = engine.load(address);
            engine.rasterize(page);
            dumpDir.write(engine, page, timeline, out);
            out.println("done: every phase has run (render --step would write the PNG)");
        } catch (Stepper.Quit quit) {
            out.println("quit: nothing written");
        }
        out.flush();
        return 0;
    }
}
