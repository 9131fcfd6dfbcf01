package org.glassbox.paint;

import static org.glassbox.style.Property.BORDER_BOTTOM_LEFT_RADIUS;
import static org.glassbox.style.Property.BORDER_BOTTOM_RIGHT_RADIUS;
import static org.glassbox.style.Property.BORDER_TOP_LEFT_RADIUS;
import static org.glassbox.style.Property.BORDER_TOP_RIGHT_RADIUS;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.glassbox.css.CssValue;
import org.glassbox.layout.Edges;
import org.glassbox.style.ComputedStyle;

/**
 * The used radii of a box's four corners, clockwise from the top left (CSS Backgrounds 3 §5):
 * each corner is a quarter of an ellipse with a horizontal and a vertical radius, and a corner
 * whose radii are zero is square.
 */
record CornerRadii(Corner topLeft, Corner topRight, Corner bottomRight, Corner bottomLeft) {

    /** One corner's ellipse: its horizontal and its vertical radius. */
    record Corner(double horizontal, double vertical) {

        static final Corner SQUARE = new Corner(0, 0);

        /** §5.1: if either radius is zero, the corner is square. */
        static Corner of(double horizontal, double vertical) {
            return horizontal > 0 && vertical > 0 ? new Corner(horizontal, vertical) : SQUARE;
        }

        boolean isSquare() {
            return horizontal == 0;
        }

        @Override
        public String toString() {
            String horizontalRadius = CssValue.formatNumber(horizontal);
            return horizontal == vertical ? horizontalRadius : horizontalRadius + "/" + CssValue.formatNumber(vertical);
        }
    }

    static final CornerRadii SQUARE = new CornerRadii(Corner.SQUARE, Corner.SQUARE, Corner.SQUARE, Corner.SQUARE);

    /**
     * The used radii of a box with {@code style} and {@code borderBox}: percentages are of the
     * border box's width (horizontal radii) and height (vertical radii), §5.1; and where two
     * adjacent corners' radii add up to more than their side, all radii shrink by the same factor
     * until they fit, so the curves do not overlap (§5.5).
     */
    static CornerRadii used(ComputedStyle style, Rect borderBox) {
        return new CornerRadii(corner(style.get(BORDER_TOP_LEFT_RADIUS), borderBox),
                corner(style.get(BORDER_TOP_RIGHT_RADIUS), borderBox),
                corner(style.get(BORDER_BOTTOM_RIGHT_RADIUS), borderBox),
                corner(style.get(BORDER_BOTTOM_LEFT_RADIUS), borderBox)).fitted(borderBox);
    }

    /** §5.5: these radii, all scaled down by one factor if two of them on one side of {@code box} overlap. */
    CornerRadii fitted(Rect box) {
        double factor = Math.min(1, Math.min(
                Math.min(fit(box.width(), topLeft.horizontal + topRight.horizontal),
                        fit(box.width(), bottomLeft.horizontal + bottomRight.horizontal)),
                Math.min(fit(box.height(), topLeft.vertical + bottomLeft.vertical),
                        fit(box.height(), topRight.vertical + bottomRight.vertical))));
        return factor < 1 ? map(corner -> Corner.of(corner.horizontal * factor, corner.vertical * factor)) : this;
    }

    /** A corner's computed value, one radius for both directions or a horizontal and a vertical one. */
    private static Corner corner(CssValue value, Rect borderBox) {
        List<CssValue> radii = value.components();
        return Corner.of(Backgrounds.lengthOrPercentage(radii.get(0), borderBox.width()),
                Backgrounds.lengthOrPercentage(radii.get(radii.size() - 1), borderBox.height()));
    }

    /** §5.5: the factor f = L / S that makes radii adding up to S fit a side of length L. */
    private static double fit(double side, double radii) {
        return radii > 0 ? Math.max(0, side) / radii : 1;
    }

    /** Whether every corner is square, as a box without {@code border-radius} is. */
    boolean isSquare() {
        return corners().stream().allMatch(Corner::isSquare);
    }

    /** The corners clockwise from the top left, so that side n of a box runs from corner n to corner n + 1. */
    List<Corner> corners() {
        return List.of(topLeft, topRight, bottomRight, bottomLeft);
    }

    /**
     * §5.2: the radii of the curve inside {@code edges}, such as the padding edge inside the
     * border: each radius less the width of the side it runs along, and no less than zero.
     */
    CornerRadii inset(Edges edges) {
        return new CornerRadii(
                Corner.of(topLeft.horizontal - edges.left(), topLeft.vertical - edges.top()),
                Corner.of(topRight.horizontal - edges.right(), topRight.vertical - edges.top()),
                Corner.of(bottomRight.horizontal - edges.right(), bottomRight.vertical - edges.bottom()),
                Corner.of(bottomLeft.horizontal - edges.left(), bottomLeft.vertical - edges.bottom()));
    }

    /** The radii of the curve {@code width} outside this one, as an outline's outer edge; square corners stay square. */
    CornerRadii outset(double width) {
        return map(corner -> corner.isSquare() ? corner : Corner.of(corner.horizontal + width, corner.vertical + width));
    }

    private CornerRadii map(UnaryOperator<Corner> change) {
        return new CornerRadii(change.apply(topLeft), change.apply(topRight), change.apply(bottomRight),
                change.apply(bottomLeft));
    }

    @Override
    public String toString() {
        return corners().stream().map(Corner::toString).collect(Collectors.joining(" ", "[", "]"));
    }
}
