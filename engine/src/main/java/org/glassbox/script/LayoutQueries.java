package org.glassbox.script;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.glassbox.Log;
import org.glassbox.html.DomPrinter;
import org.glassbox.style.ComputedStyle;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.LambdaFunction;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.ScriptableObject;

/**
 * The questions a script asks about how the page looks, answered by running the style and layout
 * phases early on the DOM as it is at that moment — what browsers call forcing a style recalc or
 * a synchronous layout: {@code getComputedStyle} (CSSOM §9), and the geometry of CSSOM View §6
 * and §7: {@code getBoundingClientRect}, {@code offsetWidth}, {@code offsetTop},
 * {@code offsetParent}, {@code clientWidth} and their kin. Each forcing is one line in the log;
 * the answers are kept until the DOM changes, so a script reading ten sizes in a row pays for
 * one layout. Glassbox has no scrolling, so client (viewport) coordinates are page coordinates.
 */
final class LayoutQueries {

    /** The key the realm's global keeps this under; scripts cannot see it. */
    private static final String KEY = LayoutQueries.class.getName();

    /** The elements that can be an offsetParent of a static element without being positioned (CSSOM View §7). */
    private static final Set<String> TABLE_PARTS = Set.of("td", "th", "table");

    private final Document dom;
    private final ForcedLayout layout;
    private final Log log;
    private Map<Element, Function<String, String>> styles;
    private String styledDom;
    private Map<Element, ForcedLayout.Rect> boxes;
    private String laidOutDom;

    private LayoutQueries(Document dom, ForcedLayout layout, Log log) {
        this.dom = dom;
        this.layout = layout;
        this.log = log;
    }

    /** Makes the page's queries and the window's {@code getComputedStyle(element)} in {@code global}. */
    static void install(ScriptableObject global, Document dom, ForcedLayout layout, Log log) {
        LayoutQueries queries = new LayoutQueries(dom, layout, log);
        global.associateValue(KEY, queries);
        LambdaFunction getComputedStyle = new LambdaFunction(global, "getComputedStyle", 1,
                (cx, scope, thisObj, args) -> new ComputedStyleDeclaration(queries, element(args), global));
        ScriptableObject.defineProperty(global, "getComputedStyle", getComputedStyle, ScriptableObject.DONTENUM);
    }

    /** The queries of the page whose scripts run in {@code scope}'s realm. */
    static LayoutQueries of(Scriptable scope) {
        return (LayoutQueries) ScriptableObject.getTopScopeValue(scope, KEY);
    }

    private static Element element(Object[] args) {
        if (args.length == 0 || !(args[0] instanceof ElementWrapper wrapper)) {
            throw ScriptRuntime.typeError("getComputedStyle: the argument is not an Element");
        }
        return (Element) wrapper.node();
    }

    /**
     * The resolved value of {@code property} (CSSOM §6.7.2), or the empty string for an element
     * not in the document. For most properties that is the computed value, which only needs
     * style; for {@code width} and {@code height} of an element with a box that is not inline, it
     * is the used value, which needs layout too.
     */
    String computedValue(Element element, String property) {
        String computed = computedValue(element, property, "getComputedStyle");
        boolean usedSize = property.equals("width") || property.equals("height");
        if (!usedSize || computed.isEmpty() || computedValue(element, "display", "getComputedStyle").equals("inline")) {
            return computed;
        }
        return usedSize(element, property).map(ComputedStyle::px).orElse(computed);
    }

    /**
     * The used width or height (CSS 2.1 §10.2, §10.5): the border box less the borders and
     * padding, or the border box itself with {@code box-sizing: border-box}.
     */
    private Optional<Double> usedSize(Element element, String property) {
        boolean width = property.equals("width");
        String query = "getComputedStyle(" + property + ")";
        return borderBox(element, query).map(box -> {
            double size = width ? box.width() : box.height();
            if (computedValue(element, "box-sizing", query).equals("border-box")) {
                return size;
            }
            String[] sides = width ? new String[] {"left", "right"} : new String[] {"top", "bottom"};
            for (String side : sides) {
                size -= px(computedValue(element, "border-" + side + "-width", query))
                        + px(computedValue(element, "padding-" + side, query));
            }
            return size;
        });
    }

    /** The resolved value of {@code property}, for {@code query}, which the log names if it forces style. */
    private String computedValue(Element element, String property, String query) {
        Function<String, String> style = styles(query + " of " + DomPrinter.label(element)).get(element);
        return style == null ? "" : style.apply(property);
    }

    /**
     * {@code getBoundingClientRect()} (CSSOM View §6.1): the element's border box, the union of
     * its fragments for an inline split over lines; all zeros for an element with no box.
     */
    Scriptable boundingClientRect(Element element, Scriptable scope) {
        ForcedLayout.Rect box = borderBox(element, "getBoundingClientRect").orElse(new ForcedLayout.Rect(0, 0, 0, 0));
        Scriptable rect = Context.getCurrentContext().newObject(ScriptableObject.getTopLevelScope(scope));
        put(rect, "x", box.x());
        put(rect, "y", box.y());
        put(rect, "width", box.width());
        put(rect, "height", box.height());
        put(rect, "top", box.y());
        put(rect, "right", box.x() + box.width());
        put(rect, "bottom", box.y() + box.height());
        put(rect, "left", box.x());
        return rect;
    }

    private static void put(Scriptable object, String name, double value) {
        ScriptableObject.putProperty(object, name, value);
    }

    /**
     * {@code offsetWidth} (CSSOM View §7): the border box's width, snapped to whole pixels the
     * way Chromium snaps a box: the distance between its rounded left and right edges.
     */
    int offsetWidth(Element element) {
        return borderBox(element, "offsetWidth").map(box -> snap(box.x(), box.width())).orElse(0);
    }

    /** {@code offsetHeight} (CSSOM View §7): the border box's height, snapped as {@link #offsetWidth}. */
    int offsetHeight(Element element) {
        return borderBox(element, "offsetHeight").map(box -> snap(box.y(), box.height())).orElse(0);
    }

    private static int snap(double start, double size) {
        return (int) (Math.round(start + size) - Math.round(start));
    }

    /**
     * {@code offsetParent} (CSSOM View §7): the nearest positioned ancestor, else the nearest
     * {@code td}, {@code th} or {@code table} for a static element, else the body. None for an
     * element without a box, the root, the body, or a fixed-position element.
     */
    Element offsetParent(Element element) {
        if (borderBox(element, "offsetParent").isEmpty() || element.parent() == null || element.nameIs("body")
                || element == dom.firstElementChild() || position(element).equals("fixed")) {
            return null;
        }
        boolean isStatic = position(element).equals("static");
        for (Element ancestor = element.parent(); ancestor != null && ancestor != dom; ancestor = ancestor.parent()) {
            if (!position(ancestor).equals("static") || ancestor.nameIs("body")
                    || (isStatic && TABLE_PARTS.contains(ancestor.normalName()))) {
                return ancestor;
            }
        }
        return null;
    }

    /** {@code offsetLeft} (CSSOM View §7): from the offsetParent's padding edge to the border edge, in whole pixels. */
    int offsetLeft(Element element) {
        return offset(element, "offsetLeft", ForcedLayout.Rect::x, "border-left-width");
    }

    /** {@code offsetTop} (CSSOM View §7): as {@link #offsetLeft}, vertically. */
    int offsetTop(Element element) {
        return offset(element, "offsetTop", ForcedLayout.Rect::y, "border-top-width");
    }

    /**
     * The distance from the offsetParent's padding edge to the element's border edge, in whole
     * pixels. The body is measured as Chromium does, not as CSSOM View says: a static body
     * counts from the page's origin, a positioned one from its border edge.
     */
    private int offset(Element element, String query, Function<ForcedLayout.Rect, Double> edge, String border) {
        Optional<ForcedLayout.Rect> box = borderBox(element, query);
        if (box.isEmpty()) {
            return 0;
        }
        return (int) Math.round(edge.apply(box.get()) - origin(offsetParent(element), query, edge, border));
    }

    /** Where offsets from {@code parent} count from: its padding edge, but see {@link #offset} for the body. */
    private double origin(Element parent, String query, Function<ForcedLayout.Rect, Double> edge, String border) {
        if (parent == null || parent.nameIs("body") && position(parent).equals("static")) {
            return 0;
        }
        double borderEdge = borderBox(parent, query).map(edge).orElse(0.0);
        return parent.nameIs("body") ? borderEdge : borderEdge + px(computedValue(parent, border, query));
    }

    /**
     * {@code clientWidth} (CSSOM View §6): the padding box's width; 0 for an inline box or no
     * box; the viewport's width for the root element.
     */
    int clientWidth(Element element) {
        return client(element, "clientWidth", ForcedLayout.Rect::width, "border-left-width", "border-right-width");
    }

    /** {@code clientHeight} (CSSOM View §6): as {@link #clientWidth}, vertically. */
    int clientHeight(Element element) {
        return client(element, "clientHeight", ForcedLayout.Rect::height, "border-top-width", "border-bottom-width");
    }

    private int client(Element element, String query, Function<ForcedLayout.Rect, Double> size, String... borders) {
        if (element == dom.firstElementChild()) {
            return (int) Math.round(size.apply(layout.viewport()));
        }
        Optional<ForcedLayout.Rect> box = borderBox(element, query);
        if (box.isEmpty() || computedValue(element, "display", query).equals("inline")) {
            return 0;
        }
        double padding = size.apply(box.get()) - px(computedValue(element, borders[0], query))
                - px(computedValue(element, borders[1], query));
        return (int) Math.round(padding);
    }

    private String position(Element element) {
        return computedValue(element, "position", "offsetParent");
    }

    /** A computed length such as {@code 2px} in pixels; computed border widths are always in pixels. */
    private static double px(String length) {
        return length.endsWith("px") ? Double.parseDouble(length.substring(0, length.length() - 2)) : 0;
    }

    private Optional<ForcedLayout.Rect> borderBox(Element element, String query) {
        return Optional.ofNullable(boxes(query + " of " + DomPrinter.label(element)).get(element));
    }

    /** Every element's style, from the last forced style if the DOM has not changed since. */
    private Map<Element, Function<String, String>> styles(String reason) {
        String now = dom.outerHtml();
        if (!now.equals(styledDom)) {
            styles = forced("style", reason, () -> layout.styles(dom));
            styledDom = now;
        }
        return styles;
    }

    /** Every element's border box, from the last forced layout if the DOM has not changed since. */
    private Map<Element, ForcedLayout.Rect> boxes(String reason) {
        String now = dom.outerHtml();
        if (!now.equals(laidOutDom)) {
            boxes = forced("layout", reason, () -> layout.borderBoxes(dom));
            laidOutDom = now;
        }
        return boxes;
    }

    private <T> T forced(String what, String reason, Supplier<T> phases) {
        long start = System.nanoTime();
        T result = phases.get();
        log.info(String.format(Locale.ROOT, "forced %s for %s (%.1f ms)", what, reason, (System.nanoTime() - start) / 1e6));
        return result;
    }
}
