package org.glassbox.shell;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.glassbox.Engine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code glassbox render ADDRESS -o page.png}: a page through every phase, to a PNG. */
@Command(name = "render", description = "Render a page to a PNG image.")
final class RenderCommand implements Callable<Integer> {

    @Parameters(paramLabel = "ADDRESS", description = "a URL, a host name or a file path")
    String address;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "where to write the PNG (default: page.png)")
    Path output = Path.of("page.png");

    @Mixin
    PageOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        try (Engine engine = options.engine(new ConsoleLog(spec.commandLine().getErr(), options.verbosity()))) {
            BufferedImage image = engine.rasterize(engine.load(address));
            Files.write(output, engine.encodePng(image));
            out.println("wrote " + output + " (" + image.getWidth() + "×" + image.getHeight() + ")");
        }
        out.flush();
        return 0;
    }
}
