package org.glassbox.style;

import java.util.List;

/**
 * The font-size keywords (CSS Fonts 4 §2.5) with the pixel sizes Chromium gives them. The
 * generic {@code monospace} family has its own, smaller default of 13px, so a keyword size means
 * a different number in {@code <pre>} than in {@code <p>}; and Chromium carries that difference
 * through sizes relative to a keyword, as {@link Origin} records.
 */
final class FontSizes {

    static final double MEDIUM = 16;

    private static final List<String> KEYWORDS =
            List.of("xx-small", "x-small", "small", "medium", "large", "x-large", "xx-large", "xxx-large");
    private static final int[] SIZES = {9, 10, 13, 16, 18, 24, 32, 48};
    private static final int[] MONOSPACE_SIZES = {9, 10, 12, 13, 16, 20, 26, 39};

    /** The monospace default over the default: 13px over 16px. */
    private static final double MONOSPACE_RATIO = 13.0 / 16;

    /** CSS 2.1 §15.7 suggests a factor of 1.2 between sizes for {@code smaller} and {@code larger}, as Chromium uses. */
    private static final double RELATIVE_STEP = 1.2;

    /**
     * Where a computed font size came from, as Chromium keeps it: the keyword it was set with,
     * if any, and whether it was absolute ({@code px}, {@code pt}, {@code rem}, {@code calc()}…)
     * rather than relative to a keyword size through {@code em}, percentages, {@code larger}
     * or {@code smaller}. Only a size that is not absolute changes when the family changes to or
     * from monospace.
     */
    record Origin(String keyword, boolean absolute) {

        static final Origin ABSOLUTE = new Origin(null, true);

        /** A size relative to one from {@code parent}: no keyword, and absolute only if the parent's was. */
        static Origin relativeTo(Origin parent) {
            return new Origin(null, parent.absolute());
        }
    }

    private FontSizes() {}

    /** Whether {@code name} is a font-size keyword, absolute or relative. */
    static boolean isKeyword(String name) {
        return KEYWORDS.contains(name) || name.equals("smaller") || name.equals("larger");
    }

    /** Whether {@code name} is one of the absolute keywords, {@code xx-small} to {@code xxx-large}. */
    static boolean isAbsoluteKeyword(String name) {
        return KEYWORDS.contains(name);
    }

    /** The size an absolute keyword such as {@code large} stands for. */
    static double absolute(String keyword, boolean monospace) {
        return (monospace ? MONOSPACE_SIZES : SIZES)[KEYWORDS.indexOf(keyword)];
    }

    /** {@code smaller} or {@code larger} than the parent's size. */
    static double relative(String keyword, double parentSize) {
        return keyword.equals("smaller") ? parentSize / RELATIVE_STEP : parentSize * RELATIVE_STEP;
    }

    /**
     * Chromium's adjustment when the family becomes monospace or stops being it: a keyword size
     * is looked up again in the other table, a size relative to one is scaled by 13/16 or 16/13,
     * an absolute size stays.
     */
    static double forFamilyChange(double size, Origin origin, boolean monospace) {
        if (origin.absolute()) {
            return size;
        }
        if (origin.keyword() != null) {
            return absolute(origin.keyword(), monospace);
        }
        return monospace ? size * MONOSPACE_RATIO : size / MONOSPACE_RATIO;
    }
}
