package org.glassbox.render;

import java.util.ArrayList;
import java.util.List;
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
     */
    public static RenderTree build(StyledTree styled) {
        StyledNode root = styled.root();
        return new RenderTree(root.style().display().equals("none")
                ? new RenderBlock(null, root.style(), List.of())
                : block(root));
    }

    private static RenderObject box(StyledNode node) {
        if (node.element() == null) {
            return text(node);
        }
        String display = node.style().display();
        return display.equals("none") ? null : isBlockLevel(display) ? block(node) : inline(node);
    }

    /** Until layout knows flex, grid and table layout, their boxes are laid out as blocks. */
    private static boolean isBlockLevel(String display) {
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

    private static RenderBlock block(StyledNode node) {
        List<RenderObject> children = boxesOf(node);
        boolean mixed = children.stream().anyMatch(RenderObject::isInlineLevel)
                && children.stream().anyMatch(child -> !child.isInlineLevel());
        return new RenderBlock(node.element(), node.style(), mixed ? wrapInlineRuns(children, node) : dropIfBlank(children));
    }

    /** Block-in-inline is not supported yet: an inline element holding blocks is laid out as a block. */
    private static RenderObject inline(StyledNode node) {
        List<RenderObject> children = boxesOf(node);
        if (children.stream().anyMatch(child -> !child.isInlineLevel())) {
            return block(node);
        }
        return new RenderInline(node.element(), node.style(), children);
    }

    private static List<RenderObject> boxesOf(StyledNode node) {
        List<RenderObject> boxes = new ArrayList<>();
        addGenerated(node.before(), boxes);
        for (StyledNode child : node.children()) {
            RenderObject box = box(child);
            if (box != null) {
                boxes.add(box);
            }
        }
        addGenerated(node.after(), boxes);
        return boxes;
    }

    /**
     * CSS 2.1 §12.1: {@code ::before} and {@code ::after} content goes first and last inside the
     * element, in a box of its own display. A generated inline box is its text, styled by the
     * pseudo-element; its own padding and borders are not drawn yet.
     */
    private static void addGenerated(GeneratedContent content, List<RenderObject> boxes) {
        RenderText text = content == null ? null : text(content.text(), content.style());
        if (text != null) {
            boxes.add(isBlockLevel(content.style().display()) ? new RenderBlock(null, content.style(), List.of(text)) : text);
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

    /** One line for logs, such as {@code 12 blocks, 3 inlines, 9 texts}. */
    public String summary() {
        int[] counts = new int[3];
        count(root, counts);
        return counts[0] + " blocks, " + counts[1] + " inlines, " + counts[2] + " texts";
    }

    private static void count(RenderObject box, int[] counts) {
        counts[box instanceof RenderBlock ? 0 : box instanceof RenderInline ? 1 : 2]++;
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
            return "RenderInline " + DomPrinter.label(inline.element());
        }
        return "RenderText " + DomPrinter.quote(((RenderText) box).text());
    }
}
