package org.glassbox.style;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.glassbox.css.BorderStyle;
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
 * The value types of CSS Values 3 ({@code <length>}, {@code <percentage>}, {@code <color>}…)
 * and the grammars built from them, as predicates: {@link Property} says which values each
 * property accepts with them, and the cascade drops a declaration none accepts (CSS 2.1 §4.2).
 * A {@code calc()} counts as the type it computes to; its range is not checked here, because an
 * out-of-range calculation is clamped, not rejected (CSS Values 3 §8.1.4).
 */
final class ValueTypes {

    private static final Set<String> GENERIC_FAMILIES = Set.of("serif", "sans-serif", "monospace", "cursive", "fantasy",
            "system-ui", "ui-serif", "ui-sans-serif", "ui-monospace", "ui-rounded", "math", "emoji", "fangsong");
    private static final Set<String> CSS_WIDE_KEYWORDS = Set.of("inherit", "initial", "unset");
    private static final Predicate<CssValue> CURSORS = keywords("auto", "default", "none", "context-menu", "help",
            "pointer", "progress", "wait", "cell", "crosshair", "text", "vertical-text", "alias", "copy", "move",
            "no-drop", "not-allowed", "grab", "grabbing", "e-resize", "n-resize", "ne-resize", "nw-resize", "s-resize",
            "se-resize", "sw-resize", "w-resize", "ew-resize", "ns-resize", "nesw-resize", "nwse-resize",
            "col-resize", "row-resize", "all-scroll", "zoom-in", "zoom-out");

    private ValueTypes() {}

    /** One of the listed keywords, in any case. */
    static Predicate<CssValue> keywords(String... names) {
        Set<String> allowed = Set.of(names);
        return value -> value instanceof Keyword keyword && allowed.contains(keyword.name());
    }

    /** CSS Cascade 4 §7.3: {@code inherit}, {@code initial} and {@code unset} are valid for every property. */
    static boolean isCssWideKeyword(CssValue value) {
        return value instanceof Keyword keyword && CSS_WIDE_KEYWORDS.contains(keyword.name());
    }

    /** A {@code <length>}: a number with a length unit, or a unitless zero (CSS Values 3 §5). */
    static boolean length(CssValue value) {
        return value instanceof Length length && length.isLength()
                || value instanceof Number number && number.value() == 0
                || value instanceof Calc calc && calc.isLengthPercentage() && !calc.hasPercentage();
    }

    /** A {@code <length>} that is not negative. */
    static boolean nonNegativeLength(CssValue value) {
        return length(value) && !isNegative(value);
    }

    /** A {@code <length-percentage>}. */
    static boolean lengthPercentage(CssValue value) {
        return length(value) || value instanceof Percentage || value instanceof Calc calc && calc.isLengthPercentage();
    }

    /** A {@code <length-percentage>} that is not negative. */
    static boolean nonNegativeLengthPercentage(CssValue value) {
        return lengthPercentage(value) && !isNegative(value);
    }

    /** A {@code <number>}, or a calculation that is one. */
    static boolean number(CssValue value) {
        return value instanceof Number || value instanceof Calc calc && calc.isNumber();
    }

    /** A {@code <number>} that is not negative. */
    static boolean nonNegativeNumber(CssValue value) {
        return number(value) && !isNegative(value);
    }

    /** An {@code <alpha-value>}: a number or a percentage, clamped to [0, 1] when computed (CSS Color 4 §4.1). */
    static boolean alphaValue(CssValue value) {
        return number(value) || value instanceof Percentage;
    }

    /** An {@code <integer>}. */
    static boolean integer(CssValue value) {
        return value instanceof Number number && number.value() == Math.rint(number.value());
    }

    /** A {@code <color>}, or {@code currentcolor} (CSS Color 4 §4). */
    static boolean color(CssValue value) {
        return Color.from(value).isPresent() || value.is("currentcolor");
    }

    /** An {@code <image>}: a {@code url()} or a gradient (CSS Images 3 §2). */
    static boolean image(CssValue value) {
        return value instanceof Url || value instanceof Function function && function.name().endsWith("gradient");
    }

    /** CSS Backgrounds 3 §3.3: {@code none} or an image for each layer, separated by commas. */
    static boolean backgroundImage(CssValue value) {
        return commaSeparated(value).stream().allMatch(layer -> layer.size() == 1
                && (layer.get(0).is("none") || image(layer.get(0))));
    }

    /** CSS Backgrounds 3 §3.4: {@code repeat-x}, {@code repeat-y}, or one or two of repeat, space, round, no-repeat. */
    static boolean backgroundRepeat(CssValue value) {
        List<CssValue> parts = value.components();
        Predicate<CssValue> single = keywords("repeat", "space", "round", "no-repeat");
        return keywords("repeat-x", "repeat-y").test(value)
                || parts.size() <= 2 && parts.stream().allMatch(single);
    }

    /** CSS Backgrounds 3 §3.6: one to four keywords, lengths and percentages, as {@link BackgroundPositions} reads them. */
    static boolean backgroundPosition(CssValue value) {
        List<CssValue> parts = value.components();
        if (parts.isEmpty() || parts.size() > 4 || !parts.stream().allMatch(ValueTypes::positionPart)) {
            return false;
        }
        return BackgroundPositions.horizontalThenVertical(parts).isPresent();
    }

    private static boolean positionPart(CssValue part) {
        return lengthPercentage(part) || keywords("left", "center", "right", "top", "bottom").test(part);
    }

    /** CSS 2.1 §8.5.1: {@code thin}, {@code medium}, {@code thick} or a length that is not negative. */
    static boolean lineWidth(CssValue value) {
        return nonNegativeLength(value) || keywords("thin", "medium", "thick").test(value);
    }

    /** CSS 2.1 §8.5.3: one of the border styles. */
    static boolean borderStyle(CssValue value) {
        return BorderStyle.from(value).isPresent();
    }

    /** CSS UI 4 §4.2: the border styles but {@code hidden}, and {@code auto}. */
    static boolean outlineStyle(CssValue value) {
        return value.is("auto") || borderStyle(value) && !value.is("hidden");
    }

    /** CSS 2.1 §15.7, CSS Fonts 4 §2.5: keywords, {@code smaller} and {@code larger}, or a size that is not negative. */
    static boolean fontSize(CssValue value) {
        return nonNegativeLengthPercentage(value) || value instanceof Keyword keyword && FontSizes.isKeyword(keyword.name());
    }

    /** CSS Fonts 4 §2.2: the keywords, or a number from 1 to 1000. */
    static boolean fontWeight(CssValue value) {
        return keywords("normal", "bold", "bolder", "lighter").test(value)
                || value instanceof Number number && number.value() >= 1 && number.value() <= 1000;
    }

    /** CSS 2.1 §10.8.1: {@code normal}, or a number, length or percentage that is not negative. */
    static boolean lineHeight(CssValue value) {
        return value.is("normal") || nonNegativeNumber(value) || nonNegativeLengthPercentage(value);
    }

    /**
     * CSS 2.1 §15.3: a comma-separated list of families, each a string or one or more
     * identifiers; a generic family stands alone and a CSS-wide keyword is no family name.
     */
    static boolean fontFamily(CssValue value) {
        return commaSeparated(value).stream().allMatch(family -> family.size() == 1 && family.get(0) instanceof Text
                || !family.isEmpty() && family.stream().allMatch(ValueTypes::familyNamePart)
                        && (family.size() == 1 || family.stream().noneMatch(ValueTypes::isGenericFamily)));
    }

    private static boolean familyNamePart(CssValue part) {
        return part instanceof Keyword && !isCssWideKeyword(part) && !part.is("default");
    }

    /** Whether a family name is one of the generic families, which CSS writes in lower case. */
    static boolean isGenericFamily(CssValue part) {
        return part instanceof Keyword keyword && GENERIC_FAMILIES.contains(keyword.name());
    }

    /** CSS Text Decoration 3 §2.1: {@code none}, or each of the lines at most once. */
    static boolean textDecorationLine(CssValue value) {
        List<CssValue> parts = value.components();
        return value.is("none") || parts.stream().allMatch(keywords("underline", "overline", "line-through", "blink"))
                && new HashSet<>(parts).size() == parts.size();
    }

    /** CSS 2.1 §17.6.1: one length for both directions, or one for each; not negative. */
    static boolean borderSpacing(CssValue value) {
        List<CssValue> parts = value.components();
        return parts.size() <= 2 && parts.stream().allMatch(ValueTypes::nonNegativeLength);
    }

    /** CSS UI 4 §5.1: images to try, each a url() with an optional hotspot, then a keyword. */
    static boolean cursor(CssValue value) {
        List<List<CssValue>> choices = commaSeparated(value);
        List<CssValue> last = choices.get(choices.size() - 1);
        return last.size() == 1 && CURSORS.test(last.get(0)) && choices.subList(0, choices.size() - 1).stream()
                .allMatch(image -> image.size() % 2 == 1 && image.size() <= 3 && image.get(0) instanceof Url
                        && image.subList(1, image.size()).stream().allMatch(ValueTypes::number));
    }

    /** CSS Overflow 3 §3: one keyword for both axes, or one for each. */
    static boolean overflow(CssValue value) {
        List<CssValue> parts = value.components();
        return parts.size() <= 2 && parts.stream().allMatch(keywords("visible", "hidden", "clip", "scroll", "auto"));
    }

    /** CSS Lists 3 §3: a counter style's name, a string, or {@code none}. */
    static boolean listStyleType(CssValue value) {
        return value instanceof Text || value instanceof Keyword && !isCssWideKeyword(value);
    }

    /** CSS 2.1 §12.3.1: {@code none}, {@code auto} (CSS Generated Content 3), or pairs of strings. */
    static boolean quotes(CssValue value) {
        List<CssValue> parts = value.components();
        return keywords("none", "auto").test(value)
                || !parts.isEmpty() && parts.size() % 2 == 0 && parts.stream().allMatch(Text.class::isInstance);
    }

    /**
     * CSS 2.1 §12.4: {@code none}, or counter names, each followed by an integer or not. A name
     * cannot be {@code none} or a CSS-wide keyword.
     */
    static boolean counterChanges(CssValue value) {
        if (keywords("none").test(value)) {
            return true;
        }
        List<CssValue> parts = value.components();
        for (int i = 0; i < parts.size(); i++) {
            CssValue part = parts.get(i);
            boolean name = part instanceof Keyword && !part.is("none") && !isCssWideKeyword(part);
            boolean integerAfterName = integer(part) && i > 0 && parts.get(i - 1) instanceof Keyword;
            if (!name && !integerAfterName) {
                return false;
            }
        }
        return true;
    }

    /**
     * CSS 2.1 §12.2: {@code normal}, {@code none}, or a sequence of strings, images, counters,
     * attributes and quotes.
     */
    static boolean content(CssValue value) {
        Predicate<CssValue> quote = keywords("open-quote", "close-quote", "no-open-quote", "no-close-quote");
        return keywords("normal", "none").test(value) || value.components().stream().allMatch(part -> part instanceof Text
                || image(part) || quote.test(part)
                || part instanceof Function function && (function.name().equals("attr") || isCounter(function)));
    }

    /** CSS 2.1 §12.2: {@code counter(name)}, {@code counter(name, style)}, {@code counters(name, string)}, {@code counters(name, string, style)}. */
    private static boolean isCounter(Function function) {
        List<List<CssValue>> parts = commaSeparated(new ValueList(function.arguments()));
        if (parts.stream().anyMatch(part -> part.size() != 1)) {
            return false;
        }
        List<CssValue> arguments = parts.stream().map(part -> part.get(0)).toList();
        int styleAt = function.name().equals("counters") ? 2 : 1;
        boolean separated = styleAt == 1 || arguments.size() > 1 && arguments.get(1) instanceof Text;
        return (function.name().equals("counter") || function.name().equals("counters"))
                && arguments.get(0) instanceof Keyword && separated
                && (arguments.size() == styleAt || arguments.size() == styleAt + 1 && arguments.get(styleAt) instanceof Keyword);
    }

    private static boolean isNegative(CssValue value) {
        return value instanceof Length length && length.value() < 0
                || value instanceof Percentage percentage && percentage.value() < 0
                || value instanceof Number number && number.value() < 0;
    }

    /** The parts of a value between its commas: {@code a b, c} is {@code [[a, b], [c]]}; an empty part makes a list invalid. */
    private static List<List<CssValue>> commaSeparated(CssValue value) {
        List<List<CssValue>> parts = new ArrayList<>(List.of(new ArrayList<>()));
        for (CssValue component : value.components()) {
            if (component.equals(new Delimiter(','))) {
                parts.add(new ArrayList<>());
            } else if (component instanceof Delimiter) {
                return List.of(List.of());
            } else {
                parts.get(parts.size() - 1).add(component);
            }
        }
        return parts;
    }
}
