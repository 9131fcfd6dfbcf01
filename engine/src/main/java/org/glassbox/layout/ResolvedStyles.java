package org.glassbox.layout;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.glassbox.html.DomPrinter;
import org.glassbox.style.ComputedStyle;
import org.glassbox.style.StyledNode;
import org.glassbox.style.StyledTree;
import org.jsoup.nodes.Element;

/**
 * What {@code getComputedStyle} answers (CSSOM §9, the "resolved value"): the computed value of
 * a property, except that the width, height, paddings and margins not given in pixels of an
 * element with a block box are the used values in pixels, which only layout knows. This is what {@code glassbox dump
 * style --format json} prints, so that it can be set beside Chromium's.
 */
public final class ResolvedStyles {

    private final StyledTree styles;
    private final Map<Element, BlockBox> blocks = new HashMap<>();

    public ResolvedStyles(StyledTree styles, LayoutTree layout) {
        this.styles = styles;
        collect(layout.root());
    }

    /** The resolved value of {@code property} for {@code element}, serialized as Chromium serializes it. */
    public String value(Element element, ComputedStyle style, String property) {
        BlockBox box = blocks.get(element);
        String used = box == null ? null : usedValue(box, property);
        return used != null ? used : style.getPropertyValue(property);
    }

    /**
     * Every element, in document order, with the resolved values of {@code properties}, in the
     * format of Chromium's layout tool with {@code --styles}:
     * {@code {"boxes": [{"path": …, "tag": …, "style": {"color": "rgb(0, 0, 0)", …}}]}}.
     */
    public String toJson(List<String> properties) {
        StringWriter text = new StringWriter();
        try (JsonWriter json = new JsonWriter(text)) {
            json.setIndent(" ");
            json.beginObject().name("boxes").beginArray();
            write(json, styles.root(), properties);
            json.endArray().endObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text + "\n";
    }

    private void write(JsonWriter json, StyledNode node, List<String> properties) throws IOException {
        if (node.element() == null) {
            return;
        }
        json.beginObject().name("path").value(DomPrinter.path(node.element())).name("tag").value(node.element().normalName());
        json.name("style").beginObject();
        for (String property : properties) {
            json.name(property).value(value(node.element(), node.style(), property));
        }
        json.endObject().endObject();
        for (StyledNode child : node.children()) {
            write(json, child, properties);
        }
    }

    private void collect(BlockBox box) {
        if (box.element() != null) {
            blocks.put(box.element(), box);
        }
        box.children().forEach(this::collect);
    }

    /** The used size or edge a property names, or null for any other property. */
    private static String usedValue(BlockBox box, String property) {
        return switch (property) {
            case "width" -> ComputedStyle.px(box.width() - box.border().horizontal() - box.padding().horizontal()
                    + (borderBox(box) ? box.border().horizontal() + box.padding().horizontal() : 0));
            case "height" -> ComputedStyle.px(box.height() - box.border().vertical() - box.padding().vertical()
                    + (borderBox(box) ? box.border().vertical() + box.padding().vertical() : 0));
            case "margin-top", "margin-right", "margin-bottom", "margin-left" -> inPixels(box, property) ? null
                    : ComputedStyle.px(side(box.margin(), property));
            case "padding-top", "padding-right", "padding-bottom", "padding-left" -> ComputedStyle.px(side(box.padding(), property));
            default -> null;
        };
    }

    /**
     * Whether a margin was given in pixels: then Chromium answers with it as it is, even where
     * the box is over-constrained and layout used another value (CSS 2.1 §10.3.3).
     */
    private static boolean inPixels(BlockBox box, String property) {
        return box.style().getPropertyValue(property).endsWith("px");
    }

    private static boolean borderBox(BlockBox box) {
        return box.style().getPropertyValue("box-sizing").equals("border-box");
    }

    private static double side(Edges edges, String property) {
        return switch (property.substring(property.indexOf('-') + 1)) {
            case "top" -> edges.top();
            case "right" -> edges.right();
            case "bottom" -> edges.bottom();
            default -> edges.left();
        };
    }

}
