package org.glassbox.layout;

import java.awt.image.BufferedImage;
import java.util.Optional;
import org.glassbox.css.Color;
import org.glassbox.style.ComputedStyle;
import org.jsoup.nodes.Element;

/**
 * What a line box holds: the part of an inline element that falls on this line, an image, or a
 * run of text. Positions are relative to the line box; the items come in paint order, an inline box
 * before the text inside it.
 */
public sealed interface InlineFragment {

    double x();

    double y();

    double width();

    double height();

    /**
     * The part of an inline element on one line, as its border box: the content area of its font
     * (not the line height, CSS 2.1 §10.6.1) with its padding and border around it. Only the
     * first part of an element split over lines has its left border and padding, only the last
     * its right ones (CSS 2.1 §9.4.2).
     */
    record InlineBox(Element element, ComputedStyle style, double x, double y, double width, double height,
            Edges border, Edges padding) implements InlineFragment {}

    /**
     * An atomic inline-level box (CSS 2.1 §9.2.2): an inline image, placed whole on one line.
     * Its position and size are its border box's.
     *
     * @param image the picture drawn in its content box; empty for a broken image
     */
    record ImageBox(Element element, ComputedStyle style, double x, double y, double width, double height, Edges border,
            Edges padding, Optional<BufferedImage> image) implements InlineFragment {}

    /**
     * A list item's marker drawn as a shape (CSS 2.1 §12.5): a {@code disc}, {@code circle} or
     * {@code square} the size Chromium gives it, in the list item's color.
     */
    record MarkerBox(String glyph, double x, double y, double width, double height, Color color)
            implements InlineFragment {}

    /**
     * Text drawn in one font and color.
     *
     * @param baseline the baseline's distance from the line box's top
     */
    record TextRun(String text, double x, double y, double width, double height, double baseline, UsedFont font,
            Color color) implements InlineFragment {}
}
