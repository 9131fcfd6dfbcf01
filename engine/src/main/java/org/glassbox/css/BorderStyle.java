package org.glassbox.css;

import java.util.Locale;
import java.util.Optional;

/** The values of {@code border-style} (CSS 2.1 §8.5.3). */
public enum BorderStyle {
    NONE, HIDDEN, DOTTED, DASHED, SOLID, DOUBLE, GROOVE, RIDGE, INSET, OUTSET;

    /** The style a keyword names, if it names one. */
    public static Optional<BorderStyle> from(CssValue value) {
        if (!(value instanceof CssValue.Keyword keyword)) {
            return Optional.empty();
        }
        for (BorderStyle style : values()) {
            if (style.name().toLowerCase(Locale.ROOT).equals(keyword.name())) {
                return Optional.of(style);
            }
        }
        return Optional.empty();
    }

    /** {@code none} and {@code hidden} draw nothing and make the border's width 0 (CSS 2.1 §8.5.1). */
    public boolean isVisible() {
        return this != NONE && this != HIDDEN;
    }
}
