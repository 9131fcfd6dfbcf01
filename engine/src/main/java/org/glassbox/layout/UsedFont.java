package org.glassbox.layout;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.glassbox.css.CssValue;
import org.glassbox.style.GlyphMetrics;

/**
 * One font face at one size, as layout measures with it and paint draws with it. Text is
 * measured with kerning and ligatures on and fractional advances, as Chromium shapes it, so line
 * breaks fall where Chromium's fall.
 */
public final class UsedFont implements GlyphMetrics.FontGlyphs {

    /** Anti-aliased, fractional metrics: the context both measuring and drawing use. */
    private static final FontRenderContext RENDER_CONTEXT = new FontRenderContext(null, true, true);

    private static final float MEASURING_SIZE = 1000;

    /**
     * How many strings a font remembers the width of. A page repeats its words and its spaces, so
     * a few thousand cover most of what layout asks for; the cap keeps a huge page of distinct
     * words from growing the cache without end.
     */
    static final int MAX_CACHED_WIDTHS = 4096;

    private final Font font;
    private final FontHeight height;
    private final double xHeight;
    /**
     * Widths already measured, by string: layout asks for the same word's width many times (for
     * the intrinsic widths, then for each line it tries), and shaping it again costs far more than
     * a look-up. The font is shared by every page an engine loads, so the cache is too.
     */
    private final Map<String, Double> widths = new ConcurrentHashMap<>();

    UsedFont(Font font) {
        this.font = font;
        LineMetrics metrics = font.getLineMetrics("x", RENDER_CONTEXT);
        this.height = FontHeight.rounded(metrics.getAscent(), metrics.getDescent(), metrics.getLeading());
        this.xHeight = measureXHeight(font);
    }

    /** The Java2D font to draw with. */
    public Font awtFont() {
        return font;
    }

    /** The rounded vertical metrics. */
    public FontHeight height() {
        return height;
    }

    /**
     * The x-height in pixels, which {@code vertical-align: middle} centers on (CSS 2.1 §10.8.1)
     * and the {@code ex} unit measures (CSS Values 3 §6.1.1), measured once with the font.
     */
    @Override
    public double xHeight() {
        return xHeight;
    }

    /** The top of the glyph "x", measured large because outlines at small sizes are snapped to the pixel grid. */
    private static double measureXHeight(Font font) {
        Font large = font.deriveFont(MEASURING_SIZE);
        return -large.createGlyphVector(RENDER_CONTEXT, "x").getVisualBounds().getY() * font.getSize2D() / MEASURING_SIZE;
    }

    /** The advance of the glyph "0", which the {@code ch} unit measures (CSS Values 3 §6.1.1). */
    @Override
    public double zeroAdvance() {
        return width("0");
    }

    /** The advance width of {@code text} in pixels, measured once and then remembered. */
    public double width(String text) {
        Double known = widths.get(text);
        return known != null ? known : remember(text, measure(text));
    }

    /** Keeps a width; a full cache starts over, which is simpler than evicting and costs only measuring again. */
    private double remember(String text, double width) {
        if (widths.size() >= MAX_CACHED_WIDTHS) {
            widths.clear();
        }
        widths.put(text, width);
        return width;
    }

    private double measure(String text) {
        return font.getStringBounds(text, RENDER_CONTEXT).getWidth();
    }

    /** Such as {@code Liberation Serif Bold 32px}. */
    @Override
    public String toString() {
        return font.getFontName() + " " + CssValue.formatNumber(font.getSize2D()) + "px";
    }
}
