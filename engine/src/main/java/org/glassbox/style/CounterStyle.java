package org.glassbox.style;

import java.util.Locale;

/**
 * How a counter's value is written (CSS 2.1 §12.6.2, with the algorithms of CSS Counter Styles 3
 * §6): the list-style-type names that {@code counter()} and {@code counters()} take, and that
 * number list items' markers.
 */
public final class CounterStyle {

    private static final String[] ROMAN_SYMBOLS = {"m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"};
    private static final int[] ROMAN_VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    private static final String LATIN = "abcdefghijklmnopqrstuvwxyz";
    private static final String GREEK = "αβγδεζηθικλμνξοπρστυφχψω";

    private CounterStyle() {}

    /** {@code value} written in the style named {@code style}; an unknown name means decimal. */
    public static String represent(int value, String style) {
        return switch (style) {
            case "none" -> "";
            case "disc" -> "•";
            case "circle" -> "◦";
            case "square" -> "▪";
            case "decimal-leading-zero" -> (value < 0 ? "-" : "") + (Math.abs(value) < 10 ? "0" : "") + Math.abs(value);
            case "lower-roman" -> roman(value);
            case "upper-roman" -> roman(value).toUpperCase(Locale.ROOT);
            case "lower-alpha", "lower-latin" -> alphabetic(value, LATIN);
            case "upper-alpha", "upper-latin" -> alphabetic(value, LATIN).toUpperCase(Locale.ROOT);
            case "lower-greek" -> alphabetic(value, GREEK);
            default -> Integer.toString(value);
        };
    }

    /** CSS Counter Styles 3 §6.2 additive system, for 1 to 3999; other values fall back to decimal. */
    private static String roman(int value) {
        if (value < 1 || value > 3999) {
            return Integer.toString(value);
        }
        StringBuilder out = new StringBuilder();
        int rest = value;
        for (int i = 0; i < ROMAN_VALUES.length; i++) {
            for (; rest >= ROMAN_VALUES[i]; rest -= ROMAN_VALUES[i]) {
                out.append(ROMAN_SYMBOLS[i]);
            }
        }
        return out.toString();
    }

    /** CSS Counter Styles 3 §6.1.4 alphabetic system: a, b, … z, aa, ab…; below 1, decimal. */
    private static String alphabetic(int value, String letters) {
        if (value < 1) {
            return Integer.toString(value);
        }
        StringBuilder out = new StringBuilder();
        for (int rest = value; rest > 0; rest = (rest - 1) / letters.length()) {
            out.insert(0, letters.charAt((rest - 1) % letters.length()));
        }
        return out.toString();
    }
}
