package org.glassbox.paint;

import static org.glassbox.style.Property.BACKGROUND_COLOR;
import static org.glassbox.style.Property.BORDER_BOTTOM_COLOR;
import static org.glassbox.style.Property.BORDER_LEFT_COLOR;
import static org.glassbox.style.Property.BORDER_RIGHT_COLOR;
import static org.glassbox.style.Property.BORDER_TOP_COLOR;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.glassbox.css.Color;
import org.glassbox.layout.BlockBox;
import org.glassbox.layout.Edges;
import org.glassbox.layout.InlineFragment;
import org.glassbox.layout.InlineFragment.ImageBox;
import org.glassbox.layout.InlineFragment.InlineBox;
import org.glassbox.layout.InlineFragment.MarkerBox;
import org.glassbox.layout.InlineFragment.TextRun;
import org.glassbox.layout.LayoutTree;
import org.glassbox.layout.LineBox;
import org.glassbox.paint.DisplayCommand.DrawEllipse;
import org.glassbox.paint.DisplayCommand.DrawImage;
import org.glassbox.paint.DisplayCommand.DrawText;
import org.glassbox.paint.DisplayCommand.FillRect;
import org.glassbox.style.ComputedStyle;

/**
 * The paint phase: turns the box tree into a display list, in the order CSS 2.1 Appendix E
 * gives for normal flow. First the canvas; then the backgrounds and borders of all block boxes
 * in tree order; then, in a second pass, the inline content of every line. Two passes, not one,
 * because a later block's background must never cover an earlier block's text.
 */
public final class Painter {

    /** Paints a laid-out page onto a canvas as large as the document. */
    public DisplayList paint(LayoutTree layout) {
        int width = (int) Math.ceil(layout.documentWidth());
        int height = (int) Math.ceil(layout.documentHeight());
        List<DisplayCommand> commands = new ArrayList<>();
        Canvas canvas = Canvas.of(layout.root());
        commands.add(new FillRect(0, 0, width, height, canvas.color()));
        paintBlocks(layout.root(), 0, 0, canvas, commands);
        paintInlineContent(layout.root(), 0, 0, commands);
        return new DisplayList(width, height, commands);
    }

    /**
     * CSS 2.1 §14.2: the canvas takes the root element's background, or, if the root has none,
     * the body's; the box whose background went to the canvas does not paint it again.
     */
    private record Canvas(Color color, BlockBox owner) {

        static Canvas of(BlockBox root) {
            if (!background(root).isTransparent()) {
                return new Canvas(background(root), root);
            }
            for (BlockBox child : root.children()) {
                if (child.element() != null && child.element().normalName().equals("body")) {
                    return new Canvas(background(child).isTransparent() ? Color.WHITE : background(child), child);
                }
            }
            return new Canvas(Color.WHITE, null);
        }

        private static Color background(BlockBox box) {
            return box.style().color(BACKGROUND_COLOR);
        }
    }

    /** Appendix E step 4: block backgrounds and borders, in tree order. */
    private void paintBlocks(BlockBox box, double parentX, double parentY, Canvas canvas, List<DisplayCommand> commands) {
        double x = parentX + box.x();
        double y = parentY + box.y();
        Color background = box.style().color(BACKGROUND_COLOR);
        if (box != canvas.owner() && !background.isTransparent()) {
            commands.add(new FillRect(x, y, box.width(), box.height(), background));
        }
        paintBorders(x, y, box.width(), box.height(), box.border(), box.style(), commands);
        box.children().forEach(child -> paintBlocks(child, x, y, canvas, commands));
    }

    /** Each side is a rectangle of its own color; where sides meet, the later one covers the corner. */
    private void paintBorders(double x, double y, double width, double height, Edges border, ComputedStyle style,
            List<DisplayCommand> commands) {
        double innerHeight = height - border.vertical();
        addIfVisible(commands, new FillRect(x, y, width, border.top(), style.color(BORDER_TOP_COLOR)));
        addIfVisible(commands, new FillRect(x, y + height - border.bottom(), width, border.bottom(),
                style.color(BORDER_BOTTOM_COLOR)));
        addIfVisible(commands, new FillRect(x, y + border.top(), border.left(), innerHeight, style.color(BORDER_LEFT_COLOR)));
        addIfVisible(commands, new FillRect(x + width - border.right(), y + border.top(), border.right(), innerHeight,
                style.color(BORDER_RIGHT_COLOR)));
    }

    private static void addIfVisible(List<DisplayCommand> commands, FillRect rect) {
        if (rect.width() > 0 && rect.height() > 0 && !rect.color().isTransparent()) {
            commands.add(rect);
        }
    }

    /**
     * Appendix E step 7: a block-level replaced element's picture; for each line box, the
     * backgrounds of inline boxes, then images, then the text.
     */
    private void paintInlineContent(BlockBox box, double parentX, double parentY, List<DisplayCommand> commands) {
        double x = parentX + box.x();
        double y = parentY + box.y();
        box.image().ifPresent(image -> paintImage(image, x, y, box.width(), box.height(), box.border(), box.padding(), commands));
        for (LineBox line : box.lines()) {
            line.items().forEach(item -> paintInline(item, x + line.x(), y + line.y(), commands));
        }
        box.children().forEach(child -> paintInlineContent(child, x, y, commands));
    }

    private void paintInline(InlineFragment item, double lineX, double lineY, List<DisplayCommand> commands) {
        if (item instanceof InlineBox inline) {
            addIfVisible(commands, new FillRect(lineX + item.x(), lineY + item.y(), item.width(), item.height(),
                    inline.style().color(BACKGROUND_COLOR)));
            paintBorders(lineX + item.x(), lineY + item.y(), item.width(), item.height(), inline.border(), inline.style(),
                    commands);
        } else if (item instanceof ImageBox image) {
            paintImageBox(image, lineX + item.x(), lineY + item.y(), commands);
        } else if (item instanceof MarkerBox marker) {
            paintMarker(marker, lineX + item.x(), lineY + item.y(), commands);
        } else if (item instanceof TextRun run && !run.color().isTransparent()) {
            commands.add(new DrawText(run.text(), lineX + run.x(), lineY + run.baseline(), run.font(), run.color()));
        }
    }

    /** CSS 2.1 §12.5: a disc is filled, a circle outlined, a square filled. */
    private static void paintMarker(MarkerBox marker, double x, double y, List<DisplayCommand> commands) {
        if (marker.glyph().equals("square")) {
            addIfVisible(commands, new FillRect(x, y, marker.width(), marker.height(), marker.color()));
        } else {
            commands.add(new DrawEllipse(x, y, marker.width(), marker.height(), marker.color(), marker.glyph().equals("disc")));
        }
    }

    /**
     * Appendix E step 7: an inline replaced element is painted atomically, its background and
     * borders, then its picture.
     */
    private void paintImageBox(ImageBox box, double x, double y, List<DisplayCommand> commands) {
        addIfVisible(commands, new FillRect(x, y, box.width(), box.height(), box.style().color(BACKGROUND_COLOR)));
        paintBorders(x, y, box.width(), box.height(), box.border(), box.style(), commands);
        box.image().ifPresent(image -> paintImage(image, x, y, box.width(), box.height(), box.border(), box.padding(), commands));
    }

    /** The picture fills the content box, scaled to it (CSS 2.1 §10.3.2: the used size may not be the intrinsic one). */
    private static void paintImage(BufferedImage image, double x, double y, double width, double height, Edges border,
            Edges padding, List<DisplayCommand> commands) {
        double contentWidth = width - border.horizontal() - padding.horizontal();
        double contentHeight = height - border.vertical() - padding.vertical();
        if (contentWidth > 0 && contentHeight > 0) {
            commands.add(new DrawImage(x + border.left() + padding.left(), y + border.top() + padding.top(),
                    contentWidth, contentHeight, image));
        }
    }
}
