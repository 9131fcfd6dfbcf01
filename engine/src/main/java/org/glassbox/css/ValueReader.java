package org.glassbox.css;

import com.steadystate.css.dom.CSSValueImpl;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.glassbox.css.CssValue.Delimiter;
import org.glassbox.css.CssValue.Function;
import org.glassbox.css.CssValue.Keyword;
import org.glassbox.css.CssValue.Length;
import org.glassbox.css.CssValue.Number;
import org.glassbox.css.CssValue.Percentage;
import org.glassbox.css.CssValue.Text;
import org.glassbox.css.CssValue.Url;
import org.glassbox.css.CssValue.ValueList;
import org.w3c.css.sac.LexicalUnit;
import org.w3c.dom.css.CSSValue;

/**
 * Turns the values cssparser reads (SAC lexical units) into Glassbox's {@link CssValue}s, so no
 * later phase depends on the parser's types. Functions are read into what they stand for where
 * their arguments allow: {@code rgb()} and {@code hsl()} into colors, {@code calc()} into a
 * calculation; any other function, {@code var()} among them, stays a function.
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

    /** {@link ColorLevel4Parser} leaves every value a lexical unit: it makes no DOM colors or counters. */
    private static CssValue component(CSSValueImpl value) {
        if (value.getValue() instanceof LexicalUnit unit) {
            return lexicalUnit(unit);
        }
        throw unsupported(value.getCssText());
    }

    private static CssValue lexicalUnit(LexicalUnit unit) {
        return switch (unit.getLexicalUnitType()) {
            case LexicalUnit.SAC_IDENT -> identifier(unit.getStringValue());
            case LexicalUnit.SAC_INHERIT -> new Keyword("inherit");
            case LexicalUnit.SAC_STRING_VALUE -> new Text(unit.getStringValue());
            case LexicalUnit.SAC_URI -> new Url(unit.getStringValue());
            case LexicalUnit.SAC_INTEGER -> new Number(unit.getIntegerValue());
            case LexicalUnit.SAC_REAL -> new Number(decimal(unit.getFloatValue()));
            case LexicalUnit.SAC_PERCENTAGE -> new Percentage(decimal(unit.getFloatValue()));
            case LexicalUnit.SAC_OPERATOR_COMMA -> new Delimiter(',');
            case LexicalUnit.SAC_OPERATOR_SLASH -> new Delimiter('/');
            case LexicalUnit.SAC_OPERATOR_PLUS -> new Delimiter('+');
            case LexicalUnit.SAC_OPERATOR_MINUS -> new Delimiter('-');
            case LexicalUnit.SAC_OPERATOR_MULTIPLY -> new Delimiter('*');
            case LexicalUnit.SAC_EM, LexicalUnit.SAC_EX, LexicalUnit.SAC_PIXEL, LexicalUnit.SAC_INCH,
                    LexicalUnit.SAC_CENTIMETER, LexicalUnit.SAC_MILLIMETER, LexicalUnit.SAC_POINT,
                    LexicalUnit.SAC_PICA, LexicalUnit.SAC_DEGREE, LexicalUnit.SAC_GRADIAN, LexicalUnit.SAC_RADIAN,
                    LexicalUnit.SAC_MILLISECOND, LexicalUnit.SAC_SECOND, LexicalUnit.SAC_HERTZ,
                    LexicalUnit.SAC_KILOHERTZ, LexicalUnit.SAC_DIMENSION ->
                    new Length(decimal(unit.getFloatValue()), unit.getDimensionUnitText().toLowerCase(Locale.ROOT));
            case LexicalUnit.SAC_FUNCTION -> function(unit);
            case LexicalUnit.SAC_ATTR -> new Function("attr", List.of(identifier(unit.getStringValue())));
            default -> throw unsupported(unit.toString());
        };
    }

    /** The escaped identifier {@code \/} is how {@link ColorLevel4Parser} passes a slash through a color function. */
    private static CssValue identifier(String name) {
        return name.equals("/") ? new Delimiter('/') : new Keyword(name);
    }

    /**
     * cssparser reads numbers as floats; this gives back the decimal the author wrote, so
     * {@code 0.67em} is 0.67 and not 0.6700000166893005.
     */
    private static double decimal(float value) {
        return Double.parseDouble(Float.toString(value));
    }

    private static CssValue function(LexicalUnit unit) {
        List<CssValue> arguments = new ArrayList<>();
        for (LexicalUnit p = unit.getParameters(); p != null; p = p.getNextLexicalUnit()) {
            arguments.add(lexicalUnit(p));
        }
        return new Function(unit.getFunctionName().toLowerCase(Locale.ROOT), arguments).evaluate();
    }

    private static IllegalArgumentException unsupported(String text) {
        return new IllegalArgumentException("value not supported: " + text);
    }
}
