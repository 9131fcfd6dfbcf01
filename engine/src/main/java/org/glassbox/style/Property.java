package org.glassbox.style;

import static org.glassbox.style.ValueTypes.keywords;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.glassbox.css.Color;
import org.glassbox.css.CssValue;
import org.glassbox.css.CssValue.Keyword;
import org.glassbox.css.CssValue.Length;
import org.glassbox.css.CssValue.Number;
import org.glassbox.css.CssValue.Percentage;
import org.glassbox.css.CssValue.Text;
import org.glassbox.css.CssValue.ValueList;

/**
 * The CSS properties Glassbox computes, each with what its definition table says: the values it
 * accepts, its initial value and whether it is inherited (CSS 2.1 §6.1, §6.2, and the CSS 3
 * modules that extend a property's values).
 *
 * <p>Properties are computed in the order they are declared here, because some depend on
 * others: every length in {@code em}, {@code ex} or {@code ch} on the font, {@code currentcolor}
 * on {@code color}, {@code display} on {@code position} and {@code float}, border widths on
 * border styles.
 */
public enum Property {
    // The font first: em, ex and ch in every other property measure it (CSS Values 3 §6.1).
    // The initial family is the browser's choice (CSS Fonts 4 §2.1); Chromium's is Times New Roman.
    FONT_FAMILY("font-family", ValueTypes::fontFamily, new Text("Times New Roman"), true),
    FONT_SIZE("font-size", ValueTypes::fontSize, keyword("medium"), true),
    FONT_STYLE("font-style", keywords("normal", "italic", "oblique"), keyword("normal"), true),
    FONT_WEIGHT("font-weight", ValueTypes::fontWeight, keyword("normal"), true),
    FONT_VARIANT("font-variant", keywords("normal", "small-caps"), keyword("normal"), true),
    LINE_HEIGHT("line-height", ValueTypes::lineHeight, keyword("normal"), true),
    COLOR("color", ValueTypes::color, Color.BLACK, true),

    // CSS 2.1 §9.7: position and float decide the computed display.
    POSITION("position", keywords("static", "relative", "absolute", "fixed", "sticky"), keyword("static"), false),
    FLOAT("float", keywords("none", "left", "right", "inline-start", "inline-end"), keyword("none"), false),
    DISPLAY("display", keywords("inline", "block", "list-item", "inline-block", "table", "inline-table",
            "table-row-group", "table-header-group", "table-footer-group", "table-row", "table-column-group",
            "table-column", "table-cell", "table-caption", "flex", "inline-flex", "grid", "inline-grid", "flow-root",
            "contents", "none"), keyword("inline"), false),
    CLEAR("clear", keywords("none", "left", "right", "both", "inline-start", "inline-end"), keyword("none"), false),
    TOP("top", autoOrLengthPercentage(), keyword("auto"), false),
    RIGHT("right", autoOrLengthPercentage(), keyword("auto"), false),
    BOTTOM("bottom", autoOrLengthPercentage(), keyword("auto"), false),
    LEFT("left", autoOrLengthPercentage(), keyword("auto"), false),
    Z_INDEX("z-index", keywords("auto").or(ValueTypes::integer), keyword("auto"), false),

    BOX_SIZING("box-sizing", keywords("content-box", "border-box"), keyword("content-box"), false),
    WIDTH("width", size("auto"), keyword("auto"), false),
    HEIGHT("height", size("auto"), keyword("auto"), false),
    // CSS Sizing 3 §4.5: the minimum sizes' initial auto is 0 outside flex and grid layout.
    MIN_WIDTH("min-width", size("auto"), keyword("auto"), false),
    MAX_WIDTH("max-width", size("none"), keyword("none"), false),
    MIN_HEIGHT("min-height", size("auto"), keyword("auto"), false),
    MAX_HEIGHT("max-height", size("none"), keyword("none"), false),

    MARGIN_TOP("margin-top", autoOrLengthPercentage(), px(0), false),
    MARGIN_RIGHT("margin-right", autoOrLengthPercentage(), px(0), false),
    MARGIN_BOTTOM("margin-bottom", autoOrLengthPercentage(), px(0), false),
    MARGIN_LEFT("margin-left", autoOrLengthPercentage(), px(0), false),

    PADDING_TOP("padding-top", ValueTypes::nonNegativeLengthPercentage, px(0), false),
    PADDING_RIGHT("padding-right", ValueTypes::nonNegativeLengthPercentage, px(0), false),
    PADDING_BOTTOM("padding-bottom", ValueTypes::nonNegativeLengthPercentage, px(0), false),
    PADDING_LEFT("padding-left", ValueTypes::nonNegativeLengthPercentage, px(0), false),

    BORDER_TOP_STYLE("border-top-style", ValueTypes::borderStyle, keyword("none"), false),
    BORDER_RIGHT_STYLE("border-right-style", ValueTypes::borderStyle, keyword("none"), false),
    BORDER_BOTTOM_STYLE("border-bottom-style", ValueTypes::borderStyle, keyword("none"), false),
    BORDER_LEFT_STYLE("border-left-style", ValueTypes::borderStyle, keyword("none"), false),

    BORDER_TOP_WIDTH("border-top-width", ValueTypes::lineWidth, keyword("medium"), false),
    BORDER_RIGHT_WIDTH("border-right-width", ValueTypes::lineWidth, keyword("medium"), false),
    BORDER_BOTTOM_WIDTH("border-bottom-width", ValueTypes::lineWidth, keyword("medium"), false),
    BORDER_LEFT_WIDTH("border-left-width", ValueTypes::lineWidth, keyword("medium"), false),

    BORDER_TOP_COLOR("border-top-color", ValueTypes::color, keyword("currentcolor"), false),
    BORDER_RIGHT_COLOR("border-right-color", ValueTypes::color, keyword("currentcolor"), false),
    BORDER_BOTTOM_COLOR("border-bottom-color", ValueTypes::color, keyword("currentcolor"), false),
    BORDER_LEFT_COLOR("border-left-color", ValueTypes::color, keyword("currentcolor"), false),

    // CSS Backgrounds 3 §5.1: each corner's horizontal and vertical radius, one value for both.
    BORDER_TOP_LEFT_RADIUS("border-top-left-radius", Property::cornerRadius, px(0), false),
    BORDER_TOP_RIGHT_RADIUS("border-top-right-radius", Property::cornerRadius, px(0), false),
    BORDER_BOTTOM_RIGHT_RADIUS("border-bottom-right-radius", Property::cornerRadius, px(0), false),
    BORDER_BOTTOM_LEFT_RADIUS("border-bottom-left-radius", Property::cornerRadius, px(0), false),

    OUTLINE_STYLE("outline-style", ValueTypes::outlineStyle, keyword("none"), false),
    OUTLINE_WIDTH("outline-width", ValueTypes::lineWidth, keyword("medium"), false),
    OUTLINE_COLOR("outline-color", ValueTypes::color, keyword("currentcolor"), false),

    BACKGROUND_COLOR("background-color", ValueTypes::color, Color.TRANSPARENT, false),
    BACKGROUND_IMAGE("background-image", ValueTypes::backgroundImage, keyword("none"), false),
    BACKGROUND_REPEAT("background-repeat", ValueTypes::backgroundRepeat, keyword("repeat"), false),
    BACKGROUND_ATTACHMENT("background-attachment", keywords("scroll", "fixed", "local"), keyword("scroll"), false),
    BACKGROUND_POSITION("background-position", ValueTypes::backgroundPosition,
            new ValueList(List.of(new Percentage(0), new Percentage(0))), false),

    TEXT_ALIGN("text-align", keywords("left", "right", "center", "justify", "start", "end"), keyword("start"), true),
    TEXT_INDENT("text-indent", ValueTypes::lengthPercentage, px(0), true),
    TEXT_DECORATION_LINE("text-decoration-line", ValueTypes::textDecorationLine, keyword("none"), false),
    TEXT_DECORATION_STYLE("text-decoration-style", keywords("solid", "double", "dotted", "dashed", "wavy"),
            keyword("solid"), false),
    TEXT_DECORATION_COLOR("text-decoration-color", ValueTypes::color, keyword("currentcolor"), false),
    TEXT_TRANSFORM("text-transform", keywords("none", "capitalize", "uppercase", "lowercase"), keyword("none"), true),
    LETTER_SPACING("letter-spacing", keywords("normal").or(ValueTypes::length), keyword("normal"), true),
    WORD_SPACING("word-spacing", keywords("normal").or(ValueTypes::length), keyword("normal"), true),
    WHITE_SPACE("white-space", keywords("normal", "pre", "nowrap", "pre-wrap", "pre-line", "break-spaces"),
            keyword("normal"), true),
    VERTICAL_ALIGN("vertical-align", keywords("baseline", "sub", "super", "top", "text-top", "middle", "bottom",
            "text-bottom").or(ValueTypes::lengthPercentage), keyword("baseline"), false),

    LIST_STYLE_TYPE("list-style-type", ValueTypes::listStyleType, keyword("disc"), true),
    LIST_STYLE_POSITION("list-style-position", keywords("inside", "outside"), keyword("outside"), true),
    LIST_STYLE_IMAGE("list-style-image", keywords("none").or(ValueTypes::image), keyword("none"), true),

    BORDER_COLLAPSE("border-collapse", keywords("separate", "collapse"), keyword("separate"), true),
    BORDER_SPACING("border-spacing", ValueTypes::borderSpacing, px(0), true),
    TABLE_LAYOUT("table-layout", keywords("auto", "fixed"), keyword("auto"), false),

    VISIBILITY("visibility", keywords("visible", "hidden", "collapse"), keyword("visible"), true),
    CURSOR("cursor", ValueTypes::cursor, keyword("auto"), true),
    OVERFLOW("overflow", ValueTypes::overflow, keyword("visible"), false),
    OPACITY("opacity", ValueTypes::alphaValue, new Number(1), false),
    CONTENT("content", ValueTypes::content, keyword("normal"), false),
    QUOTES("quotes", ValueTypes::quotes, keyword("auto"), true),
    // CSS 2.1 §12.4: counters that generated content shows with counter() and counters().
    COUNTER_RESET("counter-reset", ValueTypes::counterChanges, keyword("none"), false),
    COUNTER_INCREMENT("counter-increment", ValueTypes::counterChanges, keyword("none"), false);

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

    /** Every property's name in CSS, in the order of this table. */
    public static List<String> cssNames() {
        return Arrays.stream(values()).map(Property::cssName).toList();
    }

    /** The property's name in CSS, such as {@code margin-top}. */
    public String cssName() {
        return cssName;
    }

    /**
     * Whether {@code value} is valid for this property; an invalid declaration is dropped (CSS
     * 2.1 §4.2). Every property takes the CSS-wide keywords, and a value with a {@code var()} in
     * it is taken on trust until the variable is substituted (CSS Variables 1 §3).
     */
    boolean accepts(CssValue value) {
        return ValueTypes.isCssWideKeyword(value) || value.hasVariableReference() || accepts.test(value);
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

    /** Margins and the offsets {@code top}…{@code left}, which may be negative (CSS 2.1 §8.3, §9.3.2). */
    private static Predicate<CssValue> autoOrLengthPercentage() {
        return keywords("auto").or(ValueTypes::lengthPercentage);
    }

    /** CSS Backgrounds 3 §5.1: one or two lengths or percentages, not negative. */
    private static boolean cornerRadius(CssValue value) {
        List<CssValue> radii = value.components();
        return radii.size() <= 2 && radii.stream().allMatch(ValueTypes::nonNegativeLengthPercentage);
    }

    /** CSS 2.1 §10.2, §10.4, §10.5, §10.7: a keyword, or a length or percentage that is not negative. */
    private static Predicate<CssValue> size(String keyword) {
        return keywords(keyword).or(ValueTypes::nonNegativeLengthPercentage);
    }
}
