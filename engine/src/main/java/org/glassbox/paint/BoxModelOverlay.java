package org.glassbox.paint;

import java.util.ArrayList;
import java.util.List;
import org.glassbox.css.Color;
import org.glassbox.layout.BlockBox;
import org.glassbox.layout.Edges;
import org.glassbox.layout.InlineFragment;
import org.glassbox.layout.InlineFragment.ImageBox;
import org.glassbox.layout.InlineFragment.InlineBlock;
import org.glassbox.layout.InlineFragment.InlineBox;
import org.glassbox.layout.LayoutTree;
import org.glassbox.layout.LineBox;
import org.glassbox.paint.DisplayCommand.FillRect;

/**
 * The box model of a page drawn over it, as browser developer tools highlight an element: each
 * box's margin, border, padding and content areas (CSS 2.1 §8.1) filled in Chrome DevTools'
 * translucent colors, so the page shows through. Block boxes, inline-blocks and the parts of
 * inline boxes and images on each line are drawn, every one in page coordinates.
 *
 * <p>DevTools highlights one element at a time; here every box is drawn at once, so each area
 * is drawn once where it can be: a box's content area is filled only when its content is its own
 * lines (or nothing), not other block boxes, which draw their own areas inside it. What lies in a
 * filled content area — inline boxes, images, inline-blocks, floats — has its margin, padding and
 * border drawn over it, but not its content area again. Left out: the horizontal margins of inline boxes, and negative margins.
 */
public final class BoxModelOverlay {

    /** Chrome DevTools' highlight colors for the four areas (devtools-frontend {@code Color.PageHighlight}). */
    static final Color MARGIN = new Color(246, 178, 107, 0.66);
    static final Color BORDER = new Color(255, 229, 153, 0.66);
    static final Color PADDING = new Color(147, 196, 125, 0.55);
    static final Color CONTENT = new Color(111, 168, 220, 0.66);

    private final List<DisplayCommand> commands;

    private BoxModelOverlay(List<DisplayCommand> page) {
        this.commands = new ArrayList<>(page);
    }

    /** The page's display list followed by the areas of every box of {@code layout}, drawn over everything. */
    public static DisplayList over(DisplayList page, LayoutTree layout) {
        BoxModelOverlay overlay = new BoxModelOverlay(page.commands());
        overlay.block(layout.root(), 0, 0, false);
        return new DisplayList(page.width(), page.height(), overlay.commands);
    }

    /**
     * A block box's areas, then those of what its lines hold, then its children's. Its content area
     * is tinted only if no box around it had its content tinted already: so an inline-block or a
     * float inside a paragraph's lines is not tinted twice.
     */
    private void block(BlockBox box, double parentX, double parentY, boolean insideTinted) {
        Rect borderBox = new Rect(parentX + box.x(), parentY + box.y(), box.width(), box.height());
        boolean tinted = !insideTinted && holdsNoBlocks(box);
        areas(borderBox, box.margin(), box.border(), box.padding(), tinted);
        boolean inside = insideTinted || tinted;
        for (LineBox line : box.lines()) {
            line.items().forEach(item -> inline(item, borderBox.x() + line.x(), borderBox.y() + line.y(), inside));
        }
        box.children().forEach(child -> block(child, borderBox.x(), borderBox.y(), inside));
    }

    /** A box's content is its own when it holds lines or nothing; blocks inside it draw their own areas. */
    private static boolean holdsNoBlocks(BlockBox box) {
        return box.children().isEmpty() || !box.lines().isEmpty();
    }

    private void inline(InlineFragment item, double lineX, double lineY, boolean insideTinted) {
        Rect borderBox = new Rect(lineX + item.x(), lineY + item.y(), item.width(), item.height());
        if (item instanceof InlineBlock inlineBlock) {
            block(inlineBlock.box(), lineX, lineY, insideTinted);
        } else if (item instanceof InlineBox box) {
            areas(borderBox, Edges.ZERO, box.border(), box.padding(), false);
        } else if (item instanceof ImageBox image) {
            areas(borderBox, Edges.ZERO, image.border(), image.padding(), false);
        }
    }

    /** The margin, border and padding areas as rings around each other (CSS 2.1 §8.1), and maybe the content area. */
    private void areas(Rect borderBox, Edges margin, Edges border, Edges padding, boolean withContent) {
        Rect paddingBox = borderBox.inset(border);
        Rect contentBox = paddingBox.inset(padding);
        ring(borderBox.inset(outward(margin)), borderBox, MARGIN);
        ring(borderBox, paddingBox, BORDER);
        ring(paddingBox, contentBox, PADDING);
        if (withContent) {
            fill(contentBox.x(), contentBox.y(), contentBox.width(), contentBox.height(), CONTENT);
        }
    }

    /** Edges that inset a rectangle outward by the positive margins: the margin box around the border box. */
    private static Edges outward(Edges margin) {
        return new Edges(-Math.max(0, margin.top()), -Math.max(0, margin.right()), -Math.max(0, margin.bottom()),
                -Math.max(0, margin.left()));
    }

    /** The area between two rectangles, one inside the other, as four strips that do not overlap, so no pixel is drawn twice. */
    private void ring(Rect outer, Rect inner, Color color) {
        double outerBottom = outer.y() + outer.height();
        double innerBottom = inner.y() + inner.height();
        fill(outer.x(), outer.y(), outer.width(), inner.y() - outer.y(), color);
        fill(outer.x(), innerBottom, outer.width(), outerBottom - innerBottom, color);
        fill(outer.x(), inner.y(), inner.x() - outer.x(), inner.height(), color);
        fill(inner.x() + inner.width(), inner.y(), outer.x() + outer.width() - inner.x() - inner.width(), inner.height(), color);
    }

    private void fill(double x, double y, double width, double height, Color color) {
        if (width > 0 && height > 0) {
            commands.add(new FillRect(x, y, width, height, color));
        }
    }
}
