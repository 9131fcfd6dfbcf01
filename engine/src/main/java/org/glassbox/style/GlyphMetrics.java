package org.glassbox.style;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.function.Function;

/**
 * The two font-relative units that depend on a font's glyphs (CSS Values 3 §6.1.1): {@code ex},
 * the x-height of the first available font, and {@code ch}, the advance of its "0". Where no
 * font can be measured, both are half an em, the fallback the specification allows.
 *
 * <p>The fonts come from layout, which owns them; the style phase only measures two glyphs.
 */
public final class GlyphMetrics {

    /** No fonts: {@code ex} and {@code ch} are 0.5em. */
    public static final GlyphMetrics FALLBACK = new GlyphMetrics(style -> null);

    /** Measured as layout measures text: anti-aliased, with fractional advances. */
    private static final FontRenderContext RENDER_CONTEXT = new FontRenderContext(null, true, true);

    private static final float MEASURING_SIZE = 1000;

    private final Function<ComputedStyle, Font> fonts;

    /** @param fonts the font a style's text is set in, at its size; null where there is none */
    public GlyphMetrics(Function<ComputedStyle, Font> fonts) {
        this.fonts = fonts;
    }

    /**
     * The x-height in pixels of the font {@code style} asks for: the top of the glyph "x",
     * measured large, because outlines at small sizes are snapped to the pixel grid.
     */
    double xHeight(ComputedStyle style) {
        Font font = fonts.apply(style);
        if (font == null) {
            return style.fontSize() / 2;
        }
        Font large = font.deriveFont(MEASURING_SIZE);
        return -large.createGlyphVector(RENDER_CONTEXT, "x").getVisualBounds().getY() * font.getSize2D() / MEASURING_SIZE;
    }

    /** The advance in pixels of the glyph "0" in the font {@code style} asks for. */
    double zeroAdvance(ComputedStyle style) {
        Font font = fonts.apply(style);
        return font == null ? style.fontSize() / 2 : font.getStringBounds("0", RENDER_CONTEXT).getWidth();
    }
}
