package org.glassbox.render;

import static org.glassbox.style.Property.BORDER_LEFT_WIDTH;
import static org.glassbox.style.Property.BORDER_RIGHT_WIDTH;
import static org.glassbox.style.Property.MARGIN_LEFT;
import static org.glassbox.style.Property.MARGIN_RIGHT;
import static org.glassbox.style.Property.PADDING_LEFT;
import static org.glassbox.style.Property.PADDING_RIGHT;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.glassbox.css.CssValue;
import org.glassbox.css.CssValue.Length;
import org.glassbox.html.DomPrinter;
import org.glassbox.style.ComputedStyle;
import org.glassbox.style.GeneratedContent;
import org.glassbox.style.Property;
import org.glassbox.style.StyledNode;
import org.glassbox.style.StyledTree;

/**
 * The render-tree phase: decides which boxes the styled DOM generates (CSS 2.1 §9.2). Elements
 * with {@code display: none} generate nothing, not even for their descendants; block and
 * list-item elements generate block boxes; inline elements, inline boxes, broken around any block
 * inside them; text, text runs. Where inline content sits beside blocks, it is wrapped in
 * anonymous block boxes.
 */
public record RenderTree(RenderBlock root) {

    /** The white space that collapses (CSS 2.1 §16.6.1), compiled once since every text goes through it. */
    private static final Pattern WHITE_SPACE = Pattern.compile("[ \t\n]+");
    private static final Pattern SPACES = Pattern.compile("[ \t]+");
    private static final Pattern SPACES_AROUND_NEWLINE = Pattern.compile(" ?\n ?");

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
                : block(root, new Sources(images, new ListMarkers())));
    }

    /** What the boxes of one document are made from besides its styled nodes: its pictures, and its lists' numbering so far. */
    private record Sources(Images images, ListMarkers markers) {}

    /** The boxes an element or text generates: none, one, or an inline's parts and the blocks it was broken around. */
    private static List<RenderObject> boxes(StyledNode node, Sources sources) {
        if (node.element() == null) {
            return optional(text(node));
        }
        String display = node.style().display();
        if (display.equals("none")) {
            return List.of();
        }
        if (node.element().normalName().equals("img")) {
            return List.of(image(node, sources.images()));
        }
        return isBlockLevel(display) || isAtomicInline(display) ? List.of(block(node, sources)) : inline(node, sources);
    }

    /**
     * CSS 2.1 §9.2.4: an inline-block (or an inline table, flex or grid container, laid out as
     * blocks for now) is a block container inside and an atomic inline-level box outside.
     */
    static boolean isAtomicInline(String display) {
        return switch (display) {
            case "inline-block", "inline-table", "inline-flex", "inline-grid" -> true;
            default -> false;
        };
    }

    private static List<RenderObject> optional(RenderObject box) {
        return box == null ? List.of() : List.of(box);
    }

    /**
     * An image is a replaced box (CSS 2.1 §3.1) whose content is its picture; a broken image
     * shows an icon and its alt text instead ({@link BrokenImage}).
     */
    private static RenderObject image(StyledNode node, Images images) {
        Optional<BufferedImage> image = images.of(node.element());
        return image.isPresent() ? new RenderImage(node.element(), node.style(), image)
                : BrokenImage.fallback(node.element(), node.style());
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

    static RenderText text(String text, ComputedStyle style) {
        return text.isEmpty() ? null : new RenderText(collapseWhiteSpace(text, style.keyword(Property.WHITE_SPACE)), style);
    }

    /**
     * CSS 2.1 §16.6.1, the part that does not depend on lines: {@code normal} and {@code nowrap}
     * turn every run of white space into one space; {@code pre-line} does so too but keeps
     * newlines, dropping the spaces around them; {@code pre} and {@code pre-wrap} keep everything,
     * with tabs expanded to the next multiple of eight columns (CSS Text 3 §4.2, {@code tab-size}).
     */
    private static String collapseWhiteSpace(String text, String whiteSpace) {
        String lines = text.replace("\r\n", "\n").replace('\r', '\n').replace('\f', ' ');
        return switch (whiteSpace) {
            case "pre", "pre-wrap", "break-spaces" -> expandTabs(lines);
            case "pre-line" -> SPACES_AROUND_NEWLINE.matcher(SPACES.matcher(lines).replaceAll(" ")).replaceAll("\n");
            default -> WHITE_SPACE.matcher(lines).replaceAll(" ");
        };
    }

    private static String expandTabs(String text) {
        StringBuilder expanded = new StringBuilder();
        int column = 0;
        for (char c : text.toCharArray()) {
            if (c == '\t') {
                expanded.append(" ".repeat(8 - column % 8));
                column += 8 - column % 8;
            } else {
                expanded.append(c);
                column = c == '\n' ? 0 : column + 1;
            }
        }
        return expanded.toString();
    }

    private static RenderBlock block(StyledNode node, Sources sources) {
        return block(node, boxesOf(node, sources), sources.markers());
    }

    private static RenderBlock block(StyledNode node, List<RenderObject> children, ListMarkers markers) {
        boolean mixed = children.stream().anyMatch(RenderObject::isInlineLevel)
                && children.stream().anyMatch(child -> !child.isInlineLevel());
        List<RenderObject> boxes = mixed ? wrapInlineRuns(children, node) : dropIfBlank(children);
        RenderBlock block = new RenderBlock(node.element(), node.style(),
                FirstLetter.split(boxes, node.style().display(), node.firstLetter()));
        return node.style().display().equals("list-item") ? withMarker(block, node, markers) : block;
    }

    /**
     * CSS 2.1 §12.5: a list item's marker goes in front of its first line: at the start of its
     * inline content, or of the anonymous block that wraps it. Not yet: an item whose first child
     * is a block of its own (Chromium hangs the marker beside that block's first line, which the
     * list item would have to place), and {@code list-style-image}; both get no marker.
     */
    private static RenderBlock withMarker(RenderBlock block, StyledNode item, ListMarkers markers) {
        RenderMarker marker = item.element() == null || !item.style().get(Property.LIST_STYLE_IMAGE).is("none") ? null
                : markers.of(item.element(), item.style());
        List<RenderObject> children = new ArrayList<>(block.children());
        if (marker == null || !children.isEmpty() && !block.hasInlineChildren()
                && !(children.get(0) instanceof RenderBlock first && first.isAnonymous())) {
            return block;
        }
        if (children.isEmpty() || block.hasInlineChildren()) {
            children.add(0, marker);
        } else {
            RenderBlock first = (RenderBlock) children.get(0);
            List<RenderObject> inside = new ArrayList<>(first.children());
            inside.add(0, marker);
            children.set(0, new RenderBlock(null, first.style(), inside));
        }
        return new RenderBlock(block.element(), block.style(), children);
    }

    /** An inline element generates an inline box; if it holds blocks, it is broken around them. */
    private static List<RenderObject> inline(StyledNode node, Sources sources) {
        List<RenderObject> children = boxesOf(node, sources);
        if (children.stream().allMatch(RenderObject::isInlineLevel)) {
            return List.of(new RenderInline(node.element(), node.style(), children));
        }
        return breakAroundBlocks(node, children);
    }

    /**
     * CSS 2.1 §9.2.1.1: "When an inline box contains an in-flow block-level box, the inline box
     * (and its inline ancestors within the same line box) are broken around the block-level box",
     * which becomes a sibling of the parts. The parts before the first block and after the last
     * always exist, since they carry the element's start and end edges; a part between two blocks
     * only if something stands between them. The inline ancestors break the same way in turn,
     * so the blocks rise to the nearest block, which wraps the parts in anonymous blocks.
     */
    private static List<RenderObject> breakAroundBlocks(StyledNode node, List<RenderObject> children) {
        List<RenderObject> pieces = new ArrayList<>();
        List<RenderObject> run = new ArrayList<>();
        for (RenderObject child : children) {
            if (child.isInlineLevel()) {
                run.add(child);
                continue;
            }
            if (pieces.isEmpty() || !run.isEmpty()) {
                pieces.add(new RenderInline(node.element(), node.style(), run, pieces.isEmpty(), false));
            }
            pieces.add(child instanceof RenderBlock block ? block.insideInline(node.style()) : child);
            run = new ArrayList<>();
        }
        pieces.add(new RenderInline(node.element(), node.style(), run, false, true));
        return pieces;
    }

    private static List<RenderObject> boxesOf(StyledNode node, Sources sources) {
        List<RenderObject> boxes = new ArrayList<>();
        addGenerated(node.before(), boxes);
        for (StyledNode child : node.children()) {
            boxes.addAll(boxes(child, sources));
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
        InlineRun run = new InlineRun(parent);
        for (RenderObject child : children) {
            if (child.isInlineLevel()) {
                run.addInline(child);
            } else if (child.style().isOutOfFlow()) {
                run.addOutOfFlow(child);
            } else {
                run.flush();
                run.blocks.add(child);
            }
        }
        run.flush();
        return run.blocks;
    }

    /**
     * A run of inline content being gathered into an anonymous block. A float or an absolutely
     * positioned box in the middle of it does not end it, since it takes no room on the line
     * (CSS 2.1 §9.5, §9.6); until Glassbox places such boxes inside lines, it goes before the run
     * (so a float is beside the run's first line) or, at its end, after it.
     */
    private static final class InlineRun {
        final List<RenderObject> blocks = new ArrayList<>();
        private final StyledNode parent;
        private final List<RenderObject> inlines = new ArrayList<>();
        private final List<RenderObject> before = new ArrayList<>();
        private final List<RenderObject> after = new ArrayList<>();

        InlineRun(StyledNode parent) {
            this.parent = parent;
        }

        void addInline(RenderObject inline) {
            if (!(inline instanceof RenderText text && text.isBlank())) {
                before.addAll(after);
                after.clear();
            }
            inlines.add(inline);
        }

        void addOutOfFlow(RenderObject box) {
            if (dropIfBlank(inlines).isEmpty()) {
                flush();
                blocks.add(box);
            } else {
                after.add(box);
            }
        }

        void flush() {
            blocks.addAll(before);
            addAnonymousBlock(inlines, parent, blocks);
            blocks.addAll(after);
            before.clear();
            inlines.clear();
            after.clear();
        }
    }

    private static void addAnonymousBlock(List<RenderObject> run, StyledNode parent, List<RenderObject> blocks) {
        if (!dropIfBlank(run).isEmpty()) {
            blocks.add(new RenderBlock(null, parent.style().anonymousBlockStyle(), run));
        }
    }

    /**
     * Inline content that shows nothing produces no line boxes (CSS 2.1 §9.4.2, §16.6.1): then
     * its anonymous block would only be in the way of margins collapsing through it.
     */
    private static List<RenderObject> dropIfBlank(List<RenderObject> children) {
        return children.stream().allMatch(RenderTree::isBlank) ? List.of() : children;
    }

    /**
     * Collapsible white space is blank, and so is a part of an inline element broken around a
     * block when it holds nothing else and has no margin, border or padding at its edges. A whole
     * empty inline element is kept: like Chromium, layout still gives it a place.
     */
    private static boolean isBlank(RenderObject box) {
        if (box instanceof RenderText text) {
            return text.isBlank();
        }
        return box instanceof RenderInline inline && inline.isPart() && !drawsAnEdge(inline)
                && inline.children().stream().allMatch(RenderTree::isBlank);
    }

    /** Whether a part has its element's start or end edge, with a margin, border or padding there that a line shows (CSS 2.1 §9.4.2). */
    private static boolean drawsAnEdge(RenderInline part) {
        return part.hasStartEdge() && hasFrame(part.style(), MARGIN_LEFT, BORDER_LEFT_WIDTH, PADDING_LEFT)
                || part.hasEndEdge() && hasFrame(part.style(), MARGIN_RIGHT, BORDER_RIGHT_WIDTH, PADDING_RIGHT);
    }

    /** Whether any of a side's margin, border and padding takes room; an auto margin of an inline is 0 (CSS 2.1 §10.3.1). */
    private static boolean hasFrame(ComputedStyle style, Property... sides) {
        for (Property side : sides) {
            CssValue value = style.get(side);
            if (value instanceof Length length ? length.value() != 0 : !value.is("auto")) {
                return true;
            }
        }
        return false;
    }

    /** One line for logs, such as {@code 12 blocks, 3 inlines, 9 texts, 2 images}; images only if there are any. */
    public String summary() {
        int[] counts = new int[4];
        count(root, counts);
        return counts[0] + " blocks, " + counts[1] + " inlines, " + counts[2] + " texts"
                + (counts[3] > 0 ? ", " + counts[3] + " images" : "");
    }

    private static void count(RenderObject box, int[] counts) {
        counts[box instanceof RenderBlock ? 0 : box instanceof RenderInline || box instanceof RenderMarker ? 1
                : box instanceof RenderText ? 2 : 3]++;
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
            return "RenderBlock " + (block.isAnonymous() ? "(anonymous)" : DomPrinter.label(block.element()))
                    + (block.enclosingInlines().isEmpty() ? "" : " (inside an inline)");
        }
        if (box instanceof RenderInline inline) {
            return "RenderInline " + (inline.element() == null ? "(pseudo-element)" : DomPrinter.label(inline.element()))
                    + part(inline);
        }
        if (box instanceof RenderImage image) {
            return "RenderImage " + (image.element() == null ? "(broken-image icon)" : DomPrinter.label(image.element()))
                    + image.image().map(pixels -> " " + pixels.getWidth() + "×" + pixels.getHeight()).orElse(" (broken)");
        }
        if (box instanceof RenderMarker marker) {
            return "RenderMarker " + (marker.glyph().isEmpty() ? DomPrinter.quote(marker.text()) : marker.glyph())
                    + (marker.outside() ? " outside" : " inside");
        }
        return "RenderText " + DomPrinter.quote(((RenderText) box).text());
    }

    /** Which part of an inline element broken around blocks the box is; nothing for a whole one. */
    private static String part(RenderInline inline) {
        if (!inline.isPart()) {
            return "";
        }
        return inline.hasStartEdge() ? " (first part)" : inline.hasEndEdge() ? " (last part)" : " (middle part)";
    }
}
