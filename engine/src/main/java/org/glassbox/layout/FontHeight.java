package org.glassbox.layout;

/**
 * The vertical metrics of a font at one size, each rounded to a whole pixel as Chromium rounds
 * them: the ascent and descent that make the content area of an inline box, and the line gap
 * that {@code line-height: normal} adds.
 */
public record FontHeight(double ascent, double descent, double lineGap) {

    /** Rounds a font's exact metrics. */
    static FontHeight rounded(double exactAscent, double exactDescent, double exactLineGap) {
        return new FontHeight(Math.round(exactAscent), Math.round(exactDescent), Math.round(exactLineGap));
    }

    /** The height of the glyphs' box, the content area of an inline box (CSS 2.1 §10.6.1). */
    public double contentHeight() {
        return ascent + descent;
    }

    /** What {@code line-height: normal} means for this font (CSS 2.1 §10.8.1). */
    public double lineSpacing() {
        return ascent + descent + lineGap;
    }
}
