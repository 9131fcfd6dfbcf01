package org.glassbox.style;

import java.util.Map;
import org.glassbox.css.CssValue;
import org.glassbox.css.CssValue.Length;

/**
 * Converts lengths to pixels (CSS 2.1 §4.3.2): absolute units by their fixed ratio to the CSS
 * inch of 96px, {@code em} by the element's font size, {@code rem} by the root's.
 */
final class Lengths {

    private static final Map<String, Double> PX_PER_UNIT = Map.of(
            "px", 1.0, "in", 96.0, "cm", 96 / 2.54, "mm", 96 / 25.4, "pt", 96 / 72.0, "pc", 16.0);

    private Lengths() {}

    static boolean isKnownUnit(String unit) {
        return PX_PER_UNIT.containsKey(unit) || unit.equals("em") || unit.equals("rem");
    }

    /** A length or a unitless zero in pixels. */
    static double toPx(CssValue value, double fontSize, double rootFontSize) {
        if (!(value instanceof Length length)) {
            return 0;
        }
        return switch (length.unit()) {
            case "em" -> length.value() * fontSize;
            case "rem" -> length.value() * rootFontSize;
            default -> length.value() * PX_PER_UNIT.get(length.unit());
        };
    }
}
