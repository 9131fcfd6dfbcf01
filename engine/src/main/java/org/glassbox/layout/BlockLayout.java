package org.glassbox.layout;

import static org.glassbox.style.Property.BORDER_BOTTOM_WIDTH;
import static org.glassbox.style.Property.BORDER_LEFT_WIDTH;
import static org.glassbox.style.Property.BORDER_RIGHT_WIDTH;
import static org.glassbox.style.Property.BORDER_TOP_WIDTH;
import static org.glassbox.style.Property.BOTTOM;
import static org.glassbox.style.Property.CLEAR;
import static org.glassbox.style.Property.FLOAT;
import static org.glassbox.style.Property.LEFT;
import static org.glassbox.style.Property.MARGIN_BOTTOM;
import static org.glassbox.style.Property.MARGIN_LEFT;
import static org.glassbox.style.Property.MARGIN_RIGHT;
import static org.glassbox.style.Property.MARGIN_TOP;
import static org.glassbox.style.Property.OVERFLOW;
import static org.glassbox.style.Property.PADDING_BOTTOM;
import static org.glassbox.style.Property.PADDING_LEFT;
import static org.glassbox.style.Property.PADDING_RIGHT;
import static org.glassbox.style.Property.PADDING_TOP;
import static org.glassbox.style.Property.POSITION;
import static org.glassbox.style.Property.RIGHT;
import static org.glassbox.style.Property.TOP;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.glassbox.css.Calc;
import org.glassbox.css.CssValue;
import org.glassbox.css.CssValue.Length;
import org.glassbox.css.CssValue.Percentage;
import org.glassbox.layout.AbsoluteLayout.Pending;
import org.glassbox.render.RenderBlock;
import org.glassbox.render.RenderImage;
import org.glassbox.render.RenderObject;
import org.glassbox.style.ComputedStyle;
import org.glassbox.style.Property;

/**
 * Block formatting (CSS 2.1 §9.4.1): block boxes stacked one below another, each as wide as
 * its containing block allows (§10.3.3) and as tall as its content (§10.6.3), with vertical
 * margins collapsing where they meet (§8.3.1), floats taken out of the stack and put to the side
 * (§9.5), and absolutely positioned boxes left for their containing block to place (§10.3.7).
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
     * @param absolutes absolutely positioned boxes inside it still waiting for their containing
     *     block, with their static positions relative to this box's border box
     */
    record Laid(BlockBox box, MarginStrut top, MarginStrut bottom, boolean collapsesThrough, List<Pending> absolutes) {}

    /** The used horizontal values of §10.3.3, which must add up to the containing block's width. */
    record Horizontal(double marginLeft, double width, double marginRight) {}

    /**
     * What a block is laid out in: its containing block's content size (the height NaN when it
     * depends on the content, §10.5), and the floats of the block formatting context, with where
     * the containing block's content box starts in the context's coordinates.
     */
    record Space(double width, double height, Floats floats, double originX, double originY) {

        /** A new block formatting context of this size: no floats from outside come in (§9.4.1). */
        static Space newContext(double width, double height) {
            return new Space(width, height, new Floats(), 0, 0);
        }
    }

    private final InlineLayout inlineLayout;
    private final IntrinsicWidths intrinsicWidths;
    private final TableLayout tableLayout;

    BlockLayout(InlineLayout inlineLayout, IntrinsicWidths intrinsicWidths) {
        this.inlineLayout = inlineLayout;
        this.intrinsicWidths = intrinsicWidths;
        this.tableLayout = new TableLayout(this, intrinsicWidths);
    }

    /**
     * Lays out a block in normal flow and everything inside it.
     *
     * @param top where the block's border box will probably start in the containing block's
     *     content box, so that floats beside it can be found
     */
    Laid layout(RenderBlock block, Space space, double top) {
        ComputedStyle style = block.style();
        Edges border = border(style);
        Edges padding = padding(style, space.width());
        Horizontal horizontal = isTable(style) ? tableHorizontal(block, space.width(), border, padding)
                : horizontal(style, space.width(), border, padding);
        return layoutContent(block, horizontal, OptionalDouble.empty(), space, top);
    }

    /**
     * Until Glassbox lays out tables, a table is a block whose auto width, like a table's (CSS 2.1
     * §17.5.2.2), shrinks to fit its content; its margins then follow §10.3.3.
     */
    private Horizontal tableHorizontal(RenderBlock block, double containingWidth, Edges border, Edges padding) {
        ComputedStyle style = block.style();
        Sizing sizing = Sizing.of(style, border, padding);
        double available = autoWidth(style, containingWidth, sizing.frameWidth()).width();
        double width = sizing.width(containingWidth).orElseGet(() -> intrinsicWidths.ofContent(block).shrinkToFit(available));
        return horizontal(style, sizing.clampWidth(width, containingWidth), containingWidth, border, padding);
    }

    static boolean isTable(ComputedStyle style) {
        return style.display().equals("table") || style.display().equals("inline-table");
    }

    /**
     * Lays out a block that is not in normal flow — a float, an inline-block — whose width, when
     * {@code auto}, shrinks to fit its content (CSS 2.1 §10.3.5, §10.3.9) and whose auto margins
     * are 0. It establishes a block formatting context of its own.
     */
    Laid layoutShrinkToFit(RenderBlock block, double containingWidth, double containingHeight) {
        ComputedStyle style = block.style();
        Edges border = border(style);
        Edges padding = padding(style, containingWidth);
        double marginLeft = margin(style, MARGIN_LEFT, containingWidth);
        double marginRight = margin(style, MARGIN_RIGHT, containingWidth);
        Sizing sizing = Sizing.of(style, border, padding);
        double available = containingWidth - marginLeft - marginRight - sizing.frameWidth();
        double width = sizing.width(containingWidth)
                .orElseGet(() -> intrinsicWidths.ofContent(block).shrinkToFit(available));
        Horizontal horizontal = new Horizontal(marginLeft, sizing.clampWidth(width, containingWidth), marginRight);
        return layoutContent(block, horizontal, OptionalDouble.empty(), Space.newContext(containingWidth, containingHeight), 0);
    }

    /** The preferred widths of a block's content, for boxes that shrink to fit it. */
    IntrinsicWidths.Widths intrinsicWidths(RenderBlock block) {
        return intrinsicWidths.ofContent(block);
    }

    /**
     * Lays out a block's content once its width and horizontal margins are known.
     *
     * @param forcedHeight a height imposed from outside (an absolutely positioned box's, §10.6.4),
     *     or empty to use the block's own
     */
    Laid layoutContent(RenderBlock block, Horizontal horizontal, OptionalDouble forcedHeight, Space space, double top) {
        ComputedStyle style = block.style();
        Edges border = border(style);
        Edges padding = padding(style, space.width());
        Edges margin = new Edges(margin(style, MARGIN_TOP, space.width()), horizontal.marginRight(),
                margin(style, MARGIN_BOTTOM, space.width()), horizontal.marginLeft());
        Sizing sizing = Sizing.of(style, border, padding);
        OptionalDouble height = forcedHeight.isPresent() ? forcedHeight : sizing.height(space.height());
        boolean newContext = establishesContext(block);
        Space inside = newContext
                ? Space.newContext(horizontal.width(), height.orElse(Double.NaN))
                : new Space(horizontal.width(), height.orElse(Double.NaN), space.floats(),
                        space.originX() + margin.left() + border.left() + padding.left(),
                        space.originY() + top + border.top() + padding.top());
        Stack stack = new Stack(margin.top(), border.left() + padding.left(), border.top() + padding.top(), inside,
                newContext || border.top() > 0 || padding.top() > 0);
        layoutChildren(block, horizontal.width(), sizing.usedHeight(0, space.height()), stack);
        boolean bottomFenced = newContext || border.bottom() > 0 || padding.bottom() > 0 || height.orElse(0) > 0;
        return movedWithEnclosingInlines(block, stack.finish(block, horizontal.width(), height, sizing, margin, border,
                padding, bottomFenced), space);
    }

    /**
     * A block holds a table's grid (after its captions), lines of inline content, or blocks.
     *
     * @param minimumHeight the height a table's rows must fill
     */
    private void layoutChildren(RenderBlock block, double width, double minimumHeight, Stack stack) {
        if (isTable(block.style())) {
            block.children().stream().filter(child -> child.style().display().equals("table-caption")).forEach(stack::add);
            stack.addGrid(tableLayout.layout(block, width, minimumHeight));
        } else if (block.hasInlineChildren()) {
            stack.addLines(inlineLayout.layout(block, width, stack));
        } else {
            block.children().forEach(stack::add);
        }
    }

    /**
     * CSS 2.1 §9.2.1.1: a block inside relatively positioned inlines moves with them (§9.4.3). The
     * laid-out box carries that shift as its position, which its parent adds to where it places it.
     */
    private static Laid movedWithEnclosingInlines(RenderBlock block, Laid laid, Space space) {
        double[] shift = relativeOffset(block.enclosingInlines(), space.width(), Double.NaN);
        return shift[0] == 0 && shift[1] == 0 ? laid : new Laid(laid.box().at(shift[0], shift[1]), laid.top(),
                laid.bottom(), laid.collapsesThrough(), laid.absolutes());
    }

    /**
     * CSS 2.1 §9.4.1: the root, floats, absolutely positioned boxes, block containers that are not
     * block boxes (inline-blocks, table cells) and blocks whose overflow is not visible start a new
     * block formatting context, and so does a table (§17.4): floats outside do not reach in, and
     * their margins do not collapse with their children's.
     */
    static boolean establishesContext(RenderBlock block) {
        ComputedStyle style = block.style();
        return isRoot(block) || block.isInlineLevel() || style.isOutOfFlow()
                || !style.get(OVERFLOW).is("visible") || style.display().equals("flow-root")
                || style.display().equals("table-cell") || isTable(style);
    }

    private static boolean isRoot(RenderBlock block) {
        return block.element() != null && block.element().parent() == block.element().ownerDocument();
    }

    /**
     * Lays out a block-level replaced element, such as an image with {@code display: block}.
     * CSS 2.1 §10.3.4: its width is that of an inline one (§10.3.2), and then its margins follow
     * the rules for blocks, so auto margins center it — unless it floats (§10.3.6) or is absolutely
     * positioned (§10.3.8), when they are 0.
     * It has no content to collapse margins through, so its own margins wait for its neighbours'.
     */
    static Laid layoutReplaced(RenderImage image, double containingWidth, double containingHeight) {
        ComputedStyle style = image.style();
        Edges border = border(style);
        Edges padding = padding(style, containingWidth);
        ReplacedLayout.Size size = ReplacedLayout.usedSize(image, containingWidth, containingHeight);
        Horizontal horizontal = style.isOutOfFlow()
                ? new Horizontal(margin(style, MARGIN_LEFT, containingWidth), size.width(),
                        margin(style, MARGIN_RIGHT, containingWidth))
                : horizontal(style, size.width(), containingWidth, border, padding);
        Edges margin = new Edges(margin(style, MARGIN_TOP, containingWidth), horizontal.marginRight(),
                margin(style, MARGIN_BOTTOM, containingWidth), horizontal.marginLeft());
        BlockBox box = new BlockBox(image.element(), style, 0, 0, size.width() + border.horizontal() + padding.horizontal(),
                size.height() + border.vertical() + padding.vertical(), margin, border, padding, List.of(), List.of(),
                image.image());
        return new Laid(box, MarginStrut.of(margin.top()), MarginStrut.of(margin.bottom()), false, List.of());
    }

    /**
     * CSS 2.1 §10.3.3 with §10.4: the width rules are applied to the specified width; if the
     * result is wider than {@code max-width} they are applied again to that, and then if it is
     * narrower than {@code min-width}, to that.
     */
    private static Horizontal horizontal(ComputedStyle style, double containingWidth, Edges border, Edges padding) {
        Sizing sizing = Sizing.of(style, border, padding);
        OptionalDouble width = sizing.width(containingWidth);
        Horizontal tentative = width.isPresent()
                ? horizontal(style, width.getAsDouble(), containingWidth, border, padding)
                : autoWidth(style, containingWidth, sizing.frameWidth());
        double clamped = sizing.clampWidth(tentative.width(), containingWidth);
        return clamped == tentative.width() ? tentative : horizontal(style, clamped, containingWidth, border, padding);
    }

    /** §10.3.3: an auto width takes what the margins, borders and padding leave; auto margins are then 0. */
    private static Horizontal autoWidth(ComputedStyle style, double containingWidth, double frame) {
        double left = margin(style, MARGIN_LEFT, containingWidth);
        double right = margin(style, MARGIN_RIGHT, containingWidth);
        return new Horizontal(left, Math.max(0, containingWidth - frame - left - right), right);
    }

    /**
     * The margins of §10.3.3 around a width already known: with two auto margins, they share what
     * is left, which centers the box; if nothing is auto, or the box is too wide, margin-right
     * gives way.
     */
    private static Horizontal horizontal(ComputedStyle style, double used, double containingWidth, Edges border,
            Edges padding) {
        CssValue marginLeft = style.get(MARGIN_LEFT);
        CssValue marginRight = style.get(MARGIN_RIGHT);
        double frame = border.horizontal() + padding.horizontal();
        double left = margin(style, MARGIN_LEFT, containingWidth);
        double right = margin(style, MARGIN_RIGHT, containingWidth);
        double free = containingWidth - frame - used - left - right;
        if (free >= 0 && marginLeft.is("auto")) {
            return marginRight.is("auto") ? new Horizontal(free / 2, used, free / 2) : new Horizontal(free, used, right);
        }
        return new Horizontal(left, used, containingWidth - frame - used - left);
    }

    /** CSS 2.1 §10.5: a percentage height needs a containing block whose height does not depend on its content. */
    static OptionalDouble specifiedHeight(ComputedStyle style, double containingHeight) {
        return Sizing.of(style, border(style), padding(style, 0)).height(containingHeight);
    }

    static Edges border(ComputedStyle style) {
        return new Edges(style.px(BORDER_TOP_WIDTH), style.px(BORDER_RIGHT_WIDTH),
                style.px(BORDER_BOTTOM_WIDTH), style.px(BORDER_LEFT_WIDTH));
    }

    /**
     * CSS 2.1 §8.4: percentages of padding, even top and bottom, are of the containing block's
     * width. Rows, row groups and columns of a table have no padding.
     */
    static Edges padding(ComputedStyle style, double containingWidth) {
        String display = style.display();
        if (display.startsWith("table-row") || display.startsWith("table-column") || display.endsWith("-group")) {
            return Edges.ZERO;
        }
        return new Edges(resolve(style.get(PADDING_TOP), containingWidth), resolve(style.get(PADDING_RIGHT), containingWidth),
                resolve(style.get(PADDING_BOTTOM), containingWidth), resolve(style.get(PADDING_LEFT), containingWidth));
    }

    /**
     * One side's margin. CSS 2.1 §10.6.3: an auto top or bottom margin of a block in normal flow is
     * 0. §8.3: the internal parts of a table — rows, cells, columns and their groups — have none.
     */
    static double margin(ComputedStyle style, Property side, double containingWidth) {
        String display = style.display();
        return display.startsWith("table-") && !display.equals("table-caption") ? 0
                : marginOrZero(style.get(side), containingWidth);
    }

    private static double marginOrZero(CssValue margin, double containingWidth) {
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
     * CSS 2.1 §9.4.3: a relatively positioned box moves by {@code left} (or, if that is auto, minus
     * {@code right}) and {@code top} (or minus {@code bottom}) after layout, leaving its place in
     * the flow where it was. A percentage {@code top} against an unknown height counts as auto.
     *
     * @return the shift, x then y
     */
    static double[] relativeOffset(ComputedStyle style, double containingWidth, double containingHeight) {
        if (!style.keyword(POSITION).equals("relative")) {
            return new double[] {0, 0};
        }
        return new double[] {offset(style.get(LEFT), style.get(RIGHT), containingWidth),
            offset(style.get(TOP), style.get(BOTTOM), containingHeight)};
    }

    /** The relative offsets of several boxes, one inside the next, added up: what moves the innermost. */
    static double[] relativeOffset(List<ComputedStyle> styles, double containingWidth, double containingHeight) {
        double[] sum = {0, 0};
        for (ComputedStyle style : styles) {
            double[] offset = relativeOffset(style, containingWidth, containingHeight);
            sum[0] += offset[0];
            sum[1] += offset[1];
        }
        return sum;
    }

    private static double offset(CssValue start, CssValue end, double base) {
        if (isKnown(start, base)) {
            return resolve(start, base);
        }
        return isKnown(end, base) ? -resolve(end, base) : 0;
    }

    private static boolean isKnown(CssValue value, double base) {
        return value instanceof Length || (value instanceof Percentage || value instanceof Calc) && !Double.isNaN(base);
    }

    /**
     * A block's children being stacked in its content box, top to bottom, with their margins
     * collapsing as they meet (CSS 2.1 §8.3.1), floats placed beside them (§9.5.1) and absolutely
     * positioned boxes noted where they would have been (§10.3.7, "static position").
     */
    private final class Stack implements InlineLayout.Surroundings {

        private final double contentLeft;
        private final double contentTop;
        private final Space space;
        private final List<BlockBox> children = new ArrayList<>();
        private final List<LineBox> lines = new ArrayList<>();
        private final List<Pending> absolutes = new ArrayList<>();
        /** Margins that collapse through the block's own top edge: its own and its first children's. */
        private MarginStrut top;
        /** Margins between the last placed child and the next one. */
        private MarginStrut pending = MarginStrut.NONE;
        /** Until some content is placed, nothing separates the block's top margin from its children's (unless fenced). */
        private boolean atTop;
        /** The bottom of the content placed so far, from the top of the content box. */
        private double y;

        Stack(double marginTop, double contentLeft, double contentTop, Space space, boolean topFenced) {
            this.top = MarginStrut.of(marginTop);
            this.contentLeft = contentLeft;
            this.contentTop = contentTop;
            this.space = space;
            this.atTop = !topFenced;
        }

        void add(RenderObject child) {
            ComputedStyle style = child.style();
            if (style.isAbsolutelyPositioned()) {
                absolutes.add(new Pending(child, contentLeft, contentTop + y + pending.collapsed()));
            } else if (style.isFloat()) {
                addFloat(child);
            } else if (child instanceof RenderImage image) {
                add(layoutReplaced(image, space.width(), space.height()), clearance(style));
            } else {
                OptionalDouble clearance = clearance(style);
                double estimate = clearance.orElse(y + pending.with(margin(style, MARGIN_TOP, space.width())).collapsed());
                RenderBlock block = (RenderBlock) child;
                add(establishesContext(block) && !space.floats().isEmpty()
                        ? layoutBesideFloats(block, estimate) : layout(block, space, estimate), clearance);
            }
        }

        /**
         * CSS 2.1 §9.5: a block that starts a formatting context of its own must not overlap the
         * floats around it, so it is laid out in the band they leave free where it starts.
         */
        private Laid layoutBesideFloats(RenderBlock block, double estimate) {
            Floats.Band band = space.floats().band(space.originY() + estimate, 1, space.originX(),
                    space.originX() + space.width());
            Space beside = new Space(band.width(), space.height(), space.floats(), band.left(), space.originY());
            Laid laid = layout(block, beside, estimate);
            BlockBox box = laid.box();
            return new Laid(box.at(box.x() + band.left() - space.originX(), box.y()), laid.top(), laid.bottom(),
                    laid.collapsesThrough(), laid.absolutes());
        }

        /**
         * CSS 2.1 §9.5.2: a box that clears floats on a side starts below them, if they reach further
         * down than it would otherwise start; its top margin then no longer collapses with the
         * margins above it.
         *
         * @return where the box's border box must start in the content box, or empty if it need not move
         */
        private OptionalDouble clearance(ComputedStyle style) {
            String clear = style.keyword(CLEAR);
            if (clear.equals("none") || space.floats().isEmpty()) {
                return OptionalDouble.empty();
            }
            double floor = space.floats().clearance(clear) - space.originY();
            double hypothetical = y + pending.with(margin(style, MARGIN_TOP, space.width())).collapsed();
            return floor > hypothetical ? OptionalDouble.of(floor) : OptionalDouble.empty();
        }

        private void add(Laid child, OptionalDouble clearance) {
            if (clearance.isPresent()) {
                y = clearance.getAsDouble();
                pending = MarginStrut.NONE;
                atTop = false;
                place(child, y);
                y += child.box().height();
                pending = child.bottom();
                return;
            }
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

        /**
         * CSS 2.1 §9.5.1: a float is laid out on its own, shrunk to fit, and put as high as it may
         * go — no higher than where the next box in the flow would start — and as far to its side as
         * the floats already there allow. The flow itself does not move for it.
         */
        private void addFloat(RenderObject child) {
            Laid laid = child instanceof RenderImage image
                    ? layoutReplaced(image, space.width(), space.height())
                    : movedWithEnclosingInlines((RenderBlock) child,
                            layoutShrinkToFit((RenderBlock) child, space.width(), space.height()), space);
            BlockBox box = laid.box();
            Edges margin = box.margin();
            double[] corner = space.floats().place(child.style().keyword(FLOAT).equals("left"),
                    box.width() + margin.horizontal(), box.height() + margin.vertical(),
                    space.originY() + y + pending.collapsed(), space.originX(), space.originX() + space.width());
            double x = corner[0] - space.originX() + contentLeft + margin.left();
            double floatY = corner[1] - space.originY() + contentTop + margin.top();
            placeAt(laid, x + box.x(), floatY + box.y());
        }

        /** A table's rows, placed in its content box below what came before (its captions). */
        void addGrid(TableLayout.Grid grid) {
            y += pending.collapsed();
            pending = MarginStrut.NONE;
            for (BlockBox box : grid.boxes()) {
                children.add(box.at(contentLeft + box.x(), contentTop + y + box.y()));
            }
            y += grid.height();
            atTop = false;
        }

        @Override
        public Floats.Band band(double top, double height) {
            Floats.Band band = space.floats().band(space.originY() + top, height, space.originX(),
                    space.originX() + space.width());
            return new Floats.Band(band.left() - space.originX(), band.right() - space.originX());
        }

        @Override
        public double nextFloatBottom(double top) {
            return space.floats().nextBottom(space.originY() + top) - space.originY();
        }

        @Override
        public Laid layoutInlineBlock(RenderBlock block) {
            return layoutShrinkToFit(block, space.width(), space.height());
        }

        /** Line boxes are content: once there is a line with height, margins above can no longer collapse through. */
        void addLines(List<LineBox> laidLines) {
            for (LineBox line : laidLines) {
                lines.add(line.at(contentLeft, contentTop + line.y()));
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

        /**
         * Places a child below the last. A box laid out beside floats, or inside relatively
         * positioned inlines, comes with its shift as its position.
         */
        private void place(Laid child, double childY) {
            BlockBox box = child.box();
            placeAt(child, contentLeft + box.x() + box.margin().left(), contentTop + childY + box.y());
        }

        /** Puts a child at its place, moved if it is relatively positioned, and takes over its waiting absolutes. */
        private void placeAt(Laid child, double x, double childY) {
            double[] shift = relativeOffset(child.box().style(), space.width(), space.height());
            BlockBox box = child.box().at(x + shift[0], childY + shift[1]);
            children.add(box);
            child.absolutes().forEach(absolute -> absolutes.add(absolute.moved(box.x(), box.y())));
        }

        /**
         * Ends the stack. If the block's bottom edge is fenced off (by a border, padding, a set
         * height) the last child's margin stays inside it; otherwise it collapses through the
         * block's bottom with the block's own margin. An empty block lets its top margin collapse
         * through with its bottom one. A block that starts a formatting context grows to contain
         * its floats (§10.6.7).
         */
        Laid finish(RenderBlock block, double contentWidth, OptionalDouble height, Sizing sizing, Edges margin,
                Edges border, Edges padding, boolean bottomFenced) {
            boolean empty = atTop && !bottomFenced;
            MarginStrut bottom = empty || bottomFenced ? MarginStrut.of(margin.bottom()) : pending.with(margin.bottom());
            if (bottomFenced) {
                y += pending.collapsed();
            }
            if (establishesContext(block) && !space.floats().isEmpty()) {
                y = Math.max(y, space.floats().bottom());
            }
            double contentHeight = height.isPresent()
                    ? sizing.clampHeight(height.getAsDouble(), space.height())
                    : sizing.usedHeight(y, space.height());
            BlockBox box = new BlockBox(block.element(), block.style(), 0, 0,
                    contentWidth + border.horizontal() + padding.horizontal(),
                    contentHeight + border.vertical() + padding.vertical(), margin, border, padding, children, lines,
                    Optional.empty());
            box = block.style().isPositioned() ? placeAbsolutes(box) : box;
            List<Pending> waiting = List.copyOf(absolutes);
            return empty ? new Laid(box, top, top.with(bottom), true, waiting) : new Laid(box, top, bottom, false, waiting);
        }

        /**
         * CSS 2.1 §10.1: a positioned box is the containing block of the absolutely positioned boxes
         * inside it, its padding box their frame; fixed ones go on up to the viewport.
         */
        private BlockBox placeAbsolutes(BlockBox box) {
            List<BlockBox> all = new ArrayList<>(box.children());
            Edges border = box.border();
            absolutes.stream().filter(absolute -> !absolute.isFixed())
                    .forEach(absolute -> all.add(new AbsoluteLayout(BlockLayout.this).layout(absolute, border.left(),
                            border.top(), box.width() - border.horizontal(), box.height() - border.vertical())));
            absolutes.removeIf(absolute -> !absolute.isFixed());
            return box.withChildren(all);
        }
    }
}
