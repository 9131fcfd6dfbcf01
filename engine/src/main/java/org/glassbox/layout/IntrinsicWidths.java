package org.glassbox.layout;

import static org.glassbox.style.Property.CLEAR;
import static org.glassbox.style.Property.MARGIN_LEFT;
import static org.glassbox.style.Property.MARGIN_RIGHT;
import static org.glassbox.style.Property.WHITE_SPACE;

import java.util.OptionalDouble;
import org.glassbox.render.RenderBlock;
import org.glassbox.render.RenderImage;
import org.glassbox.render.RenderInline;
import org.glassbox.render.RenderMarker;
import org.glassbox.render.RenderObject;
import org.glassbox.render.RenderText;
import org.glassbox.style.ComputedStyle;

/**
 * The two widths a box would like to have when nothing else decides its width (CSS 2.1 §10.3.5,
 * "shrink-to-fit"): the <em>preferred</em> width, its content laid out without any line breaks
 * but the forced ones, and the <em>preferred minimum</em> width, with a break at every
 * opportunity, as wide as its widest word or image. Floats, absolutely positioned boxes and
 * inline-blocks with {@code width: auto} are as wide as {@code min(max(minimum, available),
 * preferred)}. CSS Sizing 3 calls these the max-content and min-content widths.
 */
final class IntrinsicWidths {

    /** The preferred minimum and preferred widths of a box's margin box. */
    record Widths(double minimum, double preferred) {

        static final Widths ZERO = new Widths(0, 0);

        /** The shrink-to-fit width for {@code available} room (CSS 2.1 §10.3.5). */
        double shrinkToFit(double available) {
            return Math.min(Math.max(minimum, available), preferred);
        }

        Widths max(Widths other) {
            return new Widths(Math.max(minimum, other.minimum), Math.max(preferred, other.preferred));
        }

        Widths plus(double edges) {
            return new Widths(minimum + edges, preferred + edges);
        }
    }

    private final Fonts fonts;

    IntrinsicWidths(Fonts fonts) {
        this.fonts = fonts;
    }

    /** The widths of a block's content box: what its children need. */
    Widths ofContent(RenderBlock block) {
        if (BlockLayout.isTable(block.style())) {
            return TableLayout.intrinsicWidths(block, this);
        }
        if (block.hasInlineChildren()) {
            InlineRun run = new InlineRun();
            block.children().forEach(child -> addInline(child, run));
            return run.widths();
        }
        double minimum = 0;
        double preferred = 0;
        double floats = 0;
        for (RenderObject child : block.children()) {
            Widths widths = ofMarginBox(child);
            minimum = Math.max(minimum, widths.minimum());
            if (!child.style().keyword(CLEAR).equals("none")) {
                floats = 0;
            }
            if (child.style().isFloat()) {
                floats += widths.preferred();
                preferred = Math.max(preferred, floats);
            } else {
                preferred = Math.max(preferred, widths.preferred() + (flowsBesideFloats(child) ? floats : 0));
                floats = 0;
            }
        }
        return new Widths(minimum, preferred);
    }

    /**
     * Floats side by side add up; so do floats and the line of inline content that follows them,
     * which wraps beside them (the anonymous block that holds it, CSS 2.1 §9.2.1.1), as Chromium
     * measures them. A block of its own is as wide as the floats or as itself.
     */
    private static boolean flowsBesideFloats(RenderObject child) {
        return child instanceof RenderBlock block && block.isAnonymous();
    }

    /**
     * The widths of a block-level child's margin box. A set width is what the box takes whatever
     * its content; percentages of a width still unknown count as auto. Auto margins count as 0.
     */
    Widths ofMarginBox(RenderObject child) {
        ComputedStyle style = child.style();
        Edges border = BlockLayout.border(style);
        Edges padding = BlockLayout.padding(style, 0);
        double edges = border.horizontal() + padding.horizontal() + BlockLayout.margin(style, MARGIN_LEFT, 0)
                + BlockLayout.margin(style, MARGIN_RIGHT, 0);
        if (child instanceof RenderImage image) {
            return same(ReplacedLayout.usedSize(image, 0, Double.NaN).width()).plus(edges);
        }
        Sizing sizing = Sizing.of(style, border, padding);
        OptionalDouble width = sizing.width(Double.NaN);
        Widths content = width.isPresent() ? same(width.getAsDouble()) : ofContent((RenderBlock) child);
        return new Widths(sizing.clampWidth(content.minimum(), Double.NaN),
                sizing.clampWidth(content.preferred(), Double.NaN)).plus(edges);
    }

    /**
     * A table cell's widths, of its border box: its content's, or its set width if that is wider
     * (CSS 2.1 §17.5.2.2).
     */
    Widths ofCell(RenderBlock cell) {
        ComputedStyle style = cell.style();
        Sizing sizing = Sizing.of(style, BlockLayout.border(style), BlockLayout.padding(style, 0));
        Widths content = ofContent(cell);
        OptionalDouble width = sizing.width(Double.NaN);
        if (width.isPresent()) {
            content = same(Math.max(content.minimum(), width.getAsDouble()));
        }
        return content.plus(sizing.frameWidth());
    }

    private static Widths same(double width) {
        return new Widths(width, width);
    }

    /**
     * Inline content measured as one unbroken line for the preferred width, while the widest
     * unbreakable piece gives the minimum. Spaces collapse as they would on a line, and the ones
     * at its ends do not count (CSS 2.1 §16.6.1).
     */
    private static final class InlineRun {
        private double line;
        private double longestLine;
        private double widest;
        private double pendingSpace;
        private double word;
        private boolean atStart = true;

        void text(String content, UsedFont font, boolean wraps) {
            for (String piece : InlineLayout.AROUND_SPACES.split(content)) {
                if (piece.equals("\n")) {
                    forcedBreak();
                } else if (piece.equals(" ")) {
                    space(font.width(" "), wraps);
                } else {
                    word(font.width(piece));
                }
            }
        }

        void space(double width, boolean wraps) {
            if (!atStart && pendingSpace == 0) {
                pendingSpace = width;
            }
            if (wraps) {
                word = 0;
            }
        }

        void word(double width) {
            line += pendingSpace + width;
            word += pendingSpace + width;
            pendingSpace = 0;
            atStart = false;
            widest = Math.max(widest, word);
        }

        /** An inline box's start or end: its margin, border and padding, if it has any, are content. */
        void edge(double width) {
            if (width != 0) {
                word(width);
            }
        }

        /** An atomic box such as an image or an inline-block: a break is allowed on both sides of it. */
        void atomic(Widths widths) {
            line += pendingSpace + widths.preferred();
            widest = Math.max(widest, widths.minimum());
            pendingSpace = 0;
            word = 0;
            atStart = false;
        }

        /** A {@code <br>} or a preserved newline: the line ends here, whatever room there is. */
        void forcedBreak() {
            longestLine = Math.max(longestLine, line);
            line = 0;
            word = 0;
            pendingSpace = 0;
            atStart = true;
        }

        Widths widths() {
            return new Widths(widest, Math.max(longestLine, line));
        }
    }

    private void addInline(RenderObject box, InlineRun run) {
        if (box instanceof RenderText text) {
            String whiteSpace = text.style().keyword(WHITE_SPACE);
            run.text(text.text(), fonts.fontFor(text.style()), !whiteSpace.equals("nowrap") && !whiteSpace.equals("pre"));
        } else if (box instanceof RenderInline inline && inline.element() != null && inline.element().normalName().equals("br")) {
            run.forcedBreak();
        } else if (box instanceof RenderInline inline) {
            ComputedStyle style = inline.style();
            run.edge(BlockLayout.border(style).left() + BlockLayout.padding(style, 0).left()
                    + BlockLayout.margin(style, MARGIN_LEFT, 0));
            inline.children().forEach(child -> addInline(child, run));
            run.edge(BlockLayout.border(style).right() + BlockLayout.padding(style, 0).right()
                    + BlockLayout.margin(style, MARGIN_RIGHT, 0));
        } else if (box instanceof RenderMarker marker) {
            run.atomic(same(markerWidth(marker)));
        } else {
            run.atomic(ofMarginBox(box));
        }
    }

    /**
     * An outside marker hangs left of the line and takes no room on it; an inside one, the first
     * inline content of its list item's first line, is as wide as its text or glyph (CSS 2.1 §12.5).
     */
    private double markerWidth(RenderMarker marker) {
        UsedFont font = fonts.fontFor(marker.style());
        if (marker.outside()) {
            return 0;
        }
        return marker.text().isEmpty() ? new InlineLayout.GlyphMarker(font.height().ascent()).advance() : font.width(marker.text());
    }
}
