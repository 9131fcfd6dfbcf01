package org.glassbox.layout;

import static org.glassbox.style.Property.BOX_SIZING;
import static org.glassbox.style.Property.HEIGHT;
import static org.glassbox.style.Property.MAX_HEIGHT;
import static org.glassbox.style.Property.MAX_WIDTH;
import static org.glassbox.style.Property.MIN_HEIGHT;
import static org.glassbox.style.Property.MIN_WIDTH;
import static org.glassbox.style.Property.WIDTH;

import java.util.OptionalDouble;
import org.glassbox.css.Calc;
import org.glassbox.css.CssValue;
import org.glassbox.css.CssValue.Length;
import org.glassbox.css.CssValue.Percentage;
import org.glassbox.style.ComputedStyle;
import org.glassbox.style.Property;

/**
 * The sizes a box's style asks for, as content-box pixels: {@code width} and {@code height}
 * (CSS 2.1 §10.2, §10.5), their minimums and maximums (§10.4, §10.7), with {@code box-sizing:
 * border-box} (CSS UI 3 §4.1) taking the border and padding out of the specified size.
 *
 * @param frameWidth the box's horizontal border and padding
 * @param frameHeight the box's vertical border and padding
 */
record Sizing(ComputedStyle style, double frameWidth, double frameHeight) {

    static Sizing of(ComputedStyle style, Edges border, Edges padding) {
        return new Sizing(style, border.horizontal() + padding.horizontal(), border.vertical() + padding.vertical());
    }

    /** The specified width, empty for {@code auto}. */
    OptionalDouble width(double containingWidth) {
        return contentSize(WIDTH, containingWidth, frameWidth);
    }

    /**
     * The specified height, empty for {@code auto}. CSS 2.1 §10.5: a percentage needs a containing
     * block whose height does not depend on its content; without one it is {@code auto}.
     */
    OptionalDouble height(double containingHeight) {
        return contentSize(HEIGHT, containingHeight, frameHeight);
    }

    /**
     * CSS 2.1 §10.4: the width, kept within {@code max-width} first and then {@code min-width}, so
     * that when the two conflict the minimum wins.
     */
    double clampWidth(double width, double containingWidth) {
        return clamp(width, MIN_WIDTH, MAX_WIDTH, containingWidth, frameWidth);
    }

    /** CSS 2.1 §10.7: the same for heights; a percentage limit against an indefinite height is ignored. */
    double clampHeight(double height, double containingHeight) {
        return clamp(height, MIN_HEIGHT, MAX_HEIGHT, containingHeight, frameHeight);
    }

    /** The used height of a box whose content is {@code contentHeight} tall: specified or auto, then clamped. */
    double usedHeight(double contentHeight, double containingHeight) {
        return clampHeight(height(containingHeight).orElse(contentHeight), containingHeight);
    }

    /** CSS 2.1 §10.4, §10.7: the limits apply to every box but table rows and row groups. */
    private double clamp(double size, Property min, Property max, double base, double frame) {
        if (style.display().startsWith("table-row") || style.display().endsWith("-group")) {
            return size;
        }
        double clamped = size;
        OptionalDouble maximum = contentSize(max, base, frame);
        if (maximum.isPresent()) {
            clamped = Math.min(clamped, maximum.getAsDouble());
        }
        return Math.max(clamped, contentSize(min, base, frame).orElse(0));
    }

    /**
     * A size property in content-box pixels, or empty if it is {@code auto}/{@code none} or a
     * percentage of an unknown (NaN) base. Content boxes are never negative, so a border-box size
     * smaller than the border and padding gives 0.
     */
    private OptionalDouble contentSize(Property property, double base, double frame) {
        CssValue value = style.get(property);
        boolean relative = value instanceof Percentage || value instanceof Calc;
        if (!(value instanceof Length) && !relative || relative && Double.isNaN(base)) {
            return OptionalDouble.empty();
        }
        double size = BlockLayout.resolve(value, base);
        return OptionalDouble.of(style.keyword(BOX_SIZING).equals("border-box") ? Math.max(0, size - frame) : size);
    }
}
