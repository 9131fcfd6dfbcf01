package org.glassbox.css;

import java.util.Locale;
import java.util.Optional;

/**
 * An sRGB color with alpha (CSS Color 4 §4): what {@code #f80}, {@code #ff880080}, {@code red},
 * {@code rgb(255 136 0 / 50%)} and {@code hsl(32deg, 100%, 50%)} all become. Channels are whole
 * numbers from 0 to 255, as Chromium stores them; alpha runs from 0 (transparent) to 1 (opaque).
 */
public record Color(int red, int green, int blue, double alpha) implements CssValue {

    public static final Color TRANSPARENT = new Color(0, 0, 0, 0);
    public static final Color BLACK = new Color(0, 0, 0, 1);
    public static final Color WHITE = new Color(255, 255, 255, 1);

    /**
     * Reads a color from a value: a color already, one of the 148 named colors, or
     * {@code transparent} (CSS Color 4 §6). {@code currentcolor} is not a color yet: it becomes
     * one when values are computed.
     */
    public static Optional<Color> from(CssValue value) {
        if (value instanceof Color color) {
            return Optional.of(color);
        }
        if (value instanceof Keyword keyword) {
            return keyword.name().equals("transparent")
                    ? Optional.of(TRANSPARENT)
                    : NamedColors.lookup(keyword.name());
        }
        return Optional.empty();
    }

    /** Whether nothing shows through: alpha 0. */
    public boolean isTransparent() {
        return alpha == 0;
    }

    /** The color as Java2D's packed ARGB. */
    public int argb() {
        int a = (int) Math.round(alpha * 255);
        return a << 24 | red << 16 | green << 8 | blue;
    }

    @Override
    public String toString() {
        if (alpha == 1) {
            return String.format(Locale.ROOT, "#%02x%02x%02x", red, green, blue);
        }
        return "rgba(" + red + ", " + green + ", " + blue + ", " + CssValue.formatNumber(alpha) + ")";
    }
}
