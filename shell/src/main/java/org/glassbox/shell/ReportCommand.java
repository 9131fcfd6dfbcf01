package org.glassbox.shell;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.glassbox.Engine;
import org.glassbox.Page;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code glassbox report ADDRESS -o report.html}: a page through every phase, as one HTML file to open in a browser. */
@Command(name = "report", description = "Write a self-contained HTML report of a page's load: the network waterfall,"
        + " the DOM, the stylesheets, the render and layout trees, the display list, the image and the time per phase.")
final class ReportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "ADDRESS", description = "a URL, a host name or a file path")
    String address;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "where to write the report (default: report.html)")
    Path output = Path.of("report.html");

    @Mixin
    PageOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Timeline timeline = new Timeline(new ConsoleLog(spec.commandLine().getErr(), options.verbosity()));
        try (Engine engine = options.engine(timeline)) {
            Page page = engine.load(address);
            Files.writeString(output, Report.html(engine, page, timeline), StandardCharsets.UTF_8);
        }
        out.println("wrote " + output);
        out.flush();
        return 0;
    }
}
