package org.glassbox.layout;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.glassbox.css.CssValue;
import org.glassbox.html.DomPrinter;
import org.glassbox.layout.InlineFragment.ImageBox;
import org.glassbox.layout.InlineFragment.InlineBlock;
import org.glassbox.layout.InlineFragment.InlineBox;
import org.glassbox.layout.InlineFragment.MarkerBox;
import org.glassbox.layout.InlineFragment.TextRun;
import org.jsoup.nodes.Element;

/**
 * The layout phase's artifact: the box tree with every box's geometry, and the size of the
 * document. Boxes store positions relative to their parents; the dumps print page coordinates.
 */
public final class LayoutTree {

    private final BlockBox root;
    private final Viewport viewport;
    private final double documentWidth;
    private final double documentHeight;

    /** @param root the root element's box, placed in page coordinates */
    LayoutTree(BlockBox root, Viewport viewport) {
        this.root = root;
        this.viewport = viewport;
        double[] farthest = {0, 0};
        reach(root, 0, 0, farthest);
        this.documentWidth = Math.max(viewport.width(), farthest[0]);
        this.documentHeight = Math.max(viewport.height(), farthest[1] + root.margin().bottom());
    }

    /** The root element's box. */
    public BlockBox root() {
        return root;
    }

    /** The viewport the page was laid out for. */
    public Viewport viewport() {
        return viewport;
    }

    /** How wide the page is: at least the viewport, more if content sticks out to the right. */
    public double documentWidth() {
        return documentWidth;
    }

    /** How tall the page is: at least the viewport, more if its content reaches further down. */
    public double documentHeight() {
        return documentHeight;
    }

    /** The farthest right and lowest any box or line content reaches, which the page must cover. */
    private static void reach(BlockBox box, double parentX, double parentY, double[] farthest) {
        double x = parentX + box.x();
        double y = parentY + box.y();
        farthest[0] = Math.max(farthest[0], x + box.width());
        farthest[1] = Math.max(farthest[1], y + box.height());
        for (LineBox line : box.lines()) {
            for (InlineFragment item : line.items()) {
                farthest[0] = Math.max(farthest[0], x + line.x() + item.x() + item.width());
            }
        }
        box.children().forEach(child -> reach(child, x, y, farthest));
        forEachInlineBlock(box, (inlineBlock, lineX, lineY) -> reach(inlineBlock, x + lineX, y + lineY, farthest));
    }

    /** One line for logs, such as {@code 12 block boxes, 9 line boxes, page 800×1034}. */
    public String summary() {
        int[] counts = new int[2];
        count(root, counts);
        return counts[0] + " block boxes, " + counts[1] + " line boxes, page "
                + CssValue.formatNumber(Math.ceil(documentWidth)) + "×" + CssValue.formatNumber(Math.ceil(documentHeight));
    }

    private static void count(BlockBox box, int[] counts) {
        counts[0]++;
        counts[1] += box.lines().size();
        box.children().forEach(child -> count(child, counts));
        forEachInlineBlock(box, (inlineBlock, lineX, lineY) -> count(inlineBlock, counts));
    }

    /** What to do with an inline-block's box, placed relative to its line at (lineX, lineY) in its block. */
    private interface InlineBlockVisitor {
        void visit(BlockBox box, double lineX, double lineY);
    }

    /** Inline-blocks are blocks too: walks into them from the lines that hold them. */
    private static void forEachInlineBlock(BlockBox box, InlineBlockVisitor visitor) {
        for (LineBox line : box.lines()) {
            for (InlineFragment item : line.items()) {
                if (item instanceof InlineBlock inlineBlock) {
                    visitor.visit(inlineBlock.box(), line.x(), line.y());
                }
            }
        }
    }

    /** The box tree, one box a line, in page coordinates. */
    public String dump() {
        StringBuilder out = new StringBuilder();
        dump(root, 0, 0, 0, out);
        return out.toString();
    }

    private static void dump(BlockBox box, double parentX, double parentY, int depth, StringBuilder out) {
        double x = parentX + box.x();
        double y = parentY + box.y();
        out.append("  ".repeat(depth)).append("BlockBox ")
                .append(box.element() == null ? "(anonymous)" : DomPrinter.label(box.element()))
                .append(geometry(x, y, box.width(), box.height()))
                .append(edges(" margin=", box.margin())).append(edges(" border=", box.border()))
                .append(edges(" padding=", box.padding())).append('\n');
        for (LineBox line : box.lines()) {
            dump(line, x + line.x(), y + line.y(), depth + 1, out);
        }
        box.children().forEach(child -> dump(child, x, y, depth + 1, out));
    }

    private static void dump(LineBox line, double x, double y, int depth, StringBuilder out) {
        out.append("  ".repeat(depth)).append("LineBox").append(geometry(x, y, line.width(), line.height()))
                .append(" baseline=").append(CssValue.formatNumber(y + line.baseline())).append('\n');
        for (InlineFragment item : line.items()) {
            if (item instanceof InlineBlock inlineBlock) {
                dump(inlineBlock.box(), x, y, depth + 1, out);
                continue;
            }
            out.append("  ".repeat(depth + 1)).append(describe(item))
                    .append(geometry(x + item.x(), y + item.y(), item.width(), item.height()));
            if (item instanceof TextRun run) {
                out.append(" font=").append(run.font()).append(" color=").append(run.color());
            } else if (item instanceof InlineBox box) {
                out.append(edges(" border=", box.border())).append(edges(" padding=", box.padding()));
            }
            out.append('\n');
        }
    }

    private static String describe(InlineFragment item) {
        if (item instanceof InlineBox box) {
            return "InlineBox " + (box.element() == null ? "(pseudo-element)" : DomPrinter.label(box.element()));
        }
        if (item instanceof ImageBox image) {
            return "ImageBox " + DomPrinter.label(image.element());
        }
        if (item instanceof MarkerBox marker) {
            return "MarkerBox " + marker.glyph();
        }
        return "TextRun " + DomPrinter.quote(((TextRun) item).text());
    }

    private static String geometry(double x, double y, double width, double height) {
        return " x=" + CssValue.formatNumber(x) + " y=" + CssValue.formatNumber(y)
                + " w=" + CssValue.formatNumber(width) + " h=" + CssValue.formatNumber(height);
    }

    private static String edges(String label, Edges edges) {
        return edges.equals(Edges.ZERO) ? "" : label + edges;
    }

    /**
     * The element boxes as JSON, in the format Chromium's layout tool writes: every element that
     * generates a box, with its border box in page coordinates; an inline element split over
     * several lines gives the union of its parts, like {@code getBoundingClientRect}.
     */
    public String toJson() {
        Map<Element, double[]> boxes = edges();
        StringWriter text = new StringWriter();
        try (JsonWriter json = new JsonWriter(text)) {
            json.setIndent(" ");
            json.beginObject().name("width").value(round(documentWidth)).name("height").value(round(documentHeight));
            json.name("boxes").beginArray();
            for (Map.Entry<Element, double[]> box : boxes.entrySet()) {
                writeBox(json, box.getKey(), box.getValue());
            }
            json.endArray().endObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text + "\n";
    }

    /**
     * Every element's border box in page coordinates, as {@link #toJson} lists them: what a
     * script's {@code getBoundingClientRect} gives, each as {x, y, width, height}.
     */
    public Map<Element, double[]> borderBoxes() {
        Map<Element, double[]> boxes = edges();
        boxes.replaceAll((element, edges) -> new double[] {edges[0], edges[1], edges[2] - edges[0], edges[3] - edges[1]});
        return boxes;
    }

    /** Every element's border box as its left, top, right and bottom edges. */
    private Map<Element, double[]> edges() {
        Map<Element, double[]> boxes = new LinkedHashMap<>();
        collect(root, 0, 0, boxes);
        return boxes;
    }

    private static void collect(BlockBox box, double parentX, double parentY, Map<Element, double[]> boxes) {
        double x = parentX + box.x();
        double y = parentY + box.y();
        if (box.element() != null) {
            boxes.put(box.element(), new double[] {x, y, x + box.width(), y + box.height()});
        }
        for (LineBox line : box.lines()) {
            for (InlineFragment item : line.items()) {
                Element element = item instanceof InlineBox inline ? inline.element()
                        : item instanceof ImageBox image ? image.element() : null;
                if (element != null) {
                    double left = x + line.x() + item.x();
                    double top = y + line.y() + item.y();
                    unite(boxes, element, new double[] {left, top, left + item.width(), top + item.height()});
                }
            }
        }
        for (BlockBox child : box.children()) {
            collect(child, x, y, boxes);
            uniteWithEnclosingInlines(child, box, x, y, boxes);
        }
        forEachInlineBlock(box, (inlineBlock, lineX, lineY) -> collect(inlineBlock, x + lineX, y + lineY, boxes));
    }

    /**
     * A block inside an inline element (CSS 2.1 §9.2.1.1) counts as part of that inline and of
     * every inline between it and its parent block, as in Chromium, where such a block sits in a
     * line of its own: a strip as wide as the parent's content box and as tall as the block.
     * The inlines are the block's ancestors in the DOM that did not make the parent box. Floats and
     * absolutely positioned blocks are out of the flow: no part of the inlines around them.
     */
    private static void uniteWithEnclosingInlines(BlockBox child, BlockBox parent, double parentX, double parentY,
            Map<Element, double[]> boxes) {
        if (child.element() == null || parent.element() == null || child.style().isOutOfFlow()) {
            return;
        }
        double left = parentX + parent.border().left() + parent.padding().left();
        double right = parentX + parent.width() - parent.border().right() - parent.padding().right();
        double[] strip = {left, parentY + child.y(), right, parentY + child.y() + child.height()};
        for (Element inline = child.element().parent(); inline != null && inline != parent.element(); inline = inline.parent()) {
            unite(boxes, inline, strip);
        }
    }

    private static void unite(Map<Element, double[]> boxes, Element element, double[] rect) {
        boxes.merge(element, rect, (a, b) -> new double[] {
            Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])});
    }

    private static void writeBox(JsonWriter json, Element element, double[] rect) throws IOException {
        json.beginObject()
                .name("path").value(DomPrinter.path(element))
                .name("tag").value(element.normalName())
                .name("x").value(round(rect[0])).name("y").value(round(rect[1]))
                .name("width").value(round(rect[2] - rect[0])).name("height").value(round(rect[3] - rect[1]))
                .endObject();
    }

    /** Four decimals: enough for Chromium's 1/64 px, without floating-point noise. */
    private static double round(double value) {
        return Math.round(value * 10000) / 10000.0;
    }
}
