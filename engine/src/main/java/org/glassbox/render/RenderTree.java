package org.glassbox.render;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.glassbox.html.DomPrinter;
import org.glassbox.style.ComputedStyle;
import org.glassbox.style.GeneratedContent;
import org.glassbox.style.StyledNode;
import org.glassbox.style.StyledTree;

/**
 * The render-tree phase: decides which boxes the styled DOM generates (CSS 2.1 §9.2). Elements
 * with {@code display: none} generate nothing, not even for their descendants; block and
 * list-item elements generate block boxes; inline elements, inline boxes; text, text runs. Where
 * inline content sits beside blocks, it is wrapped in anonymous block boxes.
 */
public record RenderTree(RenderBlock root) {

    /**
     * Builds the boxes of a styled document. The root element generates a block (CSS 2.1 §9.7),
     * unless it is {@code display: none}: then the page is an empty anonymous block.
     *
     * @param images where {@code <img>} elements find their decoded pictures
     */
    public static RenderTree build(StyledTree styled, Images images) {
        StyledNode root = styled.root();
        return new RenderTree(root.style().display().equals("none")
                ? new RenderBlock(null, root.style(), List.of())
                : block(root, images));
    }

    private static RenderObject box(StyledNode node, Images images) {
        if (node.element() == null) {
            return text(node);
        }
        String display = node.style().display();
        if (display.equals("none")) {
            return null;
        }
        if (node.element().normalName().equals("img")) {
            return image(node, images);
        }
        return isBlockLevel(display) ? block(node, images) : inline(node, images);
    }

    /**
     * An image is a replaced box. HTML §15.4.4: a broken image with alt text stands for that
     * text, so Glassbox lays the text out as the content of an ordinary box of the img's display
     * (Chromium draws a broken-image icon beside it, which Glassbox leaves out).
     */
    private static RenderObject image(StyledNode node, Images images) {
        Optional<BufferedImage> image = images.of(node.element());
        RenderText alt = text(node.element().attr("alt"), node.style());
        if (image.isPresent() || alt == null) {
            return new RenderImage(node.element(), node.style(), image);
        }
        return isBlockLevel(node.style().display())
                ? new RenderBlock(node.element(), node.style(), List.of(alt))
                : new RenderInline(node.element(), node.style(), List.of(alt));
    }

    /** Until layout knows flex, grid and table layout, their boxes are laid out as blocks. */
    static boolean isBlockLevel(String display) {
        return switch (display) {
            case "block", "list-item", "flex", "grid", "flow-root", "table", "table-caption", "table-row-group",
                    "table-header-group", "table-footer-group", "table-row", "table-cell", "table-column-group",
                    "table-column" -> true;
            default -> false;
        };
    }

    /** Text with its white space collapsed; empty text, such as a script's createTextNode(""), generates no box. */
    private static RenderText text(StyledNode node) {
        return text(node.text(), node.style());
    }

    private static RenderText text(String text, ComputedStyle style) {
        return text.isEmpty() ? null : new RenderText(text.replaceAll("[ \t\n\r\f]+", " "), style);
    }

    private static RenderBlock block(StyledNode node, Images images) {
        List<RenderObject> children = boxesOf(node, images);
        boolean mixed = children.stream().anyMatch(RenderObject::isInlineLevel)
                && children.stream().anyMatch(child -> !child.isInlineLevel());
        List<RenderObject> boxes = mixed ? wrapInlineRuns(children, node) : dropIfBlank(children);
        return new RenderBlock(node.element(), node.style(), FirstLetter.split(boxes, node.style().display(), node.firstLetter()));
    }

    /** Block-in-inline is not supported yet: an inline element holding blocks is laid out as a block. */
    private static RenderObject inline(StyledNode node, Images images) {
        List<RenderObject> children = boxesOf(node, images);
        if (children.stream().anyMatch(child -> !child.isInlineLevel())) {
            return block(node, images);
        }
        return new RenderInline(node.element(), node.style(), children);
    }

    private static List<RenderObject> boxesOf(StyledNode node, Images images) {
        List<RenderObject> boxes = new ArrayList<>();
        addGenerated(node.before(), boxes);
        for (StyledNode child : node.children()) {
            RenderObject box = box(child, images);
            if (box != null) {
                boxes.add(box);
            }
        }
        addGenerated(node.after(), boxes);
        return boxes;
    }

    /**
     * CSS 2.1 §12.1: {@code ::before} and {@code ::after} content goes first and last inside the
     * element, in a box of its own display, which belongs to no element. The box of a generated
     * inline is what gives its font a say in the line's height (§10.8).
     */
    private static void addGenerated(GeneratedContent content, List<RenderObject> boxes) {
        RenderText text = content == null ? null : text(content.text(), content.style());
        if (text != null) {
            boxes.add(isBlockLevel(content.style().display()) ? new RenderBlock(null, content.style(), List.of(text))
                    : new RenderInline(null, content.style(), List.of(text)));
        }
    }

    /**
     * CSS 2.1 §9.2.1.1: each run of inline-level boxes beside block boxes goes into an anonymous
     * block. A run of nothing but white space generates no box at all.
     */
    private static List<RenderObject> wrapInlineRuns(List<RenderObject> children, StyledNode parent) {
        List<RenderObject> blocks = new ArrayList<>();
        List<RenderObject> run = new ArrayList<>();
        for (RenderObject child : children) {
            if (child.isInlineLevel()) {
                run.add(child);
                continue;
            }
            addAnonymousBlock(run, parent, blocks);
            run = new ArrayList<>();
            blocks.add(child);
        }
        addAnonymousBlock(run, parent, blocks);
        return blocks;
    }

    private static void addAnonymousBlock(List<RenderObject> run, StyledNode parent, List<RenderObject> blocks) {
        if (!dropIfBlank(run).isEmpty()) {
            blocks.add(new RenderBlock(null, parent.style().anonymousBlockStyle(), run));
        }
    }

    /** Inline content that is only collapsible white space produces no line boxes (CSS 2.1 §16.6.1). */
    private static List<RenderObject> dropIfBlank(List<RenderObject> children) {
        boolean blank = children.stream().allMatch(child -> child instanceof RenderText text && text.isBlank());
        return blank ? List.of() : children;
    }

    /** One line for logs, such as {@code 12 blocks, 3 inlines, 9 texts, 2 images}; images only if there are any. */
    public String summary() {
        int[] counts = new int[4];
        count(root, counts);
        return counts[0] + " blocks, " + counts[1] + " inlines, " + counts[2] + " texts"
                + (counts[3] > 0 ? ", " + counts[3] + " images" : "");
    }

    private static void count(RenderObject box, int[] counts) {
        counts[box instanceof RenderBlock ? 0 : box instanceof RenderInline ? 1 : box instanceof RenderText ? 2 : 3]++;
        box.children().forEach(child -> count(child, counts));
    }

    /** The tree, one box a line: {@code RenderBlock <body>}, {@code RenderText "Hello"}. */
    public String dump() {
        StringBuilder out = new StringBuilder();
        dump(root, 0, out);
        return out.toString();
    }

    private static void dump(RenderObject box, int depth, StringBuilder out) {
        out.append("  ".repeat(depth)).append(describe(box)).append('\n');
        box.children().forEach(child -> dump(child, depth + 1, out));
    }

    private static String describe(RenderObject box) {
        if (box instanceof RenderBlock block) {
            return "RenderBlock " + (block.isAnonymous() ? "(anonymous)" : DomPrinter.label(block.element()));
        }
        if (box instanceof RenderInline inline) {
            return "RenderInline " + (inline.element() == null ? "(pseudo-element)" : DomPrinter.label(inline.element()));
        }
        if (box instanceof RenderImage image) {
            return "RenderImage " + DomPrinter.label(image.element())
                    + image.image().map(pixels -> " " + pixels.getWidth() + "×" + pixels.getHeight()).orElse(" (broken)");
        }
        return "RenderText " + DomPrinter.quote(((RenderText) box).text());
    }
}
