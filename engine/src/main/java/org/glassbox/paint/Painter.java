package org.glassbox.paint;

import static org.glassbox.style.Property.BACKGROUND_COLOR;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.glassbox.css.Color;
import org.glassbox.layout.BlockBox;
import org.glassbox.layout.Edges;
import org.glassbox.layout.InlineFragment;
import org.glassbox.layout.InlineFragment.ImageBox;
import org.glassbox.layout.InlineFragment.InlineBox;
import org.glassbox.layout.InlineFragment.TextRun;
import org.glassbox.layout.LayoutTree;
import org.glassbox.layout.LineBox;
import org.glassbox.paint.DisplayCommand.DrawImage;
import org.glassbox.paint.DisplayCommand.DrawText;
import org.glassbox.paint.DisplayCommand.FillRect;
import org.glassbox.render.Images;
import org.glassbox.style.ComputedStyle;

/**
 * The paint phase: turns the box tree into a display list, in the order CSS 2.1 Appendix E
 * gives for normal flow. First the canvas; then the backgrounds and borders of all block boxes
 * in tree order; then, in a second pass, the inline content of every line. Two passes, not one,
 * because a later block's background must never cover an earlier block's text.
 */
public final class Painter {

    /** Paints a laid-out page onto a canvas as large as the document, with background images from {@code images}. */
    public DisplayList paint(LayoutTree layout, Images images) {
        int width = (int) Math.ceil(layout.documentWidth());
        int height = (int) Math.ceil(layout.documentHeight());
        List<DisplayCommand> commands = new ArrayList<>();
        Backgrounds backgrounds = new Backgrounds(images, layout.viewport());
        Canvas canvas = Canvas.of(layout.root());
        paintCanvas(canvas, new Rect(0, 0, width, height), borderBox(layout.root(), 0, 0).inset(layout.root().border()),
                backgrounds, commands);
        paintBlocks(layout.root(), 0, 0, canvas, backgrounds, commands);
        paintInlineContent(layout.root(), 0, 0, backgrounds, commands);
        return new DisplayList(width, height, commands);
    }

    /**
     * CSS 2.1 §14.2: the canvas takes the root element's background, or, if the root has none,
     * the body's; the box whose background went to the canvas does not paint it again. Either
     * way the image is placed as for the root element, in its padding box.
     */
    private record Canvas(ComputedStyle style, BlockBox owner) {

        static Canvas of(BlockBox root) {
            if (Backgrounds.isVisible(root.style())) {
                return new Canvas(root.style(), root);
            }
            for (BlockBox child : root.children()) {
                if (child.element() != null && child.element().normalName().equals("body")) {
                    return new Canvas(child.style(), child);
                }
            }
            return new Canvas(root.style(), root);
        }
    }

    /** Appendix E step 1: the canvas, white where its background color does not cover it, as in Chromium. */
    private static void paintCanvas(Canvas canvas, Rect area, Rect rootPaddingBox, Backgrounds backgrounds,
            List<DisplayCommand> commands) {
        if (canvas.style().color(BACKGROUND_COLOR).alpha() < 1) {
            commands.add(new FillRect(area.x(), area.y(), area.width(), area.height(), Color.WHITE));
        }
        backgrounds.paint(canvas.style(), area, rootPaddingBox, commands);
    }

    private static Rect borderBox(BlockBox box, double parentX, double parentY) {
        return new Rect(parentX + box.x(), parentY + box.y(), box.width(), box.height());
    }

    /** Appendix E step 4: block backgrounds and borders, in tree order. */
    private void paintBlocks(BlockBox box, double parentX, double parentY, Canvas canvas, Backgrounds backgrounds,
            List<DisplayCommand> commands) {
        Rect borderBox = borderBox(box, parentX, parentY);
        if (box != canvas.owner()) {
            backgrounds.paint(box.style(), borderBox, borderBox.inset(box.border()), commands);
        }
        Borders.paint(borderBox, box.border(), box.style(), commands);
        box.children().forEach(child -> paintBlocks(child, borderBox.x(), borderBox.y(), canvas, backgrounds, commands));
    }

    /**
     * Appendix E step 7: a block-level replaced element's picture; for each line box, the
     * backgrounds of inline boxes, then images, then the text.
     */
    private void paintInlineContent(BlockBox box, double parentX, double parentY, Backgrounds backgrounds,
            List<DisplayCommand> commands) {
        double x = parentX + box.x();
        double y = parentY + box.y();
        box.image().ifPresent(image -> paintImage(image, x, y, box.width(), box.height(), box.border(), box.padding(), commands));
        for (LineBox line : box.lines()) {
            line.items().forEach(item -> paintInline(item, x + line.x(), y + line.y(), backgrounds, commands));
        }
        box.children().forEach(child -> paintInlineContent(child, x, y, backgrounds, commands));
    }

    private void paintInline(InlineFragment item, double lineX, double lineY, Backgrounds backgrounds,
            List<DisplayCommand> commands) {
        Rect borderBox = new Rect(lineX + item.x(), lineY + item.y(), item.width(), item.height());
        if (item instanceof InlineBox inline) {
            backgrounds.paint(inline.style(), borderBox, borderBox, commands);
        } else if (item instanceof ImageBox image) {
            paintImageBox(image, borderBox, backgrounds, commands);
        } else if (item instanceof TextRun run && !run.color().isTransparent()) {
            commands.add(new DrawText(run.text(), lineX + run.x(), lineY + run.baseline(), run.font(), run.color()));
        }
    }

    /**
     * Appendix E step 7: an inline replaced element is painted atomically, its background and
     * borders, then its picture.
     */
    private void paintImageBox(ImageBox box, Rect borderBox, Backgrounds backgrounds, List<DisplayCommand> commands) {
        double x = borderBox.x();
        double y = borderBox.y();
        backgrounds.paint(box.style(), borderBox, borderBox.inset(box.border()), commands);
        Borders.paint(borderBox, box.border(), box.style(), commands);
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
