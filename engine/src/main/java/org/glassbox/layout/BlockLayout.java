package org.glassbox.layout;

import static org.glassbox.style.Property.BORDER_BOTTOM_WIDTH;
import static org.glassbox.style.Property.BORDER_LEFT_WIDTH;
import static org.glassbox.style.Property.BORDER_RIGHT_WIDTH;
import static org.glassbox.style.Property.BORDER_TOP_WIDTH;
import static org.glassbox.style.Property.HEIGHT;
import static org.glassbox.style.Property.MARGIN_BOTTOM;
import static org.glassbox.style.Property.MARGIN_LEFT;
import static org.glassbox.style.Property.MARGIN_RIGHT;
import static org.glassbox.style.Property.MARGIN_TOP;
import static org.glassbox.style.Property.PADDING_BOTTOM;
import static org.glassbox.style.Property.PADDING_LEFT;
import static org.glassbox.style.Property.PADDING_RIGHT;
import static org.glassbox.style.Property.PADDING_TOP;
import static org.glassbox.style.Property.WIDTH;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.glassbox.css.Calc;
import org.glassbox.css.CssValue;
import org.glassbox.css.CssValue.Length;
import org.glassbox.css.CssValue.Percentage;
import org.glassbox.render.RenderBlock;
import org.glassbox.render.RenderImage;
import org.glassbox.render.RenderObject;
import org.glassbox.style.ComputedStyle;

/**
 * Block formatting (CSS 2.1 §9.4.1): block boxes stacked one below another, each as wide as
 * its containing block allows (§10.3.3) and as tall as its content (§10.6.3), with vertical
 * margins collapsing where they meet (§8.3.1).
 *
 * <p>The order of the steps is forced by what depends on what: a block's width comes from its
 * containing block, so it is worked out first, top down; its children are laid out inside that
 * width; its height comes from them, so it is known last, bottom up. Where the block goes is
 * decided by its parent afterwards, because collapsing margins can move it.
 */
final class BlockLayout {

    /**
     * A block laid out but not yet placed: its box at (0, 0), and the margins that stick out of
     * its top and bottom edges, still waiting to collapse with its neighbours' margins.
     *
     * @param collapsesThrough the box is empty, so its own top and bottom margins touch
     */
    record Laid(BlockBox box, MarginStrut top, MarginStrut bottom, boolean collapsesThrough) {}

    /** The used horizontal values of §10.3.3, which must add up to the containing block's width. */
    private record Horizontal(double marginLeft, double width, double marginRight) {}

    private final InlineLayout inlineLayout;

    BlockLayout(InlineLayout inlineLayout) {
        this.inlineLayout = inlineLayout;
    }

    /**
     * Lays out a block and everything inside it.
     *
     * @param containingHeight the containing block's height if it is definite, else NaN
     * @param newContext the box establishes a new block formatting context (the root does), so
     *     no margin collapses through its edges
     */
    Laid layout(RenderBlock block, double containingWidth, double containingHeight, boolean newContext) {
        ComputedStyle style = block.style();
        Edges border = border(style);
        Edges padding = padding(style, containingWidth);
        Horizontal horizontal = horizontal(style, containingWidth, border, padding);
        Edges margin = new Edges(marginOrZero(style.get(MARGIN_TOP), containingWidth), horizontal.marginRight(),
                marginOrZero(style.get(MARGIN_BOTTOM), containingWidth), horizontal.marginLeft());
        OptionalDouble height = specifiedHeight(style, containingHeight);
        Stack stack = new Stack(margin.top(), border.left() + padding.left(), border.top() + padding.top(),
                newContext || border.top() > 0 || padding.top() > 0);
        if (block.hasInlineChildren()) {
            stack.addLines(inlineLayout.layout(block, horizontal.width()));
        } else {
            for (RenderObject child : block.children()) {
                stack.add(child instanceof RenderImage image
                        ? layoutReplaced(image, horizontal.width(), height.orElse(Double.NaN))
                        : layout((RenderBlock) child, horizontal.width(), height.orElse(Double.NaN), false));
            }
        }
        boolean bottomFenced = newContext || border.bottom() > 0 || padding.bottom() > 0 || height.orElse(0) > 0;
        return stack.finish(block, horizontal.width(), height, margin, border, padding, bottomFenced);
    }

    /**
     * Lays out a block-level replaced element, such as an image with {@code display: block}.
     * CSS 2.1 §10.3.4: its width is that of an inline one (§10.3.2), and then its margins follow
     * the rules for blocks, so auto margins center it. It has no content to collapse margins
     * through, so its own margins wait for its neighbours'.
     */
    private static Laid layoutReplaced(RenderImage image, double containingWidth, double containingHeight) {
        ComputedStyle style = image.style();
        Edges border = border(style);
        Edges padding = padding(style, containingWidth);
        ReplacedLayout.Size size = ReplacedLayout.usedSize(image, containingWidth, containingHeight);
        Horizontal horizontal = horizontal(style, size.width(), containingWidth, border, padding);
        Edges margin = new Edges(marginOrZero(style.get(MARGIN_TOP), containingWidth), horizontal.marginRight(),
                marginOrZero(style.get(MARGIN_BOTTOM), containingWidth), horizontal.marginLeft());
        BlockBox box = new BlockBox(image.element(), style, 0, 0, size.width() + border.horizontal() + padding.horizontal(),
                size.height() + border.vertical() + padding.vertical(), margin, border, padding, List.of(), List.of(),
                image.image());
        return new Laid(box, MarginStrut.of(margin.top()), MarginStrut.of(margin.bottom()), false);
    }

    /**
     * CSS 2.1 §10.3.3: margin-left + border + padding + width + padding + border + margin-right
     * equals the containing block's width. An auto width takes what is left (auto margins are
     * then 0); with a set width, two auto margins share what is left, which centers the box; if
     * nothing is auto, or the box is too wide, margin-right gives way.
     */
    private static Horizontal horizontal(ComputedStyle style, double containingWidth, Edges border, Edges padding) {
        CssValue width = style.get(WIDTH);
        CssValue marginLeft = style.get(MARGIN_LEFT);
        CssValue marginRight = style.get(MARGIN_RIGHT);
        double frame = border.horizontal() + padding.horizontal();
        double left = marginOrZero(marginLeft, containingWidth);
        double right = marginOrZero(marginRight, containingWidth);
        if (width.is("auto")) {
            return new Horizontal(left, Math.max(0, containingWidth - frame - left - right), right);
        }
        return horizontal(style, resolve(width, containingWidth), containingWidth, border, padding);
    }

    /** The margins of §10.3.3 around a width already known: set, or a replaced element's (§10.3.4). */
    private static Horizontal horizontal(ComputedStyle style, double used, double containingWidth, Edges border,
            Edges padding) {
        CssValue marginLeft = style.get(MARGIN_LEFT);
        CssValue marginRight = style.get(MARGIN_RIGHT);
        double frame = border.horizontal() + padding.horizontal();
        double left = marginOrZero(marginLeft, containingWidth);
        double right = marginOrZero(marginRight, containingWidth);
        double free = containingWidth - frame - used - left - right;
        if (free >= 0 && marginLeft.is("auto")) {
            return marginRight.is("auto") ? new Horizontal(free / 2, used, free / 2) : new Horizontal(free, used, right);
        }
        return new Horizontal(left, used, containingWidth - frame - used - left);
    }

    /** CSS 2.1 §10.5: a percentage height needs a containing block whose height does not depend on its content. */
    static OptionalDouble specifiedHeight(ComputedStyle style, double containingHeight) {
        CssValue height = style.get(HEIGHT);
        if (height instanceof Length length) {
            return OptionalDouble.of(length.value());
        }
        if ((height instanceof Percentage || height instanceof Calc) && !Double.isNaN(containingHeight)) {
            return OptionalDouble.of(resolve(height, containingHeight));
        }
        return OptionalDouble.empty();
    }

    static Edges border(ComputedStyle style) {
        return new Edges(style.px(BORDER_TOP_WIDTH), style.px(BORDER_RIGHT_WIDTH),
                style.px(BORDER_BOTTOM_WIDTH), style.px(BORDER_LEFT_WIDTH));
    }

    /** CSS 2.1 §8.4: percentages of padding, even top and bottom, are of the containing block's width. */
    static Edges padding(ComputedStyle style, double containingWidth) {
        return new Edges(resolve(style.get(PADDING_TOP), containingWidth), resolve(style.get(PADDING_RIGHT), containingWidth),
                resolve(style.get(PADDING_BOTTOM), containingWidth), resolve(style.get(PADDING_LEFT), containingWidth));
    }

    /** CSS 2.1 §10.6.3: an auto top or bottom margin of a block in normal flow is 0. */
    static double marginOrZero(CssValue margin, double containingWidth) {
        return margin.is("auto") ? 0 : resolve(margin, containingWidth);
    }

    /** A computed length, or a percentage of {@code base}, or a calculation with both, such as {@code calc(100% - 20px)}. */
    static double resolve(CssValue value, double base) {
        if (value instanceof Percentage percentage) {
            return base * percentage.value() / 100;
        }
        if (value instanceof Calc calc) {
            return calc.resolve(base);
        }
        return value instanceof Length length ? length.value() : 0;
    }

    /**
     * A block's children being stacked in its content box, top to bottom, with their margins
     * collapsing as they meet (CSS 2.1 §8.3.1).
     */
    private static final class Stack {

        private final double contentLeft;
        private final double contentTop;
        private final List<BlockBox> children = new ArrayList<>();
        private final List<LineBox> lines = new ArrayList<>();
        /** Margins that collapse through the block's own top edge: its own and its first children's. */
        private MarginStrut top;
        /** Margins between the last placed child and the next one. */
        private MarginStrut pending = MarginStrut.NONE;
        /** Until some content is placed, nothing separates the block's top margin from its children's (unless fenced). */
        private boolean atTop;
        /** The bottom of the content placed so far, from the top of the content box. */
        private double y;

        Stack(double marginTop, double contentLeft, double contentTop, boolean topFenced) {
            this.top = MarginStrut.of(marginTop);
            this.contentLeft = contentLeft;
            this.contentTop = contentTop;
            this.atTop = !topFenced;
        }

        void add(Laid child) {
            collapse(child.top());
            if (child.collapsesThrough()) {
                place(child, y + pending.collapsed());
                collapse(child.bottom());
                return;
            }
            y += pending.collapsed();
            place(child, y);
            y += child.box().height();
            pending = child.bottom();
            atTop = false;
        }

        /** Line boxes are content: once there is a line with height, margins above can no longer collapse through. */
        void addLines(List<LineBox> laidLines) {
            for (LineBox line : laidLines) {
                lines.add(new LineBox(contentLeft, contentTop + line.y(), line.width(), line.height(), line.baseline(), line.items()));
                y = line.y() + line.height();
            }
            atTop = atTop && y == 0;
        }

        private void collapse(MarginStrut margins) {
            if (atTop) {
                top = top.with(margins);
            } else {
                pending = pending.with(margins);
            }
        }

        private void place(Laid child, double childY) {
            children.add(child.box().at(contentLeft + child.box().margin().left(), contentTop + childY));
        }

        /**
         * Ends the stack. If the block's bottom edge is fenced off (by a border, padding, a set
         * height) the last child's margin stays inside it; otherwise it collapses through the
         * block's bottom with the block's own margin. An empty block lets its top margin collapse
         * through with its bottom one.
         */
        Laid finish(RenderBlock block, double contentWidth, OptionalDouble height, Edges margin, Edges border,
                Edges padding, boolean bottomFenced) {
            boolean empty = atTop && !bottomFenced;
            MarginStrut bottom = empty || bottomFenced ? MarginStrut.of(margin.bottom()) : pending.with(margin.bottom());
            if (bottomFenced) {
                y += pending.collapsed();
            }
            double contentHeight = height.orElse(y);
            BlockBox box = new BlockBox(block.element(), block.style(), 0, 0,
                    contentWidth + border.horizontal() + padding.horizontal(),
                    contentHeight + border.vertical() + padding.vertical(), margin, border, padding, children, lines,
                    Optional.empty());
            return empty ? new Laid(box, top, top.with(bottom), true) : new Laid(box, top, bottom, false);
        }
    }
}
