package org.glassbox.shell;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

/**
 * {@code glassbox render ADDRESS -o page.png}: a page through every phase, to a PNG; or, given a
 * directory or a list of pages, each of them to a PNG of its own ({@link BatchRender}).
 */
@Command(name = "render", description = "Render a page, or many, to PNG images.")
final class RenderCommand implements Callable<Integer> {

    /** Beyond four image pixels per CSS pixel, a long page's image would take gigabytes. */
    private static final int MAX_SCALE = 4;

    @Parameters(paramLabel = "ADDRESS", description = "a URL, a host name or a file path; or many pages: a directory"
            + " (its *.html, *.htm and *.xht files, in order of name) or a list file, a file whose name ends in .txt"
            + " (one address a line, as typed here; blank lines and lines starting with # are skipped)")
    String address;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "where to write the PNG (default: page.png);"
            + " for many pages, the directory to write NAME.png into, NAME from the file's name or the URL's host and path"
            + " (default: the current directory)")
    Path output;

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
        if (BatchPages.isBatch(address)) {
            return renderBatch();
        }
        PrintWriter out = spec.commandLine().getOut();
        Timeline timeline = new Timeline(new ConsoleLog(spec.commandLine().getErr(), options.verbosity()));
        try (Engine engine = options.engine(step ? Stepper.on(glassbox, out, timeline) : timeline)) {
            Page page = engine.load(address, clicks);
            dumpDir.write(engine, page, timeline, out);
            write(engine, engine.rasterize(page, scale, viewportOnly), output == null ? Path.of("page.png") : output, out);
            if (overlay != null) {
                write(engine, engine.rasterizeBoxModel(page, scale, viewportOnly), overlay, out);
            }
        } catch (Stepper.Quit quit) {
            out.println("quit: nothing written");
        }
        out.flush();
        return 0;
    }

    /**
     * Renders every page of a directory or a list on every core, each worker with an engine of
     * its own, the engines sharing the HTTP cache's directory. The phases' log lines would bury
     * the one line each page gets, so only -v shows them.
     */
    private int renderBatch() throws IOException {
        if (step || overlay != null || dumpDir.directory != null) {
            throw new ParameterException(spec.commandLine(), "--step, --overlay and --dump-dir take a single page");
        }
        PrintWriter out = spec.commandLine().getOut();
        ConsoleLog.Verbosity verbosity = options.verbosity() == ConsoleLog.Verbosity.VERBOSE ? ConsoleLog.Verbosity.VERBOSE
                : ConsoleLog.Verbosity.QUIET;
        List<BatchPages.BatchPage> pages = BatchPages.read(address);
        // The bar needs stderr to itself: not under -v, whose log lines it would break, nor -q.
        Optional<ProgressBar> progress = glassbox.stderrIsTerminal() && options.verbosity() == ConsoleLog.Verbosity.NORMAL
                ? Optional.of(new ProgressBar(spec.commandLine().getErr(), pages.size())) : Optional.empty();
        ConsoleLog log = new ConsoleLog(spec.commandLine().getErr(), verbosity);
        return new BatchRender(() -> renderer(options.engine(log)), Runtime.getRuntime().availableProcessors(), out,
                progress).run(pages, output == null ? Path.of(".") : output);
    }

    /** What a batch worker does to a page with its engine: this command's work, short of the single page's options. */
    private BatchRender.PageRenderer renderer(Engine engine) {
        return new BatchRender.PageRenderer() {
            @Override
            public void render(String address, Path png) throws IOException {
                Files.write(png, engine.encodePng(engine.rasterize(engine.load(address, clicks), scale, viewportOnly)));
            }

            @Override
            public void close() {
                engine.close();
            }
        };
    }

    private static void write(Engine engine, BufferedImage image, Path file, PrintWriter out) throws IOException {
        Files.write(file, engine.encodePng(image));
        out.println("wrote " + file + " (" + image.getWidth() + "×" + image.getHeight() + ")");
    }
}
