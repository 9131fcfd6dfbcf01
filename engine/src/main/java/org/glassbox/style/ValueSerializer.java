package org.glassbox.style;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.glassbox.css.Calc;
import org.glassbox.css.Color;
import org.glassbox.css.CssValue;
import org.glassbox.css.CssValue.Delimiter;
import org.glassbox.css.CssValue.Function;
import org.glassbox.css.CssValue.Keyword;
import org.glassbox.css.CssValue.Length;
import org.glassbox.css.CssValue.Number;
import org.glassbox.css.CssValue.Percentage;
import org.glassbox.css.CssValue.Text;
import org.glassbox.css.CssValue.Url;
import org.glassbox.css.CssValue.ValueList;

/**
 * Serializes computed values as Chromium's {@code getComputedStyle} does (CSSOM §6.7.2, CSS
 * Color 4 §15): colors as {@code rgb(r, g, b)} or {@code rgba(r, g, b, a)}, numbers with at most
 * six significant digits ({@code 13.3333px}), keywords in lower case, {@code font-weight} as a
 * number and {@code line-height} in pixels. A few properties print the way Chromium prints
 * them rather than their computed value, as noted where they do.
 */
final class ValueSerializer {

    /** The pairs of {@code background-repeat} that have a one-word form (CSS Backgrounds 3 §3.4). */
    private static final Map<String, String> REPEAT_SHORT_FORMS = Map.of("repeat no-repeat", "repeat-x",
            "no-repeat repeat", "repeat-y");

    private ValueSerializer() {}

    /** The resolved value of {@code property} in {@code style}, as text. */
    static String serialize(ComputedStyle style, Property property) {
        CssValue value = style.get(property);
        return switch (property) {
            case FONT_FAMILY -> fontFamily(value);
            case LINE_HEIGHT -> value instanceof Number number ? number(number.value() * style.fontSize()) + "px" : value(value);
            // Chromium shows a letter-spacing of zero as normal, and the auto minimum size as 0 outside flex and grid.
            case LETTER_SPACING -> value.equals(new Length(0, "px")) ? "normal" : value(value);
            case MIN_WIDTH, MIN_HEIGHT -> value.is("auto") ? "0px" : value(value);
            case BACKGROUND_REPEAT -> backgroundRepeat(value);
            // One value for both axes when they are the same.
            case OVERFLOW, BORDER_SPACING, BORDER_TOP_LEFT_RADIUS, BORDER_TOP_RIGHT_RADIUS, BORDER_BOTTOM_RIGHT_RADIUS,
                    BORDER_BOTTOM_LEFT_RADIUS -> list(value.components().stream().distinct().toList());
            default -> value(value);
        };
    }

    /** CSSOM "serialize a CSS component value", the way Chromium writes each kind. */
    private static String value(CssValue value) {
        if (value instanceof Length length) {
            return number(length.value()) + length.unit();
        }
        if (value instanceof Percentage percentage) {
            return number(percentage.value()) + "%";
        }
        if (value instanceof Number number) {
            return number(number.value());
        }
        if (value instanceof Color color) {
            return color(color);
        }
        return composite(value);
    }

    private static String composite(CssValue value) {
        if (value instanceof Keyword keyword) {
            return keyword.name();
        }
        if (value instanceof Text text) {
            return string(text.value());
        }
        if (value instanceof Url url) {
            return "url(" + string(url.url()) + ")";
        }
        if (value instanceof Calc calc) {
            return calc(calc);
        }
        if (value instanceof Function function) {
            return function.name() + "(" + list(function.arguments()) + ")";
        }
        return value instanceof ValueList list ? list(list.values()) : value.toString();
    }

    /** Components separated by spaces, and commas followed by one; a named color, as in a gradient, as rgb(). */
    private static String list(List<CssValue> values) {
        return values.stream().map(part -> Color.from(part).map(ValueSerializer::color).orElseGet(() -> value(part)))
                .collect(Collectors.joining(" ")).replace(" ,", ",");
    }

    /** CSS Color 4 §15.2: sRGB colors print as rgb(), or rgba() when not opaque. */
    private static String color(Color color) {
        String channels = color.red() + ", " + color.green() + ", " + color.blue();
        return color.alpha() == 1 ? "rgb(" + channels + ")" : "rgba(" + channels + ", " + alpha(color.alpha()) + ")";
    }

    /**
     * CSS Color 4 §15.2: alpha is stored in 8 bits; it prints with two decimals if those round
     * back to the same byte, else with three.
     */
    private static String alpha(double alpha) {
        long stored = Math.round(alpha * 255);
        double twoDecimals = Math.round(stored / 255.0 * 100) / 100.0;
        double shown = Math.round(twoDecimals * 255) == stored ? twoDecimals : Math.round(stored / 255.0 * 1000) / 1000.0;
        return number(shown);
    }

    /** CSS Values 4 §10.13: {@code calc(50% - 16px)}: terms in order, each sign as an operator. */
    private static String calc(Calc calc) {
        StringBuilder text = new StringBuilder();
        calc.terms().forEach((unit, value) -> {
            String term = number(Math.abs(value)) + unit;
            text.append(text.length() == 0 ? (value < 0 ? "-" + term : term) : (value < 0 ? " - " : " + ") + term);
        });
        return "calc(" + text + ")";
    }

    /**
     * CSS Fonts 4 §2.1 as Chromium prints it: generic families in lower case, a name that is a
     * single identifier as written, any other name quoted.
     */
    private static String fontFamily(CssValue value) {
        StringBuilder text = new StringBuilder();
        StringBuilder name = new StringBuilder();
        for (CssValue part : value.components()) {
            if (part.equals(new Delimiter(','))) {
                text.append(familyName(name.toString())).append(", ");
                name.setLength(0);
            } else {
                name.append(name.length() == 0 ? "" : " ").append(part instanceof Text t ? t.value() : part.toString());
            }
        }
        return text.append(familyName(name.toString())).toString();
    }

    private static String familyName(String name) {
        if (ValueTypes.isGenericFamily(new Keyword(name))) {
            return name.toLowerCase(Locale.ROOT);
        }
        return name.matches("-?[A-Za-z_][A-Za-z0-9_-]*") ? name : string(name);
    }

    private static String backgroundRepeat(CssValue value) {
        String text = list(value.components());
        String[] pair = text.split(" ");
        return pair.length == 2 && pair[0].equals(pair[1]) ? pair[0] : REPEAT_SHORT_FORMS.getOrDefault(text, text);
    }

    /** CSSOM §2.1 "serialize a string": in double quotes, with quotes and backslashes escaped. */
    private static String string(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    /** Chromium prints numbers with up to six significant digits and no trailing zeros. */
    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.valueOf((long) value);
        }
        return new BigDecimal(value).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }
}
