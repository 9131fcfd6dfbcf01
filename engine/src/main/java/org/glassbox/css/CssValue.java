package org.glassbox.css;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A CSS component value as the parser read it (CSS 2.1 §4.3): a keyword, a length, a
 * percentage, a number, a color, a string, a URL, or several of these in a row. Values print
 * themselves back as CSS, so dumps read like stylesheets.
 */
public sealed interface CssValue
        permits CssValue.Keyword, CssValue.Length, CssValue.Percentage, CssValue.Number, CssValue.Text,
                CssValue.Url, CssValue.Delimiter, CssValue.ValueList, Color {

    /** An identifier such as {@code auto} or {@code block}, lower-cased: CSS keywords ignore case. */
    record Keyword(String name) implements CssValue {
        @Override
        public String toString() {
            return name;
        }
    }

    /** A number with a unit such as {@code px} or {@code em} (CSS 2.1 §4.3.2). */
    record Length(double value, String unit) implements CssValue {
        @Override
        public String toString() {
            return formatNumber(value) + unit;
        }
    }

    /** A percentage, resolved later against whatever the property says (CSS 2.1 §4.3.3). */
    record Percentage(double value) implements CssValue {
        @Override
        public String toString() {
            return formatNumber(value) + "%";
        }
    }

    /** A plain number, such as a unitless {@code line-height}. */
    record Number(double value) implements CssValue {
        @Override
        public String toString() {
            return formatNumber(value);
        }
    }

    /** A quoted string, such as a font family name. */
    record Text(String value) implements CssValue {
        @Override
        public String toString() {
            return '"' + value.replace("\"", "\\\"") + '"';
        }
    }

    /** A {@code url(...)}. */
    record Url(String url) implements CssValue {
        @Override
        public String toString() {
            return "url(" + url + ")";
        }
    }

    /** A comma or slash between components, as in {@code font-family: a, b} or {@code 12px/1.5}. */
    record Delimiter(char symbol) implements CssValue {
        @Override
        public String toString() {
            return String.valueOf(symbol);
        }
    }

    /** Several components in a row, as in {@code margin: 0 auto}. */
    record ValueList(List<CssValue> values) implements CssValue {
        public ValueList {
            values = List.copyOf(values);
        }

        @Override
        public String toString() {
            return values.stream().map(CssValue::toString).collect(Collectors.joining(" "))
                    .replace(" ,", ",");
        }
    }

    /** The components of this value: its items if it is a list, else just itself. */
    default List<CssValue> components() {
        return this instanceof ValueList list ? list.values() : List.of(this);
    }

    /** Whether this is the keyword {@code name}. */
    default boolean is(String name) {
        return this instanceof Keyword keyword && keyword.name().equals(name);
    }

    /** Prints a number the way CSS would: no trailing zeros, at most three decimals. */
    static String formatNumber(double value) {
        if (value == Math.rint(value)) {
            return String.valueOf((long) value);
        }
        return String.format(Locale.ROOT, "%.3f", value).replaceAll("0+$", "");
    }
}
