package org.glassbox.css;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A CSS component value as the parser read it (CSS 2.1 §4.3): a keyword, a length, a
 * percentage, a number, a color, a string, a URL, a function such as {@code calc()} or
 * {@code var()}, or several of these in a row. Values print themselves back as CSS, so dumps
 * read like stylesheets.
 */
public sealed interface CssValue
        permits CssValue.Keyword, CssValue.Length, CssValue.Percentage, CssValue.Number, CssValue.Text,
                CssValue.Url, CssValue.Delimiter, CssValue.ValueList, CssValue.Function, Color, Calc {

    /**
     * An identifier such as {@code auto} or {@code block}, as the author wrote it. CSS keywords
     * ignore case, so a keyword matches and compares by its lower-case {@code name}; the
     * spelling still shows where CSS keeps it: font family names and custom properties. The name
     * is lowered once, when the keyword is made, since style and layout read keywords all the time.
     */
    record Keyword(String written, String name) implements CssValue {

        /** The keyword {@code written}, named by its lower case. */
        public Keyword(String written) {
            this(written, written.toLowerCase(Locale.ROOT));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Keyword keyword && keyword.name().equals(name());
        }

        @Override
        public int hashCode() {
            return name().hashCode();
        }

        @Override
        public String toString() {
            return written;
        }
    }

    /**
     * A number with a unit such as {@code px} or {@code em} (CSS 2.1 §4.3.2). Other dimensions,
     * such as the angle {@code 120deg}, are read into this record too; only the {@link #UNITS}
     * make it a length.
     */
    record Length(double value, String unit) implements CssValue {

        /** The length units of CSS Values 3 §5 and §6, absolute and relative. */
        public static final Set<String> UNITS = Set.of("px", "in", "cm", "mm", "q", "pt", "pc",
                "em", "rem", "ex", "ch", "vw", "vh", "vmin", "vmax");

        /** Whether the unit is a length unit, not an angle or a time. */
        public boolean isLength() {
            return UNITS.contains(unit);
        }

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

    /**
     * A comma or slash between components, as in {@code font-family: a, b} or {@code 12px/1.5},
     * or an operator of {@code calc()}: {@code + - * /}.
     */
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
            return joined(values);
        }
    }

    /**
     * A function kept as written: {@code var()}, {@code attr()}, a gradient, or an {@code rgb()}
     * or {@code calc()} whose arguments do not make a color or a calculation (yet: a
     * {@code var()} among them is substituted when values are computed). Parentheses inside
     * {@code calc()} are a function without a name.
     */
    record Function(String name, List<CssValue> arguments) implements CssValue {
        public Function {
            arguments = List.copyOf(arguments);
        }

        /**
         * What the function stands for once its arguments are known: a {@link Color} for
         * {@code rgb()}, {@code rgba()}, {@code hsl()} and {@code hsla()}, a {@link Calc} for
         * {@code calc()}, else the function itself.
         */
        public CssValue evaluate() {
            return switch (name) {
                case "rgb", "rgba", "hsl", "hsla" -> ColorFunctions.read(name, arguments).map(CssValue.class::cast).orElse(this);
                case "calc" -> Calc.parse(arguments).map(CssValue.class::cast).orElse(this);
                default -> this;
            };
        }

        /** Whether this is {@code var(--name)} or {@code var(--name, fallback)} (CSS Variables 1 §3). */
        public boolean isVariableReference() {
            return name.equals("var") && !arguments.isEmpty()
                    && arguments.get(0) instanceof Keyword keyword && keyword.name().startsWith("--")
                    && (arguments.size() == 1 || arguments.get(1).equals(new Delimiter(',')));
        }

        @Override
        public String toString() {
            return name + "(" + joined(arguments) + ")";
        }
    }

    /** The components of this value: its items if it is a list, else just itself. */
    default List<CssValue> components() {
        return this instanceof ValueList list ? list.values() : List.of(this);
    }

    /** Whether a {@code var()} appears anywhere in this value, so it can only be checked once substituted. */
    default boolean hasVariableReference() {
        return components().stream().anyMatch(part -> part instanceof Function function
                && (function.isVariableReference() || function.arguments().stream().anyMatch(CssValue::hasVariableReference)));
    }

    /** Whether this is the keyword {@code name}. */
    default boolean is(String name) {
        return this instanceof Keyword keyword && keyword.name().equals(name);
    }

    /** Components separated by spaces, without one before a comma: {@code a, b c}. */
    private static String joined(List<CssValue> values) {
        return values.stream().map(CssValue::toString).collect(Collectors.joining(" ")).replace(" ,", ",");
    }

    /** Prints a number the way CSS would: no trailing zeros, at most three decimals. */
    static String formatNumber(double value) {
        if (value == Math.rint(value)) {
            return String.valueOf((long) value);
        }
        return String.format(Locale.ROOT, "%.3f", value).replaceAll("0+$", "");
    }
}
