package org.glassbox.shell;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.glassbox.Engine;
import org.glassbox.Page;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code glassbox render ADDRESS -o page.png}: a page through every phase, to a PNG. */
@Command(name = "render", description = "Render a page to a PNG image.")
final class RenderCommand implements Callable<Integer> {

    /** Beyond four image pixels per CSS pixel, a long page's image would take gigabytes. */
    private static final int MAX_SCALE = 4;

    @Parameters(paramLabel = "ADDRESS", description = "a URL, a host name or a file path")
    String address;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "where to write the PNG (default: page.png)")
    Path output = Path.of("page.png");

    @Option(names = "--scale", paramLabel = "N", description = "image pixels per CSS pixel, the device pixel ratio:"
            + " 2 draws a sharp image for a HiDPI screen (default: ${DEFAULT-VALUE})")
    double scale = 1;

    @Option(names = "--viewport-only", description = "draw only the viewport, not the whole page")
    boolean viewportOnly;

    @Option(names = "--overlay", paramLabel = "FILE", description = "also write the page with every box's margin,"
            + " border, padding and content drawn over it in the colors of browser developer tools")
    Path overlay;

    @Mixin
    DumpDirOption dumpDir;

    @Option(names = "--click", paramLabel = "SELECTOR", description = "once the page has loaded, click the first"
            + " element the CSS selector matches, as a user would; repeatable, in order. A click on a link loads"
            + " the linked page, where the next clicks go on")
    List<String> clicks = new ArrayList<>();

    @Option(names = "--step", description = "pause after each phase, each fetch and each script to look at what it made,"
            + " as glassbox step does; commands come from standard input (h lists them)")
    boolean step;

    @Mixin
    PageOptions options;

    @ParentCommand
    Glassbox glassbox;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!(scale > 0 && scale <= MAX_SCALE)) {
            throw new ParameterException(spec.commandLine(), "--scale must be a number above 0 and at most " + MAX_SCALE);
        }
        PrintWriter out = spec.commandLine().getOut();
        Timeline timeline = new Timeline(new ConsoleLog(spec.commandLine().getErr(), options.verbosity()));
        try (Engine engine = options.engine(step ? Stepper.on(glassbox, out, timeline) : timeline)) {
            Page page = engine.load(address, clicks);
            dumpDir.write(engine, page, timeline, out);
            write(engine, engine.rasterize(page, scale, viewportOnly), output, out);
            if (overlay != null) {
                write(engine, engine.rasterizeBoxModel(page, scale, viewportOnly), overlay, out);
            }
        } catch (Stepper.Quit quit) {
            out.println("quit: nothing written");
        }
        out.flush();
        return 0;
    }

    private static void write(Engine engine, BufferedImage image, Path file, PrintWriter out) throws IOException {
        Files.write(file, engine.encodePng(image));
        out.println("wrote " + file + " (" + image.getWidth() + "×" + image.getHeight() + ")");
    }
}
