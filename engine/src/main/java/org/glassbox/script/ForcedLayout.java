package org.glassbox.script;

import java.util.Map;
import java.util.function.Function;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The later phases, run early for a script that asks how the page looks: {@code getComputedStyle}
 * needs the style phase, {@code offsetWidth} and {@code getBoundingClientRect} need layout too.
 * The engine implements this with its own phases; the script phase sees only these answers, not
 * the style and layout trees behind them.
 */
public interface ForcedLayout {

    /** For pages whose scripts must not see layout: every element is unstyled and has no box. */
    ForcedLayout NONE = new ForcedLayout() {
        @Override
        public Map<Element, Function<String, String>> styles(Document dom) {
            return Map.of();
        }

        @Override
        public Map<Element, Rect> borderBoxes(Document dom) {
            return Map.of();
        }

        @Override
        public Rect viewport() {
            return new Rect(0, 0, 0, 0);
        }
    };

    /**
     * Runs the style phase on the DOM as it is now: for each element in the document, its
     * resolved value of a property by name, serialized as {@code getComputedStyle} gives it.
     */
    Map<Element, Function<String, String>> styles(Document dom);

    /**
     * Runs the style and layout phases on the DOM as it is now: each element's border box in
     * page coordinates; an element that generates no box is not there.
     */
    Map<Element, Rect> borderBoxes(Document dom);

    /** The viewport the page is laid out in, at the page's origin: Glassbox does not scroll. */
    Rect viewport();

    /** A rectangle in CSS pixels. */
    record Rect(double x, double y, double width, double height) {}
}
