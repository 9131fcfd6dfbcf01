package org.glassbox.layout;

import org.glassbox.css.CssValue;

/** The four sides of a margin, border or padding, in pixels (CSS 2.1 §8.1). */
public record Edges(double top, double right, double bottom, double left) {

    public static final Edges ZERO = new Edges(0, 0, 0, 0);

    /** Left plus right. */
    public double horizontal() {
        return left + right;
    }

    /** Top plus bottom. */
    public double vertical() {
        return top + bottom;
    }

    @Override
    public String toString() {
        return CssValue.formatNumber(top) + " " + CssValue.formatNumber(right) + " "
                + CssValue.formatNumber(bottom) + " " + CssValue.formatNumber(left);
    }
}
