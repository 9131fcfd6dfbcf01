package org.glassbox.layout;

import static org.glassbox.style.Property.BOTTOM;
import static org.glassbox.style.Property.LEFT;
import static org.glassbox.style.Property.MARGIN_BOTTOM;
import static org.glassbox.style.Property.MARGIN_LEFT;
import static org.glassbox.style.Property.MARGIN_RIGHT;
import static org.glassbox.style.Property.MARGIN_TOP;
import static org.glassbox.style.Property.POSITION;
import static org.glassbox.style.Property.RIGHT;
import static org.glassbox.style.Property.TOP;

import java.util.OptionalDouble;
import org.glassbox.css.Calc;
import org.glassbox.css.CssValue;
import org.glassbox.css.CssValue.Length;
import org.glassbox.css.CssValue.Percentage;
import org.glassbox.layout.BlockLayout.Horizontal;
import org.glassbox.layout.BlockLayout.Laid;
import org.glassbox.render.RenderBlock;
import org.glassbox.render.RenderImage;
import org.glassbox.render.RenderObject;
import org.glassbox.style.ComputedStyle;

/**
 * Absolutely positioned boxes (CSS 2.1 §9.6, §10.3.7, §10.6.4): taken out of the flow, they are
 * laid out once their containing block — the padding box of the nearest positioned ancestor, or
 * the viewport — has its size, placed by {@code left}, {@code right}, {@code top} and
 * {@code bottom}. Where those are {@code auto}, the box stays where it would have been in the flow,
 * its "static position", which the flow noted for it; where its width is {@code auto} it shrinks
 * to fit its content.
 *
 * <p>Not yet: auto vertical margins centering a box, and static positions inside lines (an
 * absolutely positioned box among inline content starts a new block, so its static position is
 * on the next line).
 */
final class AbsoluteLayout {

    /**
     * An absolutely positioned box the flow has met, waiting for its containing block.
     *
     * @param staticX where the box's margin box would have started, relative to the border box of
     *     the box that carries it
     */
    record Pending(RenderObject box, double staticX, double staticY) {

        Pending moved(double dx, double dy) {
            return new Pending(box, staticX + dx, staticY + dy);
        }

        /** CSS 2.1 §10.1: a fixed box's containing block is always the viewport. */
        boolean isFixed() {
            return box.style().keyword(POSITION).equals("fixed");
        }
    }

    private final BlockLayout blocks;

    AbsoluteLayout(BlockLayout blocks) {
        this.blocks = blocks;
    }

    /**
     * Lays out an absolutely positioned box in its containing block, given in the same
     * coordinates as the box's static position.
     */
    BlockBox layout(Pending pending, double blockX, double blockY, double blockWidth, double blockHeight) {
        ComputedStyle style = pending.box().style();
        double staticLeft = pending.staticX() - blockX;
        Laid laid = pending.box() instanceof RenderImage image
                ? BlockLayout.layoutReplaced(image, blockWidth, blockHeight)
                : layoutBlock((RenderBlock) pending.box(), blockWidth, blockHeight, staticLeft);
        BlockBox box = laid.box();
        double left = offsetOr(style.get(LEFT), blockWidth, Double.NaN);
        double x = Double.isNaN(left) ? horizontalStart(style, box, blockWidth, staticLeft) : left;
        double top = verticalStart(style, box, blockHeight, pending.staticY() - blockY);
        return box.at(blockX + x + box.margin().left(), blockY + top + box.margin().top());
    }

    private Laid layoutBlock(RenderBlock block, double blockWidth, double blockHeight, double staticLeft) {
        ComputedStyle style = block.style();
        Sizing sizing = Sizing.of(style, BlockLayout.border(style), BlockLayout.padding(style, blockWidth));
        Horizontal horizontal = horizontal(block, sizing, blockWidth, staticLeft);
        OptionalDouble height = stretchedHeight(style, sizing, blockWidth, blockHeight);
        return blocks.layoutContent(block, horizontal, height, BlockLayout.Space.newContext(blockWidth, blockHeight), 0);
    }

    /**
     * CSS 2.1 §10.3.7: the width and horizontal margins. With {@code width: auto} the box shrinks to
     * fit the room {@code left} and {@code right} leave (the static position standing in for an
     * auto {@code left}); when left, width and right are all set, auto margins share what is left.
     */
    private Horizontal horizontal(RenderBlock block, Sizing sizing, double blockWidth, double staticLeft) {
        ComputedStyle style = block.style();
        double left = offsetOr(style.get(LEFT), blockWidth, Double.NaN);
        double right = offsetOr(style.get(RIGHT), blockWidth, Double.NaN);
        CssValue marginLeft = style.get(MARGIN_LEFT);
        CssValue marginRight = style.get(MARGIN_RIGHT);
        double ml = BlockLayout.margin(style, MARGIN_LEFT, blockWidth);
        double mr = BlockLayout.margin(style, MARGIN_RIGHT, blockWidth);
        OptionalDouble set = sizing.width(blockWidth);
        double room = blockWidth - (Double.isNaN(left) ? (Double.isNaN(right) ? staticLeft : 0) : left)
                - (Double.isNaN(right) ? 0 : right) - ml - mr - sizing.frameWidth();
        double width = sizing.clampWidth(set.orElseGet(() -> Double.isNaN(left) || Double.isNaN(right)
                ? blocks.intrinsicWidths(block).shrinkToFit(room) : Math.max(0, room)), blockWidth);
        if (Double.isNaN(left) || Double.isNaN(right) || !(marginLeft.is("auto") || marginRight.is("auto"))) {
            return new Horizontal(ml, width, mr);
        }
        double free = blockWidth - left - right - width - sizing.frameWidth() - ml - mr;
        if (marginLeft.is("auto") && marginRight.is("auto")) {
            return free >= 0 ? new Horizontal(free / 2, width, free / 2) : new Horizontal(0, width, free);
        }
        return marginLeft.is("auto") ? new Horizontal(free, width, mr) : new Horizontal(ml, width, free);
    }

    /** CSS 2.1 §10.3.7: with {@code left: auto}, the box hangs from {@code right}, or else sits at its static position. */
    private static double horizontalStart(ComputedStyle style, BlockBox box, double blockWidth, double staticLeft) {
        double right = offsetOr(style.get(RIGHT), blockWidth, Double.NaN);
        if (Double.isNaN(right)) {
            return staticLeft;
        }
        return blockWidth - right - box.margin().right() - box.width() - box.margin().left();
    }

    /**
     * CSS 2.1 §10.6.4: with {@code height: auto} and both {@code top} and {@code bottom} set, the
     * box stretches between them.
     */
    private static OptionalDouble stretchedHeight(ComputedStyle style, Sizing sizing, double blockWidth, double blockHeight) {
        double top = offsetOr(style.get(TOP), blockHeight, Double.NaN);
        double bottom = offsetOr(style.get(BOTTOM), blockHeight, Double.NaN);
        if (sizing.height(blockHeight).isPresent() || Double.isNaN(top) || Double.isNaN(bottom)) {
            return OptionalDouble.empty();
        }
        double margins = BlockLayout.margin(style, MARGIN_TOP, blockWidth)
                + BlockLayout.margin(style, MARGIN_BOTTOM, blockWidth);
        return OptionalDouble.of(Math.max(0, blockHeight - top - bottom - margins - sizing.frameHeight()));
    }

    /** CSS 2.1 §10.6.4: the top of the margin box, from {@code top}, else from {@code bottom}, else the static position. */
    private static double verticalStart(ComputedStyle style, BlockBox box, double blockHeight, double staticTop) {
        double top = offsetOr(style.get(TOP), blockHeight, Double.NaN);
        if (!Double.isNaN(top)) {
            return top;
        }
        double bottom = offsetOr(style.get(BOTTOM), blockHeight, Double.NaN);
        return Double.isNaN(bottom) ? staticTop
                : blockHeight - bottom - box.margin().bottom() - box.height() - box.margin().top();
    }

    /** An offset property in pixels, or {@code fallback} if it is auto. */
    private static double offsetOr(CssValue value, double base, double fallback) {
        if (value instanceof Length || value instanceof Percentage || value instanceof Calc) {
            return BlockLayout.resolve(value, base);
        }
        return fallback;
    }
}
