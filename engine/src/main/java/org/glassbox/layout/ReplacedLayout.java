package org.glassbox.layout;

import static org.glassbox.style.Property.MARGIN_BOTTOM;
import static org.glassbox.style.Property.MARGIN_LEFT;
import static org.glassbox.style.Property.MARGIN_RIGHT;
import static org.glassbox.style.Property.MARGIN_TOP;
import static org.glassbox.style.Property.WIDTH;

import java.awt.image.BufferedImage;
import java.util.OptionalDouble;
import org.glassbox.css.CssValue;
import org.glassbox.render.RenderImage;
import org.glassbox.style.ComputedStyle;

/**
 * The size of a replaced element such as an image (CSS 2.1 §10.3.2, §10.6.2). Unlike a block,
 * whose width comes from its containing block and whose height comes from its content, a
 * replaced element brings its own size: its intrinsic width and height, and the ratio between
 * them, which fills in whichever of {@code width} and {@code height} is {@code auto}.
 *
 * <p>Not yet: {@code min-width}, {@code max-width} and their height twins (§10.4, §10.7), and
 * {@code box-sizing}.
 */
final class ReplacedLayout {

    /** The used width and height of a replaced box's content. */
    record Size(double width, double height) {}

    /** A replaced box's used content size, and the edges around it. */
    record Sized(double width, double height, Edges margin, Edges border, Edges padding) {

        double borderBoxWidth() {
            return width + padding.horizontal() + border.horizontal();
        }

        double borderBoxHeight() {
            return height + padding.vertical() + border.vertical();
        }

        /** The width a line gives the box: its margin box's (CSS 2.1 §10.8). */
        double marginBoxWidth() {
            return borderBoxWidth() + margin.horizontal();
        }

        /** How far the box reaches above the baseline it sits on: its margin box's height (CSS 2.1 §10.8.1). */
        double marginBoxHeight() {
            return borderBoxHeight() + margin.vertical();
        }
    }

    private ReplacedLayout() {}

    /**
     * Sizes an inline replaced element. CSS 2.1 §10.3.2 and §10.6.2: its {@code auto} margins
     * are 0, since a line does not center or push its boxes.
     *
     * @param containingWidth what percentages of width, margins and padding are of
     */
    static Sized inline(RenderImage image, double containingWidth) {
        ComputedStyle style = image.style();
        Size size = usedSize(image, containingWidth, Double.NaN);
        return new Sized(size.width(), size.height(), inlineMargins(style, containingWidth), BlockLayout.border(style),
                BlockLayout.padding(style, containingWidth));
    }

    /** CSS 2.1 §10.3.1, §10.3.2: the margins of an inline-level box, where auto is 0; percentages are of the containing width. */
    static Edges inlineMargins(ComputedStyle style, double containingWidth) {
        return new Edges(BlockLayout.margin(style, MARGIN_TOP, containingWidth),
                BlockLayout.margin(style, MARGIN_RIGHT, containingWidth),
                BlockLayout.margin(style, MARGIN_BOTTOM, containingWidth),
                BlockLayout.margin(style, MARGIN_LEFT, containingWidth));
    }

    /**
     * The used width and height of the content box. CSS 2.1 §10.3.2 and §10.6.2: both auto,
     * the intrinsic size; one auto, computed from the other through the intrinsic ratio; both
     * set, as set, even if that distorts the picture. A broken image has no intrinsic size: 0.
     *
     * @param containingHeight the containing block's height if definite, else NaN, which makes a
     *     percentage height auto (§10.5)
     */
    static Size usedSize(RenderImage image, double containingWidth, double containingHeight) {
        CssValue width = image.style().get(WIDTH);
        OptionalDouble setWidth = width.is("auto") ? OptionalDouble.empty()
                : OptionalDouble.of(BlockLayout.resolve(width, containingWidth));
        OptionalDouble setHeight = BlockLayout.specifiedHeight(image.style(), containingHeight);
        double intrinsicWidth = image.image().map(BufferedImage::getWidth).orElse(0);
        double intrinsicHeight = image.image().map(BufferedImage::getHeight).orElse(0);
        if (setWidth.isPresent() && setHeight.isPresent()) {
            return new Size(setWidth.getAsDouble(), setHeight.getAsDouble());
        }
        if (setWidth.isPresent()) {
            double ratio = intrinsicWidth == 0 ? 0 : intrinsicHeight / intrinsicWidth;
            return new Size(setWidth.getAsDouble(), ratio == 0 ? intrinsicHeight : setWidth.getAsDouble() * ratio);
        }
        if (setHeight.isPresent()) {
            double ratio = intrinsicHeight == 0 ? 0 : intrinsicWidth / intrinsicHeight;
            return new Size(ratio == 0 ? intrinsicWidth : setHeight.getAsDouble() * ratio, setHeight.getAsDouble());
        }
        return new Size(intrinsicWidth, intrinsicHeight);
    }
}
