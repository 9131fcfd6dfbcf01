package org.glassbox.layout;

import java.util.List;
import org.glassbox.style.ComputedStyle;

/**
 * One line of an inline formatting context (CSS 2.1 §9.4.2): as wide as its block's content
 * box, as tall as its tallest inline boxes need (CSS 2.1 §10.8). Its items are positioned
 * relative to the line box's top-left corner.
 *
 * @param x relative to the block's border box
 * @param y relative to the block's border box
 * @param baseline the distance from the line's top to its baseline
 * @param items everything on the line, in paint order
 * @param layers the boxes on the line that are painted as layers of their own, after the flow
 *     rather than with it, each with the items inside it
 */
public record LineBox(double x, double y, double width, double height, double baseline, List<InlineFragment> items,
        List<InlineLayer> layers) {

    public LineBox {
        items = List.copyOf(items);
        layers = List.copyOf(layers);
    }

    /** The same line at another place in its block. */
    LineBox at(double newX, double newY) {
        return new LineBox(newX, newY, width, height, baseline, items, layers);
    }

    /**
     * A relatively positioned or translucent box on a line, inline or atomic, with what is inside
     * it on this line. CSS 2.1 Appendix E paints a positioned box after the flow, ordered by its
     * {@code z-index} (step 8); CSS Color 3 §3.2 paints a translucent one as a group, in the same
     * place.
     *
     * @param style the box's style, which has the position, {@code z-index} and opacity
     * @param items the items of the line that belong to the layer, in paint order, the box's own
     *     first
     */
    public record InlineLayer(ComputedStyle style, List<InlineFragment> items) {

        public InlineLayer {
            items = List.copyOf(items);
        }

        /** Whether a box with this style is painted as a layer. */
        static boolean paintsAsLayer(ComputedStyle style) {
            return style.isPositioned() || style.opacity() < 1;
        }
    }
}
