package org.glassbox.shell;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.glassbox.Engine;
import org.glassbox.Page;
import org.glassbox.html.DomPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code glassbox dump PHASE ADDRESS}: loads a page and prints one phase's artifact. */
@Command(name = "dump", description = "Print what one phase made of a page.")
final class DumpCommand implements Callable<Integer> {

    /** The artifacts that can be dumped, named as on the command line. */
    enum Artifact {
        DOM, CSSOM, STYLE, RENDER, LAYOUT, DISPLAY_LIST;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** Text for reading, JSON (layout only) for tools. */
    enum Format { TEXT, JSON }

    @Parameters(index = "0", paramLabel = "PHASE", converter = ArtifactConverter.class,
            description = "one of: dom, cssom, style, render, layout, display-list")
    Artifact artifact;

    @Parameters(index = "1", paramLabel = "ADDRESS", description = "a URL, a host name or a file path")
    String address;

    @Option(names = "--format", paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "text (default) or json (layout only: the format of Chromium's layout tool)")
    Format format = Format.TEXT;

    @Mixin
    PageOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (format == Format.JSON && artifact != Artifact.LAYOUT) {
            throw new ParameterException(spec.commandLine(), "--format json is only available for layout");
        }
        try (Engine engine = options.engine(new ConsoleLog(spec.commandLine().getErr(), options.verbosity()))) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(dump(engine.load(address)));
            out.flush();
        }
        return 0;
    }

    private String dump(Page page) {
        return switch (artifact) {
            case DOM -> DomPrinter.print(page.dom());
            case CSSOM -> page.cssom().dump();
            case STYLE -> page.styles().dump();
            case RENDER -> page.renderTree().dump();
            case LAYOUT -> format == Format.JSON ? page.layout().toJson() : page.layout().dump();
            case DISPLAY_LIST -> page.displayList().dump();
        };
    }

    /** Reads {@code display-list} as {@link Artifact#DISPLAY_LIST}. */
    static final class ArtifactConverter implements ITypeConverter<Artifact> {
        @Override
        public Artifact convert(String value) {
            return Artifact.valueOf(value.toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }

    /** Reads {@code json} as {@link Format#JSON}. */
    static final class FormatConverter implements ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            return Format.valueOf(value.toUpperCase(Locale.ROOT));
        }
    }
}
