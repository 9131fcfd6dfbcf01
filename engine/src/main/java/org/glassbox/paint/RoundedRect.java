package org.glassbox.paint;

import org.glassbox.css.CssValue;
import org.glassbox.layout.Edges;
import org.glassbox.style.ComputedStyle;

/**
 * A rectangle with rounded corners (CSS Backgrounds 3 §5.2): a border box shaped by
 * {@code border-radius}, or the padding box inside it, whose curve follows the border's.
 */
record RoundedRect(Rect rect, CornerRadii radii) {

    /** The border box of a box with {@code style}, with the used radii of its corners. */
    static RoundedRect borderBox(Rect borderBox, ComputedStyle style) {
        return new RoundedRect(borderBox, CornerRadii.used(style, borderBox));
    }

    /** A rectangle with square corners. */
    static RoundedRect square(Rect rect) {
        return new RoundedRect(rect, CornerRadii.SQUARE);
    }

    /** The rounded rectangle inside {@code edges}: the padding box inside the border, with the inner radii of §5.2. */
    RoundedRect inset(Edges edges) {
        return new RoundedRect(rect.inset(edges), radii.inset(edges));
    }

    /** The rounded rectangle {@code width} outside this one on every side, as an outline is outside its border box. */
    RoundedRect outset(double width) {
        return new RoundedRect(new Rect(rect.x() - width, rect.y() - width, rect.width() + 2 * width,
                rect.height() + 2 * width), radii.outset(width));
    }

    boolean isRounded() {
        return !radii.isSquare();
    }

    /** The corners of the rectangle itself, clockwise from the top left, as {@code x0, y0, x1, y1, …}. */
    double[] corners() {
        double right = rect.x() + rect.width();
        double bottom = rect.y() + rect.height();
        return new double[] {rect.x(), rect.y(), right, rect.y(), right, bottom, rect.x(), bottom};
    }

    @Override
    public String toString() {
        return "x=" + CssValue.formatNumber(rect.x()) + " y=" + CssValue.formatNumber(rect.y())
                + " w=" + CssValue.formatNumber(rect.width()) + " h=" + CssValue.formatNumber(rect.height())
                + (isRounded() ? " radii=" + radii : "");
    }
}
