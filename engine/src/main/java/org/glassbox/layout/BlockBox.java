package org.glassbox.layout;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;
import org.glassbox.style.ComputedStyle;
import org.jsoup.nodes.Element;

/**
 * A block box after layout: its border box, and the used margins, borders and padding around
 * and inside it (CSS 2.1 §8.1). It holds either block boxes stacked vertically or line boxes.
 *
 * <p>Like Chromium's fragments, a box knows its position only relative to its parent's border
 * box: a box is measured before its parent decides where it goes, because with collapsing
 * margins the parent cannot know that until the child is laid out.
 *
 * @param element the element, or null for an anonymous block
 * @param x the border box's left edge, relative to the parent's border box
 * @param y the border box's top edge, relative to the parent's border box
 * @param image the picture in the content box of a block-level replaced element (CSS 2.1
 *     §10.3.4), such as {@code <img style="display: block">}; empty for every other box
 */
public record BlockBox(Element element, ComputedStyle style, double x, double y, double width, double height,
        Edges margin, Edges border, Edges padding, List<BlockBox> children, List<LineBox> lines,
        Optional<BufferedImage> image) {

    public BlockBox {
        children = List.copyOf(children);
        lines = List.copyOf(lines);
    }

    /** The same box placed at {@code (x, y)} in its parent. */
    BlockBox at(double newX, double newY) {
        return new BlockBox(element, style, newX, newY, width, height, margin, border, padding, children, lines, image);
    }

    /**
     * The same box made {@code newHeight} tall, its content moved down by {@code shift}: a table cell
     * stretched to its row (CSS 2.1 §17.5.3).
     */
    BlockBox stretched(double newHeight, double shift) {
        List<BlockBox> moved = children.stream().map(child -> child.at(child.x(), child.y() + shift)).toList();
        List<LineBox> movedLines = lines.stream().map(line -> line.at(line.x(), line.y() + shift)).toList();
        return new BlockBox(element, style, x, y, width, newHeight, margin, border, padding, moved, movedLines, image);
    }

    /** The same box with other children: the absolutely positioned boxes it contains are added once it is laid out. */
    BlockBox withChildren(List<BlockBox> newChildren) {
        return new BlockBox(element, style, x, y, width, height, margin, border, padding, newChildren, lines, image);
    }
}
