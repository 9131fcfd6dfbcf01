package org.glassbox.style;

import java.util.List;

/**
 * The font-size keywords (CSS 2.1 §15.7) with the pixel sizes Chromium gives them. The generic
 * {@code monospace} family has its own, smaller default of 13px, so a keyword size means a
 * different number in {@code <pre>} than in {@code <p>}.
 */
final class FontSizes {

    static final double MEDIUM = 16;

    private static final List<String> KEYWORDS =
            List.of("xx-small", "x-small", "small", "medium", "large", "x-large", "xx-large");
    private static final int[] SIZES = {9, 10, 13, 16, 18, 24, 32};
    private static final int[] MONOSPACE_SIZES = {9, 10, 12, 13, 14, 19, 26};

    /** CSS 2.1 §15.7 suggests a factor of 1.2 between sizes for {@code smaller} and {@code larger}. */
    private static final double RELATIVE_STEP = 1.2;

    private FontSizes() {}

    static boolean isKeyword(String name) {
        return KEYWORDS.contains(name) || name.equals("smaller") || name.equals("larger");
    }

    /** The size an absolute keyword such as {@code large} stands for. */
    static double absolute(String keyword, boolean monospace) {
        return (monospace ? MONOSPACE_SIZES : SIZES)[KEYWORDS.indexOf(keyword)];
    }

    /** {@code smaller} or {@code larger} than the parent's size. */
    static double relative(String keyword, double parentSize) {
        return keyword.equals("smaller") ? parentSize / RELATIVE_STEP : parentSize * RELATIVE_STEP;
    }

    static boolean isAbsoluteKeyword(String name) {
        return KEYWORDS.contains(name);
    }
}
