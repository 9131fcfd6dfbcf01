package org.glassbox.shell;

import com.google.gson.Gson;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.glassbox.Engine;
import org.glassbox.Page;
import org.glassbox.Phase;
import org.glassbox.css.Stylesheet;
import org.glassbox.html.DomPrinter;
import org.glassbox.net.FetchTiming;
import org.glassbox.render.RenderBlock;
import org.glassbox.render.RenderImage;
import org.glassbox.render.RenderInline;
import org.glassbox.render.RenderObject;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * One loaded page as a self-contained HTML report: the page's artifacts gathered as JSON, put
 * into the template {@code report.html} with its style ({@code report.css}) and script
 * ({@code report.js}) inline and the images as {@code data:} URLs, so the one file opens
 * anywhere. The script draws the sections from the data.
 *
 * <p>The trees are the lines the engine's dumps print, each with its depth and, where it has one,
 * its box on the page as {x, y, width, height} in CSS px: an element's border box for the DOM and
 * the render tree, the geometry the line itself prints for the layout tree and the display list.
 */
final class Report {

    /** A line of a tree: how deep it sits, what it says, and the box it stands for, or null. */
    record TreeLine(int depth, String text, double[] box) {}

    /** An image as a {@code data:} URL with its size in pixels. */
    record Image(String src, int width, int height) {}

    /** A phase with its start and duration in ms since the load began. */
    record PhaseTime(String name, double start, double millis, String summary) {}

    /** A fetch placed on the load's clock, its steps in ms since it began. */
    record Fetch(String request, double start, double end, List<FetchTiming.Step> steps, String cache) {}

    /** A stylesheet of the CSSOM: where it came from, its rules with their specificity, its syntax errors. */
    record Sheet(String origin, String source, String media, List<String> rules, List<String> errors) {}

    /** Everything the script draws. */
    record Data(String url, Image page, Image overlay, List<PhaseTime> phases, List<Fetch> fetches, List<TreeLine> dom,
            List<Sheet> stylesheets, List<TreeLine> renderTree, List<TreeLine> layoutTree, List<TreeLine> displayList,
            String log) {}

    /** Geometry as the layout dump and the display list print it: {@code x=8 y=16 w=784 h=18}. */
    private static final Pattern GEOMETRY = Pattern.compile(" x=(-?[\\d.]+) y=(-?[\\d.]+) w=([\\d.]+) h=([\\d.]+)");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)}}");

    private Report() {}

    /**
     * The report of {@code page}, loaded by {@code engine} while {@code timeline} listened. The
     * phases' times are taken once the page's image is drawn and encoded; the overlay is drawn after.
     */
    static String html(Engine engine, Page page, Timeline timeline) {
        Image image = image(engine, engine.rasterize(page));
        List<PhaseTime> phases = timeline.phases().stream().map(phase -> new PhaseTime(phase.phase().label(),
                phase.start(), phase.millis(), phase.summary())).toList();
        Image overlay = image(engine, engine.rasterizeBoxModel(page, 1, false));
        Data data = new Data(page.url().toString(), image, overlay, phases, fetches(timeline), dom(page), stylesheets(page),
                renderTree(page), geometryLines(page.layout().dump()), geometryLines(page.displayList().dump()),
                timeline.log(EnumSet.allOf(Phase.class)));
        return fill(resource("report.html"), Map.of("title", Entities.escape(page.url().toString()),
                "css", resource("report.css"), "js", resource("report.js"), "data", new Gson().toJson(data)));
    }

    private static Image image(Engine engine, BufferedImage pixels) {
        String png = Base64.getEncoder().encodeToString(engine.encodePng(pixels));
        return new Image("data:image/png;base64," + png, pixels.getWidth(), pixels.getHeight());
    }

    private static List<Fetch> fetches(Timeline timeline) {
        return timeline.fetches().stream().map(fetch -> new Fetch(fetch.timing().request(), fetch.start(), fetch.end(),
                fetch.timing().steps(), fetch.timing().cacheVerdict())).toList();
    }

    /**
     * The DOM as {@link DomPrinter#print} prints it, each element with its border box. The
     * printer leaves out text that is only white space; so does the walk that pairs lines with nodes.
     */
    private static List<TreeLine> dom(Page page) {
        Map<Element, double[]> boxes = page.layout().borderBoxes();
        List<Node> nodes = new ArrayList<>();
        page.dom().traverse((node, depth) -> {
            if (!(node instanceof TextNode text && text.isBlank())) {
                nodes.add(node);
            }
        });
        return paired(DomPrinter.print(page.dom()), nodes, node -> node instanceof Element e ? boxes.get(e) : null);
    }

    /** The render tree as it prints itself, each box that an element generated with that element's border box. */
    private static List<TreeLine> renderTree(Page page) {
        Map<Element, double[]> boxes = page.layout().borderBoxes();
        List<RenderObject> nodes = new ArrayList<>();
        preorder(page.renderTree().root(), nodes);
        return paired(page.renderTree().dump(), nodes, box -> {
            Element element = box instanceof RenderBlock block ? block.element()
                    : box instanceof RenderInline inline ? inline.element()
                    : box instanceof RenderImage replaced ? replaced.element() : null;
            return element == null ? null : boxes.get(element);
        });
    }

    private static void preorder(RenderObject box, List<RenderObject> into) {
        into.add(box);
        box.children().forEach(child -> preorder(child, into));
    }

    /**
     * The lines of a dump, the n-th given the box of the n-th node of the same tree walked in the
     * same order; should the two ever disagree in number, the lines go without boxes.
     */
    private static <T> List<TreeLine> paired(String dump, List<T> nodes, Function<T, double[]> box) {
        List<String> lines = dump.lines().toList();
        List<TreeLine> paired = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            paired.add(line(lines.get(i), lines.size() == nodes.size() ? box.apply(nodes.get(i)) : null));
        }
        return paired;
    }

    /** The lines of a dump that prints each thing's geometry, each with that geometry as its box. */
    private static List<TreeLine> geometryLines(String dump) {
        return dump.lines().map(text -> {
            Matcher geometry = GEOMETRY.matcher(text);
            return line(text, geometry.find() ? new double[] {number(geometry, 1), number(geometry, 2),
                number(geometry, 3), number(geometry, 4)} : null);
        }).toList();
    }

    private static double number(Matcher matcher, int group) {
        return Double.parseDouble(matcher.group(group));
    }

    /** A dump's line, its depth read from its indentation: two spaces a level. */
    private static TreeLine line(String text, double[] box) {
        String content = text.stripLeading();
        return new TreeLine((text.length() - content.length()) / 2, content, box);
    }

    private static List<Sheet> stylesheets(Page page) {
        return page.cssom().stylesheets().stream().map(Report::sheet).toList();
    }

    private static Sheet sheet(Stylesheet sheet) {
        List<String> rules = new ArrayList<>();
        sheet.imports().forEach(rule -> rules.add(rule.toString()));
        sheet.rules().forEach(rule -> rules.add(rule + "  /* specificity " + rule.selectors().stream()
                .map(selector -> selector.specificity().toString()).collect(Collectors.joining(", ")) + " */"));
        return new Sheet(sheet.origin().toString(), sheet.source(), sheet.media().toString(), rules,
                sheet.errors().stream().map(Object::toString).toList());
    }

    /** The template with each {@code {{name}}} replaced, in one pass, so that no value is read as a placeholder. */
    private static String fill(String template, Map<String, String> values) {
        return PLACEHOLDER.matcher(template).replaceAll(match ->
                Matcher.quoteReplacement(Objects.requireNonNull(values.get(match.group(1)), match.group())));
    }

    private static String resource(String name) {
        try (InputStream in = Report.class.getResourceAsStream(name)) {
            return new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
