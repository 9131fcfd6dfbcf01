package org.glassbox.style;

import java.util.function.Function;

/**
 * The two font-relative units that depend on a font's glyphs (CSS Values 3 §6.1.1): {@code ex},
 * the x-height of the first available font, and {@code ch}, the advance of its "0". Where no
 * font can be measured, both are half an em, the fallback the specification allows.
 *
 * <p>The fonts come from layout, which owns them and measures their glyphs; the style phase
 * only asks for the two measurements.
 */
public final class GlyphMetrics {

    /** What the style phase needs to know of a font's glyphs. */
    public interface FontGlyphs {

        /** The height of the glyph "x" in pixels. */
        double xHeight();

        /** The advance of the glyph "0" in pixels. */
        double zeroAdvance();
    }

    /** No fonts: {@code ex} and {@code ch} are 0.5em. */
    public static final GlyphMetrics FALLBACK = new GlyphMetrics(style -> null);

    private final Function<ComputedStyle, FontGlyphs> fonts;

    /** @param fonts the font a style's text is set in, at its size; null where there is none */
    public GlyphMetrics(Function<ComputedStyle, FontGlyphs> fonts) {
        this.fonts = fonts;
    }

    /** The x-height in pixels of the font {@code style} asks for. */
    double xHeight(ComputedStyle style) {
        FontGlyphs font = fonts.apply(style);
        return font == null ? style.fontSize() / 2 : font.xHeight();
    }

    /** The advance in pixels of the glyph "0" in the font {@code style} asks for. */
    double zeroAdvance(ComputedStyle style) {
        FontGlyphs font = fonts.apply(style);
        return font == null ? style.fontSize() / 2 : font.zeroAdvance();
    }
}
