package org.glassbox.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * The floats of one block formatting context (CSS 2.1 §9.5), as the rectangles of their margin
 * boxes in the coordinates of the context's root. Floats are placed one after another, each as
 * high as the rules of §9.5.1 let it go; later content asks which band of the line is still free
 * at a given height (line boxes are shortened beside floats) and how far down it must go to clear
 * them (§9.5.2).
 *
 * <p>A formatting context gathers its floats while it is laid out, so this one object is
 * changed as layout proceeds, and is never seen outside it.
 */
final class Floats {

    /** A placed float's margin box. */
    private record Area(boolean left, double x, double y, double width, double height) {

        double right() {
            return x + width;
        }

        double bottom() {
            return y + height;
        }

        boolean overlapsBand(double top, double bandHeight) {
            return y < top + Math.max(bandHeight, 1e-6) && bottom() > top;
        }
    }

    /** The free band of a line: from {@code left} to {@code right}. */
    record Band(double left, double right) {

        double width() {
            return right - left;
        }
    }

    private final List<Area> areas = new ArrayList<>();
    /** §9.5.1 rules 5 and 6: a float's top is never above an earlier float's top. */
    private double lowestTop = Double.NEGATIVE_INFINITY;

    boolean isEmpty() {
        return areas.isEmpty();
    }

    /**
     * Places a float whose margin box is {@code width} × {@code height}, no higher than {@code top},
     * between the containing block's edges {@code left} and {@code right} (CSS 2.1 §9.5.1): a left
     * float goes as far left as it can, right of earlier left floats; a right one, as far right;
     * if it does not fit beside the floats at some height, it moves down until it does or until
     * no float is left beside it.
     *
     * @return the top-left corner of the float's margin box
     */
    double[] place(boolean leftFloat, double width, double height, double top, double left, double right) {
        double y = Math.max(top, lowestTop);
        Band band = band(y, height, left, right);
        while (band.width() < width && hasFloatBeside(y, height)) {
            y = nextBottom(y);
            band = band(y, height, left, right);
        }
        double x = leftFloat ? band.left() : band.right() - width;
        areas.add(new Area(leftFloat, x, y, width, height));
        lowestTop = y;
        return new double[] {x, y};
    }

    /**
     * The part of {@code [left, right]} that floats leave free between {@code top} and
     * {@code top + height}: where a line box of that height may go (§9.5).
     */
    Band band(double top, double height, double left, double right) {
        double from = left;
        double to = right;
        for (Area area : areas) {
            if (area.overlapsBand(top, height)) {
                from = area.left() ? Math.max(from, area.right()) : from;
                to = area.left() ? to : Math.min(to, area.x());
            }
        }
        return new Band(from, to);
    }

    /** The first height below {@code y} where a float beside it ends, where a band may widen. */
    double nextBottom(double y) {
        return areas.stream().mapToDouble(Area::bottom).filter(bottom -> bottom > y).min().orElse(y);
    }

    private boolean hasFloatBeside(double y, double height) {
        return areas.stream().anyMatch(area -> area.overlapsBand(y, height));
    }

    /**
     * CSS 2.1 §9.5.2: the bottom of the lowest float that {@code clear} must go below: left
     * floats for {@code left}, right ones for {@code right}, all for {@code both}.
     */
    double clearance(String clear) {
        return areas.stream()
                .filter(area -> clear.equals("both") || clear.equals(area.left() ? "left" : "right"))
                .mapToDouble(Area::bottom).max().orElse(Double.NEGATIVE_INFINITY);
    }

    /** The bottom of the lowest float: CSS 2.1 §10.6.7, a formatting context's root grows to contain its floats. */
    double bottom() {
        return clearance("both");
    }
}
