package org.glassbox.layout;

import java.util.List;

/**
 * One line of an inline formatting context (CSS 2.1 §9.4.2): as wide as its block's content
 * box, as tall as its tallest inline boxes need (CSS 2.1 §10.8). Its items are positioned
 * relative to the line box's top-left corner.
 *
 * @param x relative to the block's border box
 * @param y relative to the block's border box
 * @param baseline the distance from the line's top to its baseline
 */
public record LineBox(double x, double y, double width, double height, double baseline, List<InlineFragment> items) {

    public LineBox {
        items = List.copyOf(items);
    }
}
