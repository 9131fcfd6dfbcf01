package org.glassbox.layout;

import java.awt.image.BufferedImage;
import java.util.List;
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

    /** The same fragment moved by (dx, dy): a relatively positioned inline box and what is inside it (CSS 2.1 §9.4.3). */
    InlineFragment moved(double dx, double dy);

    /**
     * The part of an inline element on one line, as its border box: the content area of its font
     * (not the line height, CSS 2.1 §10.6.1) with its padding and border around it. Only the
     * first part of an element split over lines has its left border and padding, only the last
     * its right ones (CSS 2.1 §9.4.2).
     */
    record InlineBox(Element element, ComputedStyle style, double x, double y, double width, double height,
            Edges border, Edges padding) implements InlineFragment {

        @Override
        public InlineBox moved(double dx, double dy) {
            return new InlineBox(element, style, x + dx, y + dy, width, height, border, padding);
        }
    }

    /**
     * An atomic inline-level box (CSS 2.1 §9.2.2): an inline image, placed whole on one line.
     * Its position and size are its border box's.
     *
     * @param image the picture drawn in its content box; empty for a broken image
     */
    record ImageBox(Element element, ComputedStyle style, double x, double y, double width, double height, Edges border,
            Edges padding, Optional<BufferedImage> image) implements InlineFragment {

        @Override
        public ImageBox moved(double dx, double dy) {
            return new ImageBox(element, style, x + dx, y + dy, width, height, border, padding, image);
        }
    }

    /**
     * An inline-block (CSS 2.1 §9.2.4): a block laid out on its own and placed whole on the line,
     * as an atomic box. Its box is positioned relative to the line box, like every fragment.
     */
    record InlineBlock(BlockBox box) implements InlineFragment {

        @Override
        public double x() {
            return box.x();
        }

        @Override
        public double y() {
            return box.y();
        }

        @Override
        public double width() {
            return box.width();
        }

        @Override
        public double height() {
            return box.height();
        }

        @Override
        public InlineBlock moved(double dx, double dy) {
            return new InlineBlock(box.at(box.x() + dx, box.y() + dy));
        }
    }

    /**
     * A list item's marker drawn as a shape (CSS 2.1 §12.5): a {@code disc}, {@code circle} or
     * {@code square} the size Chromium gives it, in the list item's color.
     */
    record MarkerBox(String glyph, double x, double y, double width, double height, Color color)
            implements InlineFragment {

        @Override
        public MarkerBox moved(double dx, double dy) {
            return new MarkerBox(glyph, x + dx, y + dy, width, height, color);
        }
    }

    /**
     * Text drawn in one font and color.
     *
     * @param baseline the baseline's distance from the line box's top
     * @param decorating the styles of the inline boxes around the text that decorate it (CSS 2.1 §16.3.1),
     *     outermost first
     */
    record TextRun(String text, double x, double y, double width, double height, double baseline, UsedFont font,
            Color color, List<ComputedStyle> decorating) implements InlineFragment {

        @Override
        public TextRun moved(double dx, double dy) {
            return new TextRun(text, x + dx, y + dy, width, height, baseline + dy, font, color, decorating);
        }
    }
}
