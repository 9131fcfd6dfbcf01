package org.glassbox.style;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.glassbox.css.BorderStyle;
import org.glassbox.css.Color;
import org.glassbox.css.CssValue;
import org.glassbox.css.CssValue.Keyword;
import org.glassbox.css.CssValue.Length;
import org.glassbox.css.CssValue.Number;
import org.glassbox.css.CssValue.Percentage;

/**
 * The CSS properties Glassbox computes, each with what its definition table in CSS 2.1 says:
 * the values it accepts, its initial value and whether it is inherited (CSS 2.1 §6.1, §6.2).
 */
public enum Property {
    DISPLAY("display", keywords("inline", "block", "list-item", "inline-block", "none"), keyword("inline"), false),
    COLOR("color", Property::isColor, Color.BLACK, true),
    BACKGROUND_COLOR("background-color", Property::isColor, Color.TRANSPARENT, false),

    FONT_FAMILY("font-family", Property::isFontFamily, keyword("serif"), true),
    FONT_SIZE("font-size", Property::isFontSize, keyword("medium"), true),
    FONT_STYLE("font-style", keywords("normal", "italic", "oblique"), keyword("normal"), true),
    FONT_WEIGHT("font-weight", Property::isFontWeight, keyword("normal"), true),
    LINE_HEIGHT("line-height", Property::isLineHeight, keyword("normal"), true),
    TEXT_ALIGN("text-align", keywords("left", "right", "center", "justify", "start", "end"), keyword("start"), true),

    MARGIN_TOP("margin-top", Property::isMargin, px(0), false),
    MARGIN_RIGHT("margin-right", Property::isMargin, px(0), false),
    MARGIN_BOTTOM("margin-bottom", Property::isMargin, px(0), false),
    MARGIN_LEFT("margin-left", Property::isMargin, px(0), false),

    PADDING_TOP("padding-top", Property::isPadding, px(0), false),
    PADDING_RIGHT("padding-right", Property::isPadding, px(0), false),
    PADDING_BOTTOM("padding-bottom", Property::isPadding, px(0), false),
    PADDING_LEFT("padding-left", Property::isPadding, px(0), false),

    BORDER_TOP_STYLE("border-top-style", Property::isBorderStyle, keyword("none"), false),
    BORDER_RIGHT_STYLE("border-right-style", Property::isBorderStyle, keyword("none"), false),
    BORDER_BOTTOM_STYLE("border-bottom-style", Property::isBorderStyle, keyword("none"), false),
    BORDER_LEFT_STYLE("border-left-style", Property::isBorderStyle, keyword("none"), false),

    BORDER_TOP_WIDTH("border-top-width", Property::isBorderWidth, keyword("medium"), false),
    BORDER_RIGHT_WIDTH("border-right-width", Property::isBorderWidth, keyword("medium"), false),
    BORDER_BOTTOM_WIDTH("border-bottom-width", Property::isBorderWidth, keyword("medium"), false),
    BORDER_LEFT_WIDTH("border-left-width", Property::isBorderWidth, keyword("medium"), false),

    BORDER_TOP_COLOR("border-top-color", Property::isColor, keyword("currentcolor"), false),
    BORDER_RIGHT_COLOR("border-right-color", Property::isColor, keyword("currentcolor"), false),
    BORDER_BOTTOM_COLOR("border-bottom-color", Property::isColor, keyword("currentcolor"), false),
    BORDER_LEFT_COLOR("border-left-color", Property::isColor, keyword("currentcolor"), false),

    WIDTH("width", Property::isSize, keyword("auto"), false),
    HEIGHT("height", Property::isSize, keyword("auto"), false);

    private static final Map<String, Property> BY_NAME = Arrays.stream(values())
            .collect(Collectors.toMap(Property::cssName, Function.identity()));

    private final String cssName;
    private final Predicate<CssValue> accepts;
    private final CssValue initial;
    private final boolean inherited;

    Property(String cssName, Predicate<CssValue> accepts, CssValue initial, boolean inherited) {
        this.cssName = cssName;
        this.accepts = accepts;
        this.initial = initial;
        this.inherited = inherited;
    }

    /** The property named {@code name} in CSS, if Glassbox supports it. */
    public static Optional<Property> named(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /** The property's name in CSS, such as {@code margin-top}. */
    public String cssName() {
        return cssName;
    }

    /** Whether {@code value} is valid for this property; an invalid declaration is ignored (CSS 2.1 §4.2). */
    boolean accepts(CssValue value) {
        return accepts.test(value);
    }

    /** The value the property has when nothing sets it and it does not inherit. */
    CssValue initial() {
        return initial;
    }

    /** Whether an element takes this property's value from its parent when nothing sets it. */
    boolean inherited() {
        return inherited;
    }

    private static Keyword keyword(String name) {
        return new Keyword(name);
    }

    private static Length px(double value) {
        return new Length(value, "px");
    }

    private static Predicate<CssValue> keywords(String... names) {
        Set<String> allowed = Set.of(names);
        return value -> value instanceof Keyword keyword && allowed.contains(keyword.name());
    }

    private static boolean isLength(CssValue value) {
        return value instanceof Length length && Lengths.isKnownUnit(length.unit())
                || value instanceof Number number && number.value() == 0;
    }

    private static boolean isColor(CssValue value) {
        return Color.from(value).isPresent() || value.is("currentcolor");
    }

    private static boolean isMargin(CssValue value) {
        return isLength(value) || value instanceof Percentage || value.is("auto");
    }

    private static boolean isPadding(CssValue value) {
        return (isLength(value) || value instanceof Percentage) && !isNegative(value);
    }

    private static boolean isSize(CssValue value) {
        return isPadding(value) || value.is("auto");
    }

    private static boolean isBorderWidth(CssValue value) {
        return isLength(value) && !isNegative(value) || keywords("thin", "medium", "thick").test(value);
    }

    private static boolean isBorderStyle(CssValue value) {
        return BorderStyle.from(value).isPresent();
    }

    private static boolean isFontSize(CssValue value) {
        return isPadding(value) || value instanceof Keyword keyword && FontSizes.isKeyword(keyword.name());
    }

    private static boolean isFontWeight(CssValue value) {
        return keywords("normal", "bold", "bolder", "lighter").test(value)
                || value instanceof Number number && number.value() >= 1 && number.value() <= 1000;
    }

    private static boolean isLineHeight(CssValue value) {
        return value.is("normal") || value instanceof Number && !isNegative(value) || isPadding(value);
    }

    /** A comma-separated list of family names, each a string or one or more keywords (CSS 2.1 §15.3). */
    private static boolean isFontFamily(CssValue value) {
        return value.components().stream().allMatch(part ->
                part instanceof Keyword || part instanceof CssValue.Text
                        || part instanceof CssValue.Delimiter delimiter && delimiter.symbol() == ',');
    }

    private static boolean isNegative(CssValue value) {
        return value instanceof Length length && length.value() < 0
                || value instanceof Percentage percentage && percentage.value() < 0
                || value instanceof Number number && number.value() < 0;
    }
}
