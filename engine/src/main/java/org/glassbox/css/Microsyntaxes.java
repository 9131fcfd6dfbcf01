package org.glassbox.css;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.glassbox.css.CssValue.Keyword;
import org.glassbox.css.CssValue.Length;
import org.glassbox.css.CssValue.Percentage;

/**
 * HTML's common microsyntaxes (HTML §2.3): how the values of legacy attributes such as
 * {@code width="50%"} and {@code bgcolor="#ffcc00"} are read. They are far more forgiving than
 * CSS, because pages written for the browsers of the 1990s still have to render the way they did:
 * trailing junk is ignored, and almost any string is some colour.
 */
final class Microsyntaxes {

    private static final String WHITESPACE = " \t\n\f\r";

    private Microsyntaxes() {}

    /**
     * The rules for parsing non-negative integers (HTML §2.3.4.2): leading whitespace and a
     * {@code +} are skipped, the digits are read and anything after them is ignored.
     */
    static Optional<Integer> nonNegativeInteger(String text) {
        String rest = skipWhitespace(text);
        rest = rest.startsWith("+") ? rest.substring(1) : rest;
        String digits = leadingDigits(rest);
        if (digits.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of((int) Math.min(Integer.MAX_VALUE, Double.parseDouble(digits)));
    }

    /**
     * The rules for parsing dimension values (HTML §2.3.4.4): a number, with an optional fraction,
     * followed by {@code %} for a percentage; anything else after it, such as {@code px}, is
     * ignored and the number is a pixel length.
     */
    static Optional<CssValue> dimension(String text) {
        String rest = skipWhitespace(text);
        String digits = leadingDigits(rest);
        if (digits.isEmpty()) {
            return Optional.empty();
        }
        rest = rest.substring(digits.length());
        String fraction = rest.startsWith(".") ? leadingDigits(rest.substring(1)) : "";
        double value = Double.parseDouble(digits + "." + fraction + "0");
        rest = rest.substring(fraction.isEmpty() ? 0 : fraction.length() + 1);
        return Optional.of(rest.startsWith("%") ? new Percentage(value) : new Length(value, "px"));
    }

    /** The rules for parsing nonzero dimension values (HTML §2.3.4.5): as a dimension, but zero is no value. */
    static Optional<CssValue> nonzeroDimension(String text) {
        return dimension(text).filter(value -> !(value instanceof Length length && length.value() == 0
                || value instanceof Percentage percentage && percentage.value() == 0));
    }

    /**
     * The rules for parsing a legacy colour value (HTML §2.3.6): a named colour, {@code #rgb}, or
     * failing those any string at all, read as hexadecimal with every other character taken as
     * {@code 0} — which is how {@code bgcolor="chucknorris"} comes out dark red.
     */
    static Optional<Color> legacyColor(String text) {
        String input = text.strip();
        if (input.isEmpty() || input.equalsIgnoreCase("transparent")) {
            return Optional.empty();
        }
        Optional<Color> named = Color.from(new Keyword(input.toLowerCase(Locale.ROOT)));
        if (named.isPresent()) {
            return named;
        }
        if (input.matches("#[0-9a-fA-F]{3}")) {
            return Optional.of(color(List.of(input.substring(1, 2), input.substring(2, 3), input.substring(3, 4)), 17));
        }
        return Optional.of(color(legacyComponents(input), 1));
    }

    /** Steps 6 to 10 of HTML §2.3.6: any string as hexadecimal digits, a multiple of three of them. */
    private static String legacyHexDigits(String input) {
        String hex = input.codePoints()
                .mapToObj(c -> c > 0xFFFF ? "00" : Character.toString(c))
                .collect(Collectors.joining());
        hex = hex.substring(0, Math.min(hex.length(), 128));
        hex = (hex.startsWith("#") ? hex.substring(1) : hex).replaceAll("[^0-9a-fA-F]", "0");
        return hex + "0".repeat((3 - hex.length() % 3) % 3 + (hex.isEmpty() ? 3 : 0));
    }

    /**
     * Steps 11 to 14 of HTML §2.3.6: three equal parts, each cut to its last eight digits, then
     * stripped of leading zeros they all share while longer than two, then cut to two.
     */
    private static List<String> legacyComponents(String input) {
        String hex = legacyHexDigits(input);
        int length = hex.length() / 3;
        int start = Math.max(0, length - 8);
        while (length - start > 2 && hex.charAt(start) == '0' && hex.charAt(length + start) == '0'
                && hex.charAt(2 * length + start) == '0') {
            start++;
        }
        int from = start;
        int keep = Math.min(2, length - start);
        return Stream.of(0, 1, 2).map(i -> hex.substring(i * length + from, i * length + from + keep)).toList();
    }

    /** Reads three hexadecimal components, each multiplied by {@code scale} ({@code 17} turns {@code f} into {@code ff}). */
    private static Color color(List<String> components, int scale) {
        int[] rgb = components.stream().mapToInt(c -> Integer.parseInt(c, 16) * scale).toArray();
        return new Color(rgb[0], rgb[1], rgb[2], 1);
    }

    private static String skipWhitespace(String text) {
        int start = 0;
        while (start < text.length() && WHITESPACE.indexOf(text.charAt(start)) >= 0) {
            start++;
        }
        return text.substring(start);
    }

    private static String leadingDigits(String text) {
        int end = 0;
        while (end < text.length() && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
            end++;
        }
        return text.substring(0, end);
    }
}
