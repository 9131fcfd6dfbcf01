package org.glassbox.render;

import java.util.Locale;
import org.glassbox.css.CssValue;
import org.glassbox.css.CssValue.Text;
import org.glassbox.style.ComputedStyle;
import org.glassbox.style.Property;
import org.jsoup.nodes.Element;

/**
 * The markers of list items (CSS 2.1 §12.5, §12.6.2): which number an item has and how its
 * {@code list-style-type} writes it. The number is the item's place among its sibling items of the
 * same kind, from the list's {@code start} or the item's own {@code value} (HTML §4.4.8); the
 * full counters of CSS Lists 3 ({@code counter-reset: list-item}) are not followed yet, nor
 * {@code reversed}.
 */
final class ListMarkers {

    private static final int[] ROMAN_VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    private static final String[] ROMAN_DIGITS = {"m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"};

    private ListMarkers() {}

    /** The marker of a list item, or null for {@code list-style-type: none}. */
    static RenderMarker of(Element item, ComputedStyle style) {
        CssValue type = style.get(Property.LIST_STYLE_TYPE);
        boolean outside = style.keyword(Property.LIST_STYLE_POSITION).equals("outside");
        if (type instanceof Text text) {
            return new RenderMarker(style, text.value(), "", outside);
        }
        String name = style.keyword(Property.LIST_STYLE_TYPE);
        return switch (name) {
            case "none" -> null;
            case "disc", "circle", "square" -> new RenderMarker(style, "", name, outside);
            default -> new RenderMarker(style, number(ordinal(item), name) + ". ", "", outside);
        };
    }

    /** HTML §4.4.8, §4.4.5: an item's {@code value}, else one more than the item before it, else the list's {@code start}. */
    private static int ordinal(Element item) {
        int ordinal = 0;
        for (Element sibling = item; sibling != null; sibling = sibling.previousElementSibling()) {
            if (!sibling.normalName().equals(item.normalName())) {
                continue;
            }
            Integer value = integer(sibling.attr("value"));
            if (value != null) {
                return value + ordinal;
            }
            ordinal++;
        }
        Element list = item.parent();
        Integer start = list == null ? null : integer(list.attr("start"));
        return (start == null ? 1 : start) + ordinal - 1;
    }

    private static Integer integer(String attribute) {
        try {
            return attribute.isBlank() ? null : Integer.valueOf(attribute.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** CSS 2.1 §12.6.2: the number in a list-style-type; styles Glassbox does not know fall back to decimal. */
    static String number(int ordinal, String type) {
        return switch (type) {
            case "decimal-leading-zero" -> ordinal >= 0 && ordinal < 10 ? "0" + ordinal : String.valueOf(ordinal);
            case "lower-roman" -> roman(ordinal);
            case "upper-roman" -> roman(ordinal).toUpperCase(Locale.ROOT);
            case "lower-alpha", "lower-latin" -> alphabetic(ordinal, 'a', 26);
            case "upper-alpha", "upper-latin" -> alphabetic(ordinal, 'A', 26);
            default -> String.valueOf(ordinal);
        };
    }

    /** Roman numerals for 1 to 3999; other numbers are written in decimal, as browsers do. */
    private static String roman(int ordinal) {
        if (ordinal < 1 || ordinal > 3999) {
            return String.valueOf(ordinal);
        }
        StringBuilder roman = new StringBuilder();
        int rest = ordinal;
        for (int i = 0; i < ROMAN_VALUES.length; i++) {
            for (; rest >= ROMAN_VALUES[i]; rest -= ROMAN_VALUES[i]) {
                roman.append(ROMAN_DIGITS[i]);
            }
        }
        return roman.toString();
    }

    /** a, b, …, z, aa, ab, …: a bijective base-{@code size} numeral (CSS Counter Styles 3 §3.1.4). */
    private static String alphabetic(int ordinal, char first, int size) {
        if (ordinal < 1) {
            return String.valueOf(ordinal);
        }
        StringBuilder letters = new StringBuilder();
        for (int rest = ordinal; rest > 0; rest = (rest - 1) / size) {
            letters.insert(0, (char) (first + (rest - 1) % size));
        }
        return letters.toString();
    }
}
