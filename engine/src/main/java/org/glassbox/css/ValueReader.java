package org.glassbox.css;

import com.steadystate.css.dom.CSSValueImpl;
import com.steadystate.css.dom.RGBColorImpl;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.glassbox.css.CssValue.Delimiter;
import org.glassbox.css.CssValue.Keyword;
import org.glassbox.css.CssValue.Length;
import org.glassbox.css.CssValue.Number;
import org.glassbox.css.CssValue.Percentage;
import org.glassbox.css.CssValue.Text;
import org.glassbox.css.CssValue.Url;
import org.glassbox.css.CssValue.ValueList;
import org.w3c.css.sac.LexicalUnit;
import org.w3c.dom.css.CSSPrimitiveValue;
import org.w3c.dom.css.CSSValue;

/**
 * Turns the values cssparser reads (SAC lexical units and DOM-style color objects) into
 * Glassbox's {@link CssValue}s, so no later phase depends on the parser's types.
 */
final class ValueReader {

    private ValueReader() {}

    /** Converts one declaration's value; throws IllegalArgumentException for a value Glassbox cannot represent. */
    static CssValue read(CSSValueImpl value) {
        if (value.getCssValueType() != CSSValue.CSS_VALUE_LIST) {
            return component(value);
        }
        List<CssValue> components = new ArrayList<>();
        for (int i = 0; i < value.getLength(); i++) {
            components.add(component((CSSValueImpl) value.item(i)));
        }
        return new ValueList(components);
    }

    private static CssValue component(CSSValueImpl value) {
        Object parsed = value.getValue();
        if (parsed instanceof RGBColorImpl rgb) {
            return color(rgb);
        }
        if (parsed instanceof LexicalUnit unit) {
            return lexicalUnit(unit);
        }
        throw unsupported(value.getCssText());
    }

    private static CssValue lexicalUnit(LexicalUnit unit) {
        return switch (unit.getLexicalUnitType()) {
            case LexicalUnit.SAC_IDENT -> new Keyword(unit.getStringValue().toLowerCase(Locale.ROOT));
            case LexicalUnit.SAC_INHERIT -> new Keyword("inherit");
            case LexicalUnit.SAC_STRING_VALUE -> new Text(unit.getStringValue());
            case LexicalUnit.SAC_URI -> new Url(unit.getStringValue());
            case LexicalUnit.SAC_INTEGER -> new Number(unit.getIntegerValue());
            case LexicalUnit.SAC_REAL -> new Number(decimal(unit.getFloatValue()));
            case LexicalUnit.SAC_PERCENTAGE -> new Percentage(decimal(unit.getFloatValue()));
            case LexicalUnit.SAC_OPERATOR_COMMA -> new Delimiter(',');
            case LexicalUnit.SAC_OPERATOR_SLASH -> new Delimiter('/');
            case LexicalUnit.SAC_EM, LexicalUnit.SAC_EX, LexicalUnit.SAC_PIXEL, LexicalUnit.SAC_INCH,
                    LexicalUnit.SAC_CENTIMETER, LexicalUnit.SAC_MILLIMETER, LexicalUnit.SAC_POINT,
                    LexicalUnit.SAC_PICA, LexicalUnit.SAC_DIMENSION ->
                    new Length(decimal(unit.getFloatValue()), unit.getDimensionUnitText().toLowerCase(Locale.ROOT));
            case LexicalUnit.SAC_FUNCTION -> function(unit);
            default -> throw unsupported(unit.toString());
        };
    }

    /**
     * cssparser reads numbers as floats; this gives back the decimal the author wrote, so
     * {@code 0.67em} is 0.67 and not 0.6700000166893005.
     */
    private static double decimal(float value) {
        return Double.parseDouble(Float.toString(value));
    }

    /** {@code rgba(r, g, b, a)}: the only function this version reads (CSS Color 3 §4.2.2). */
    private static CssValue function(LexicalUnit unit) {
        if (!unit.getFunctionName().equalsIgnoreCase("rgba")) {
            throw unsupported(unit.toString());
        }
        List<Double> numbers = new ArrayList<>();
        for (LexicalUnit p = unit.getParameters(); p != null; p = p.getNextLexicalUnit()) {
            switch (p.getLexicalUnitType()) {
                case LexicalUnit.SAC_OPERATOR_COMMA -> { }
                case LexicalUnit.SAC_INTEGER -> numbers.add((double) p.getIntegerValue());
                case LexicalUnit.SAC_REAL -> numbers.add((double) p.getFloatValue());
                case LexicalUnit.SAC_PERCENTAGE -> numbers.add(p.getFloatValue() * 2.55);
                default -> throw unsupported(unit.toString());
            }
        }
        if (numbers.size() != 4) {
            throw unsupported(unit.toString());
        }
        return new Color(channel(numbers.get(0)), channel(numbers.get(1)), channel(numbers.get(2)),
                Math.max(0, Math.min(1, numbers.get(3))));
    }

    /** cssparser hands {@code #rgb}, {@code #rrggbb} and {@code rgb()} over as a DOM RGBColor. */
    private static Color color(RGBColorImpl rgb) {
        return new Color(channel(rgb.getRed()), channel(rgb.getGreen()), channel(rgb.getBlue()), 1);
    }

    private static int channel(CSSPrimitiveValue component) {
        boolean percent = component.getPrimitiveType() == CSSPrimitiveValue.CSS_PERCENTAGE;
        double value = component.getFloatValue(component.getPrimitiveType());
        return channel(percent ? value * 2.55 : value);
    }

    /** Out-of-range channels are clamped, not rejected (CSS Color 3 §4.2.1). */
    private static int channel(double value) {
        return (int) Math.round(Math.max(0, Math.min(255, value)));
    }

    private static IllegalArgumentException unsupported(String text) {
        return new IllegalArgumentException("value not supported: " + text);
    }
}
