package org.glassbox.style;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.glassbox.css.BorderStyle;
import org.glassbox.css.Calc;
import org.glassbox.css.Color;
import org.glassbox.css.CssValue;
import org.glassbox.css.CssValue.Keyword;
import org.glassbox.css.CssValue.Length;
import org.glassbox.css.CssValue.Number;
import org.glassbox.css.CssValue.Percentage;
import org.glassbox.css.CssValue.ValueList;

/**
 * Works out an element's computed values from its cascaded ones (CSS 2.1 §6.1, CSS Cascade 4
 * §4.4): {@code var()}s are substituted; a property the cascade left unset is inherited from
 * the parent or takes its initial value; then relative values become absolute: lengths become
 * pixels, {@code calc()} is reduced, keywords such as {@code bolder} and {@code currentcolor}
 * are resolved. Percentages of widths, heights, margins and paddings stay percentages (or a
 * {@link Calc} of a percentage and pixels): only layout knows what they are a percentage of.
 *
 * <p>Properties are computed in the order {@link Property} declares them, because some depend
 * on others.
 */
final class ValueComputer {

    private static final Keyword UNSET = new Keyword("unset");
    private static final Keyword INHERIT_KEYWORD = new Keyword("inherit");
    private static final Keyword INITIAL_KEYWORD = new Keyword("initial");
    private static final Keyword NONE = new Keyword("none");

    /** The style of the root's parent, which does not exist: everything initial (CSS 2.1 §6.2). */
    static final ComputedStyle INITIAL = new ValueComputer(null, false, Lengths.DEFAULT, CustomProperties.NONE)
            .computeAll(CascadedValues.NONE);

    private final ComputedStyle parent;
    private final boolean isRoot;
    private final CustomProperties customProperties;
    private final Map<Property, CssValue> computed = new EnumMap<>(Property.class);
    /** Changes once, in the root, whose font size rem means everywhere but in its own font-size (CSS Values 3 §6.1.1). */
    private Lengths lengths;
    private FontSizes.Origin fontSizeOrigin;
    private ComputedStyle font;

    private ValueComputer(ComputedStyle parent, boolean isRoot, Lengths lengths, CustomProperties customProperties) {
        this.parent = parent;
        this.isRoot = isRoot;
        this.lengths = lengths;
        this.customProperties = customProperties;
    }

    /**
     * @param parent the parent element's style; null for the root element
     * @param lengths the viewport, root font size and glyph metrics relative lengths need
     */
    static ComputedStyle compute(CascadedValues cascaded, ComputedStyle parent, Lengths lengths) {
        CustomProperties inherited = parent == null ? CustomProperties.NONE : parent.customProperties();
        CustomProperties custom = CustomProperties.compute(cascaded.customProperties(), inherited);
        return new ValueComputer(parent, parent == null, lengths, custom).computeAll(cascaded);
    }

    private ComputedStyle computeAll(CascadedValues cascaded) {
        for (Property property : Property.values()) {
            computed.put(property, valueOf(property, cascaded.get(property)));
            if (isRoot && property == Property.FONT_SIZE) {
                lengths = lengths.withRootFontSize(((Length) computed.get(property)).value());
            }
        }
        return new ComputedStyle(computed, fontSizeOrigin, customProperties);
    }

    /**
     * CSS Cascade 4 §7: with no cascaded value a property is {@code unset}: inherited if it
     * inherits, else initial. {@code inherit} takes the parent's computed value; the root has
     * no parent and takes the initial value.
     */
    private CssValue valueOf(Property property, CssValue cascaded) {
        CssValue specified = cascaded == null ? UNSET : substituted(property, cascaded);
        if (specified.is("unset")) {
            specified = property.inherited() ? INHERIT_KEYWORD : INITIAL_KEYWORD;
        }
        if (specified.is("inherit") && parent != null) {
            return property == Property.FONT_SIZE ? inheritedFontSize() : parent.get(property);
        }
        boolean initial = specified.is("inherit") || specified.is("initial");
        return absolute(property, initial ? property.initial() : specified);
    }

    /**
     * CSS Variables 1 §3.1: a value whose {@code var()}s do not resolve, or that the property does
     * not accept once they are substituted, is invalid at computed-value time: the property is unset.
     */
    private CssValue substituted(Property property, CssValue cascaded) {
        if (!cascaded.hasVariableReference()) {
            return cascaded;
        }
        return customProperties.substitute(cascaded)
                .filter(value -> !ValueTypes.isCssWideKeyword(value) && property.accepts(value))
                .orElse(UNSET);
    }

    private CssValue absolute(Property property, CssValue specified) {
        return switch (property) {
            case FONT_FAMILY, Z_INDEX, CURSOR, COUNTER_RESET, COUNTER_INCREMENT -> specified;
            case FONT_SIZE -> fontSize(specified);
            case FONT_WEIGHT -> new Number(fontWeight(specified));
            case LINE_HEIGHT -> lineHeight(specified);
            case COLOR, BACKGROUND_COLOR, BORDER_TOP_COLOR, BORDER_RIGHT_COLOR, BORDER_BOTTOM_COLOR,
                    BORDER_LEFT_COLOR, OUTLINE_COLOR, TEXT_DECORATION_COLOR -> color(specified);
            case FLOAT -> isAbsolutelyPositioned() ? NONE : specified;
            case DISPLAY -> display(specified);
            case BORDER_TOP_WIDTH -> borderWidth(specified, Property.BORDER_TOP_STYLE);
            case BORDER_RIGHT_WIDTH -> borderWidth(specified, Property.BORDER_RIGHT_STYLE);
            case BORDER_BOTTOM_WIDTH -> borderWidth(specified, Property.BORDER_BOTTOM_STYLE);
            case BORDER_LEFT_WIDTH -> borderWidth(specified, Property.BORDER_LEFT_STYLE);
            case OUTLINE_WIDTH -> px(snapped(lineWidth(specified)));
            case WORD_SPACING -> specified.is("normal") ? px(0) : inPixels(property, specified);
            case OPACITY -> new Number(Math.max(0, Math.min(1, alpha(specified))));
            case BACKGROUND_POSITION -> backgroundPosition(specified);
            default -> inPixels(property, specified);
        };
    }

    /**
     * Every length in pixels, every calculation reduced (CSS Values 3 §5–8); a unitless zero is
     * a length too. Percentages and keywords stay as they are.
     */
    private CssValue inPixels(Property property, CssValue value) {
        if (value instanceof ValueList list) {
            return new ValueList(list.values().stream().map(part -> inPixels(property, part)).toList());
        }
        if (value instanceof Length length && length.isLength()) {
            return px(lengths.toPx(length, font()));
        }
        if (value instanceof Number number && number.value() == 0) {
            return px(0);
        }
        return value instanceof Calc calc ? clamped(property, reduced(calc, font(), Double.NaN)) : value;
    }

    /**
     * CSS Values 3 §8.1.3: a calculation's lengths become pixels and add up; its percentage
     * becomes pixels too where {@code percentageBase} is known, else it stays for layout.
     */
    private CssValue reduced(Calc calc, ComputedStyle font, double percentageBase) {
        if (calc.isNumber()) {
            return new Number(calc.terms().get(""));
        }
        double pixels = 0;
        for (Map.Entry<String, Double> term : calc.terms().entrySet()) {
            if (!term.getKey().equals("%")) {
                pixels += lengths.toPx(new Length(term.getValue(), term.getKey()), font);
            }
        }
        if (!calc.hasPercentage()) {
            return px(pixels);
        }
        double percent = calc.terms().get("%");
        if (!Double.isNaN(percentageBase)) {
            return px(pixels + percent * percentageBase / 100);
        }
        return new Calc(calc.terms().size() == 1 ? Map.of("%", percent) : Map.of("%", percent, "px", pixels));
    }

    /** CSS Values 3 §8.1.4: a calculation outside the property's range is clamped to it, not rejected. */
    private static CssValue clamped(Property property, CssValue value) {
        boolean negative = value instanceof Length length && length.value() < 0
                || value instanceof Number number && number.value() < 0;
        return negative && !property.accepts(value) ? px(0) : value;
    }

    /** The element's own font, which em, ex and ch measure; built once the font properties are computed. */
    private ComputedStyle font() {
        if (font == null) {
            font = new ComputedStyle(computed, fontSizeOrigin, customProperties);
        }
        return font;
    }

    /** The parent's style, whose font em, ex, ch and percentages in {@code font-size} measure. */
    private ComputedStyle parentStyle() {
        return parent == null ? INITIAL : parent;
    }

    /** An inherited size keeps its origin, and follows a change to or from monospace as its origin says. */
    private CssValue inheritedFontSize() {
        fontSizeOrigin = parent.fontSizeOrigin();
        return px(forFamilyChange(parent.fontSize()));
    }

    /**
     * CSS Fonts 4 §2.5: keywords from a table; {@code larger}, {@code smaller}, and {@code em},
     * {@code ex}, {@code ch} and percentages of the parent's font; other lengths absolute.
     */
    private CssValue fontSize(CssValue specified) {
        if (specified instanceof Keyword keyword && FontSizes.isAbsoluteKeyword(keyword.name())) {
            fontSizeOrigin = new FontSizes.Origin(keyword.name(), false);
            return px(FontSizes.absolute(keyword.name(), isMonospace(computed.get(Property.FONT_FAMILY))));
        }
        if (isRelativeToParent(specified)) {
            fontSizeOrigin = FontSizes.Origin.relativeTo(parentStyle().fontSizeOrigin());
            return px(forFamilyChange(relativeFontSize(specified, parentStyle())));
        }
        fontSizeOrigin = FontSizes.Origin.ABSOLUTE;
        if (specified instanceof Calc calc) {
            return clamped(Property.FONT_SIZE, reduced(calc, parentStyle(), parentStyle().fontSize()));
        }
        return specified instanceof Length length ? px(lengths.toPx(length, parentStyle())) : px(0);
    }

    private static boolean isRelativeToParent(CssValue specified) {
        return specified instanceof Keyword || specified instanceof Percentage
                || specified instanceof Length length && Set.of("em", "ex", "ch").contains(length.unit());
    }

    private double relativeFontSize(CssValue specified, ComputedStyle parent) {
        if (specified instanceof Keyword keyword) {
            return FontSizes.relative(keyword.name(), parent.fontSize());
        }
        if (specified instanceof Percentage percentage) {
            return parent.fontSize() * percentage.value() / 100;
        }
        return lengths.toPx((Length) specified, parent);
    }

    /** A size that moves into or out of monospace changes as Chromium changes it ({@link FontSizes#forFamilyChange}). */
    private double forFamilyChange(double size) {
        boolean monospace = isMonospace(computed.get(Property.FONT_FAMILY));
        boolean changed = monospace != isMonospace(parentStyle().get(Property.FONT_FAMILY));
        return changed ? FontSizes.forFamilyChange(size, fontSizeOrigin, monospace) : size;
    }

    /** Chromium gives the generic family monospace, alone, its own smaller sizes. */
    private static boolean isMonospace(CssValue fontFamily) {
        return fontFamily.components().equals(List.of(new Keyword("monospace")));
    }

    /** CSS Fonts 4 §2.2: normal is 400, bold 700; bolder and lighter step from the parent's weight. */
    private double fontWeight(CssValue specified) {
        if (specified instanceof Number number) {
            return number.value();
        }
        double parentWeight = parent == null ? 400 : parent.fontWeight();
        return switch (((Keyword) specified).name()) {
            case "bold" -> 700;
            case "bolder" -> bolder(parentWeight);
            case "lighter" -> lighter(parentWeight);
            default -> 400;
        };
    }

    /** The table of CSS Fonts 4 §2.2.1: the next of 400, 700 and 900 that is heavier. */
    private static double bolder(double weight) {
        return weight < 350 ? 400 : weight < 550 ? 700 : weight < 900 ? 900 : weight;
    }

    /** The table of CSS Fonts 4 §2.2.1: the next of 100, 400 and 700 that is lighter. */
    private static double lighter(double weight) {
        return weight < 100 ? weight : weight < 550 ? 100 : weight < 750 ? 400 : 700;
    }

    /**
     * CSS 2.1 §10.8.1: a number is inherited as a number, so children scale it by their own
     * font size; lengths and percentages become pixels.
     */
    private CssValue lineHeight(CssValue specified) {
        double fontSize = font().fontSize();
        if (specified instanceof Percentage percentage) {
            return px(fontSize * percentage.value() / 100);
        }
        if (specified instanceof Calc calc) {
            return clamped(Property.LINE_HEIGHT, reduced(calc, font(), fontSize));
        }
        return specified instanceof Length length ? px(lengths.toPx(length, font())) : specified;
    }

    /**
     * {@code currentcolor} is the element's own {@code color} (CSS Color 4 §6.4); in
     * {@code color} itself, it is the parent's.
     */
    private CssValue color(CssValue specified) {
        if (specified.is("currentcolor")) {
            CssValue color = computed.get(Property.COLOR);
            return color != null ? color : parentStyle().get(Property.COLOR);
        }
        return Color.from(specified).orElse(Color.BLACK);
    }

    private boolean isAbsolutelyPositioned() {
        CssValue position = computed.get(Property.POSITION);
        return position.is("absolute") || position.is("fixed");
    }

    /**
     * CSS 2.1 §9.7: a float, an absolutely positioned box and the root element are blockified,
     * their display made block-level as CSS Display 3 §2.7 lists.
     */
    private CssValue display(CssValue specified) {
        boolean blockified = isRoot || isAbsolutelyPositioned() || !computed.get(Property.FLOAT).is("none");
        if (!blockified || specified.is("none") || specified.is("contents") && !isRoot) {
            return specified;
        }
        return new Keyword(switch (((Keyword) specified).name()) {
            case "inline-table" -> "table";
            case "inline-flex" -> "flex";
            case "inline-grid" -> "grid";
            case "block", "list-item", "table", "flex", "grid", "flow-root" -> ((Keyword) specified).name();
            default -> "block";
        });
    }

    /** CSS 2.1 §8.5.1: a border whose style is none or hidden has width 0. */
    private CssValue borderWidth(CssValue specified, Property style) {
        boolean visible = BorderStyle.from(computed.get(style)).map(BorderStyle::isVisible).orElse(false);
        return px(visible ? snapped(lineWidth(specified)) : 0);
    }

    private double lineWidth(CssValue specified) {
        if (specified instanceof Keyword keyword) {
            return switch (keyword.name()) {
                case "thin" -> 1;
                case "thick" -> 5;
                default -> 3;
            };
        }
        CssValue width = inPixels(Property.BORDER_TOP_WIDTH, specified);
        return width instanceof Length length ? length.value() : 0;
    }

    /** Like Chromium, line widths snap down to whole device pixels, but never below one pixel. */
    private static double snapped(double width) {
        return width > 0 && width < 1 ? 1 : Math.floor(width);
    }

    private static double alpha(CssValue specified) {
        if (specified instanceof Percentage percentage) {
            return percentage.value() / 100;
        }
        return specified instanceof Calc calc ? calc.terms().get("") : ((Number) specified).value();
    }

    /** CSS Backgrounds 3 §3.6: a horizontal and a vertical offset, keywords as percentages, lengths in pixels. */
    private CssValue backgroundPosition(CssValue specified) {
        return inPixels(Property.BACKGROUND_POSITION,
                new ValueList(BackgroundPositions.horizontalThenVertical(specified.components()).orElseThrow()));
    }

    private static Length px(double value) {
        return new Length(value, "px");
    }
}
