package org.glassbox.shell;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.glassbox.Engine;
import org.glassbox.Page;
import org.glassbox.css.Selector;
import org.glassbox.html.DomPrinter;
import org.glassbox.layout.ResolvedStyles;
import org.glassbox.style.CascadeExplanation;
import org.glassbox.style.Property;
import org.glassbox.style.Styler;
import org.jsoup.nodes.Element;
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

    /** Text for reading, JSON (layout and style) for tools. */
    enum Format { TEXT, JSON }

    @Parameters(index = "0", paramLabel = "PHASE", converter = ArtifactConverter.class,
            description = "one of: dom, cssom, style, render, layout, display-list")
    Artifact artifact;

    @Parameters(index = "1", paramLabel = "ADDRESS", description = "a URL, a host name or a file path")
    String address;

    @Option(names = "--format", paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "text (default) or json (layout and style: the format of Chromium's layout tool)")
    Format format = Format.TEXT;

    @Option(names = "--why", paramLabel = "PROPERTY",
            description = "with style: how the cascade chose this property — the winning declaration, where it was written, the ones it beat")
    String why;

    @Option(names = "--element", paramLabel = "SELECTOR", description = "with --why: only the elements this selector matches")
    String element;

    @Mixin
    PageOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (format == Format.JSON && artifact != Artifact.LAYOUT && artifact != Artifact.STYLE) {
            throw new ParameterException(spec.commandLine(), "--format json is only available for layout and style");
        }
        if ((why != null || element != null) && artifact != Artifact.STYLE || element != null && why == null) {
            throw new ParameterException(spec.commandLine(), "--why PROPERTY [--element SELECTOR] goes with dump style");
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
            case STYLE -> why != null ? explain(page) : format == Format.JSON
                    ? new ResolvedStyles(page.styles(), page.layout()).toJson(Property.cssNames()) : page.styles().dump();
            case RENDER -> page.renderTree().dump();
            case LAYOUT -> format == Format.JSON ? page.layout().toJson() : page.layout().dump();
            case DISPLAY_LIST -> page.displayList().dump();
        };
    }

    /**
     * The cascade's reasons for one property: for the elements {@code --element} selects, or
     * else for every element that a declaration of it applies to.
     */
    private String explain(Page page) {
        List<Selector> selectors = element == null ? List.of() : selectors(element);
        StringBuilder out = new StringBuilder();
        for (Element candidate : page.dom().getAllElements()) {
            boolean chosen = selectors.stream().anyMatch(selector -> selector.matches(candidate));
            if (chosen || element == null) {
                CascadeExplanation explanation = Styler.explain(candidate, page.cssom(), page.styles(), why);
                if (chosen || !explanation.candidates().isEmpty()) {
                    out.append(explanation).append('\n');
                }
            }
        }
        return out.length() == 0 ? "no element has a declaration of " + why + "\n" : out.toString();
    }

    private List<Selector> selectors(String text) {
        try {
            return Selector.parseList(text);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--element: not a selector: " + text);
        }
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
