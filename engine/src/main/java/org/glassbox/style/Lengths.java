package org.glassbox.style;

import java.util.Map;
import org.glassbox.css.CssValue.Length;
import org.glassbox.layout.Viewport;

/**
 * Converts lengths to pixels (CSS Values 3 §5, §6): absolute units by their fixed ratio to the
 * CSS inch of 96px; {@code em}, {@code ex} and {@code ch} by a font; {@code rem} by the root
 * element's font size; {@code vw}, {@code vh}, {@code vmin} and {@code vmax} by the viewport,
 * the size of the initial containing block.
 */
final class Lengths {

    /** For initial values, which hold no relative lengths, so any page's context will do. */
    static final Lengths DEFAULT = new Lengths(Viewport.DEFAULT, FontSizes.MEDIUM, GlyphMetrics.FALLBACK);

    private static final Map<String, Double> PX_PER_UNIT = Map.of("px", 1.0, "in", 96.0, "cm", 96 / 2.54,
            "mm", 96 / 25.4, "q", 96 / 101.6, "pt", 96 / 72.0, "pc", 16.0);

    private final Viewport viewport;
    private final double rootFontSize;
    private final GlyphMetrics glyphs;

    Lengths(Viewport viewport, double rootFontSize, GlyphMetrics glyphs) {
        this.viewport = viewport;
        this.rootFontSize = rootFontSize;
        this.glyphs = glyphs;
    }

    /** The same context once the root element's font size is known, for {@code rem} below it. */
    Lengths withRootFontSize(double size) {
        return new Lengths(viewport, size, glyphs);
    }

    /**
     * {@code length} in pixels.
     *
     * @param font the style whose font {@code em}, {@code ex} and {@code ch} measure: the
     *     element's own, or its parent's in {@code font-size} (CSS Values 3 §6.1)
     */
    double toPx(Length length, ComputedStyle font) {
        double value = length.value();
        return switch (length.unit()) {
            case "em" -> value * font.fontSize();
            case "ex" -> value * glyphs.xHeight(font);
            case "ch" -> value * glyphs.zeroAdvance(font);
            case "rem" -> value * rootFontSize;
            case "vw" -> value * viewport.width() / 100;
            case "vh" -> value * viewport.height() / 100;
            case "vmin" -> value * Math.min(viewport.width(), viewport.height()) / 100;
            case "vmax" -> value * Math.max(viewport.width(), viewport.height()) / 100;
            default -> value * PX_PER_UNIT.get(length.unit());
        };
    }
}
