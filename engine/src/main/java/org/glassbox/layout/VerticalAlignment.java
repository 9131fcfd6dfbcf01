package org.glassbox.layout;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glassbox.css.CssValue;
import org.glassbox.css.CssValue.Keyword;
import org.glassbox.css.CssValue.Length;
import org.glassbox.css.CssValue.Number;
import org.glassbox.render.RenderInline;
import org.glassbox.style.ComputedStyle;
import org.glassbox.style.Property;

/**
 * The vertical half of one line box (CSS 2.1 §10.8): where each inline box and atomic box on
 * the line sits, and how tall the line is, as Chromium works it out.
 *
 * <p>Every box on the line reaches above and below its baseline: an inline box by its font's
 * ascent and descent plus half the leading (§10.8.1), an atomic box by its margin box around its
 * baseline. {@code vertical-align} moves a box's baseline relative to its parent's, so the boxes
 * form a tree of offsets from the line's root inline box (the "strut"). The line is as tall as the
 * union of all of them. Boxes aligned {@code top} or {@code bottom} are aligned with the line box
 * itself, so they are placed last: with their own subtrees, they make the line taller only where
 * they do not fit in it.
 */
final class VerticalAlignment {

    /** How far a box reaches above and below a baseline. */
    private record Extent(double above, double below) {

        static final Extent NONE = new Extent(Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY);

        /** The same box with its baseline {@code offset} below the baseline measured from (up is negative). */
        Extent shifted(double offset) {
            return new Extent(above - offset, below + offset);
        }

        Extent union(Extent other) {
            return new Extent(Math.max(above, other.above), Math.max(below, other.below));
        }

        double height() {
            return above + below;
        }
    }

    /** A box that {@code vertical-align} places: an inline box or an atomic box, with the inline box it sits in. */
    private record Box(ComputedStyle style, Box parent, Extent extent) {

        boolean alignsToLineBox() {
            return alignsTo(style, "top") || alignsTo(style, "bottom");
        }

        /** The nearest box, itself or an ancestor, aligned with the line box; null for the line's root inline box. */
        Box alignmentRoot() {
            return alignsToLineBox() ? this : parent == null ? null : parent.alignmentRoot();
        }
    }

    private final Fonts fonts;
    private final ComputedStyle rootStyle;
    private final boolean hasContent;
    private final Map<Object, Box> boxes = new LinkedHashMap<>();
    private final Map<Box, Double> offsets = new HashMap<>();
    private final Map<Box, Double> rootBaselines = new HashMap<>();
    private Extent line = new Extent(0, 0);

    /**
     * @param rootStyle the block's style, whose font and line-height make the strut
     * @param hasContent whether the line has anything that makes a line; an empty one is 0 tall (CSS 2.1 §9.4.2)
     */
    VerticalAlignment(Fonts fonts, ComputedStyle rootStyle, boolean hasContent) {
        this.fonts = fonts;
        this.rootStyle = rootStyle;
        this.hasContent = hasContent;
    }

    /** Adds the inline boxes {@code inlines} (outermost first), each inside the one before. */
    void addInlines(List<RenderInline> inlines) {
        Box parent = null;
        for (RenderInline inline : inlines) {
            Box outer = parent;
            parent = boxes.computeIfAbsent(inline, key -> new Box(inline.style(), outer, extent(inline.style())));
        }
    }

    /**
     * Adds an atomic box.
     *
     * @param key what the atomic box is later asked about by
     * @param baseline the distance from its margin box's top to its baseline
     */
    void addAtomic(Object key, ComputedStyle style, List<RenderInline> inlines, double baseline, double height) {
        addInlines(inlines);
        Box parent = inlines.isEmpty() ? null : boxes.get(inlines.get(inlines.size() - 1));
        boxes.put(key, new Box(style, parent, new Extent(baseline, height - baseline)));
    }

    /** Works the line's height out once every box is added; first the boxes on the root's baseline, then the rest. */
    void align() {
        if (!hasContent) {
            return;
        }
        Extent aligned = extent(rootStyle);
        for (Box box : boxes.values()) {
            if (box.alignmentRoot() == null) {
                aligned = aligned.union(box.extent().shifted(offset(box)));
            }
        }
        line = aligned;
        boxes.values().stream().filter(Box::alignsToLineBox).forEach(this::alignToLineBox);
        boxes.values().stream().filter(Box::alignsToLineBox).forEach(root -> rootBaselines.put(root,
                alignsTo(root.style(), "top") ? subtree(root).above() : line.height() - subtree(root).below()));
    }

    /** CSS 2.1 §10.8.1: a box aligned with the line box's top grows the line downwards, one aligned with its bottom upwards. */
    private void alignToLineBox(Box root) {
        double grow = subtree(root).height() - line.height();
        if (grow > 0) {
            line = alignsTo(root.style(), "top") ? new Extent(line.above(), line.below() + grow)
                    : new Extent(line.above() + grow, line.below());
        }
    }

    /** How far a top- or bottom-aligned box and the boxes aligned within it reach around its baseline. */
    private Extent subtree(Box root) {
        Extent extent = Extent.NONE;
        for (Box box : boxes.values()) {
            if (box.alignmentRoot() == root) {
                extent = extent.union(box.extent().shifted(offset(box)));
            }
        }
        return extent;
    }

    /** The line box's height. */
    double height() {
        return line.height();
    }

    /** The distance from the line box's top to the root inline box's baseline. */
    double lineBaseline() {
        return line.above();
    }

    /** The baseline of the innermost of {@code inlines}, from the line box's top: where its text sits. */
    double baseline(List<RenderInline> inlines) {
        return inlines.isEmpty() ? lineBaseline() : baseline(inlines.get(inlines.size() - 1));
    }

    /** The baseline of an inline or atomic box, from the line box's top. */
    double baseline(Object key) {
        Box box = boxes.get(key);
        Box root = box.alignmentRoot();
        return (root == null ? lineBaseline() : rootBaselines.getOrDefault(root, 0.0)) + offset(box);
    }

    /** The top of an atomic box's margin box, from the line box's top. */
    double top(Object key) {
        return baseline(key) - boxes.get(key).extent().above();
    }

    /** A box's baseline below its alignment root's (negative: above). */
    private double offset(Box box) {
        if (box.alignsToLineBox()) {
            return 0;
        }
        Double known = offsets.get(box);
        if (known == null) {
            known = (box.parent() == null ? 0 : offset(box.parent())) + shift(box);
            offsets.put(box, known);
        }
        return known;
    }

    /**
     * CSS 2.1 §10.8.1 {@code vertical-align}: how far a box's baseline is below its parent's, with
     * Chromium's choices where the specification leaves room: {@code sub} and {@code super} move
     * by a fifth and a third of the parent's font size, plus a pixel.
     */
    private double shift(Box box) {
        ComputedStyle parentStyle = box.parent() == null ? rootStyle : box.parent().style();
        CssValue align = box.style().get(Property.VERTICAL_ALIGN);
        if (!(align instanceof Keyword keyword)) {
            return -InlineLayout.snap(BlockLayout.resolve(align, lineHeight(box.style())));
        }
        UsedFont parentFont = fonts.fontFor(parentStyle);
        Extent extent = box.extent();
        return switch (keyword.name()) {
            case "sub" -> InlineLayout.snap(parentStyle.fontSize() / 5 + 1);
            case "super" -> -InlineLayout.snap(parentStyle.fontSize() / 3 + 1);
            case "text-top" -> extent.above() - parentFont.height().ascent();
            case "text-bottom" -> parentFont.height().descent() - extent.below();
            case "middle" -> InlineLayout.snap((extent.above() - extent.below()) / 2 - parentFont.xHeight() / 2);
            default -> 0;
        };
    }

    /** Like Chromium, the half-leading above is a whole number of pixels, the rest goes below (CSS 2.1 §10.8.1). */
    private Extent extent(ComputedStyle style) {
        FontHeight font = fonts.fontFor(style).height();
        double leading = lineHeight(style) - font.contentHeight();
        double halfAbove = Math.floor(leading / 2);
        return new Extent(font.ascent() + halfAbove, font.descent() + leading - halfAbove);
    }

    /** CSS 2.1 §10.8.1: {@code normal} is the font's own line spacing; a number multiplies the font size. */
    private double lineHeight(ComputedStyle style) {
        CssValue lineHeight = style.get(Property.LINE_HEIGHT);
        if (lineHeight instanceof Number number) {
            return InlineLayout.snap(number.value() * style.fontSize());
        }
        return lineHeight instanceof Length length ? InlineLayout.snap(length.value())
                : fonts.fontFor(style).height().lineSpacing();
    }

    /** Whether {@code vertical-align} is the keyword {@code name} (not a length or a percentage). */
    private static boolean alignsTo(ComputedStyle style, String name) {
        return style.get(Property.VERTICAL_ALIGN) instanceof Keyword keyword && keyword.name().equals(name);
    }
}
