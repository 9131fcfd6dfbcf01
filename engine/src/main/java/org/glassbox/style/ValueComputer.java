package org.glassbox.style;

import java.util.EnumMap;
import java.util.Map;
import org.glassbox.css.BorderStyle;
import org.glassbox.css.Color;
import org.glassbox.css.CssValue;
import org.glassbox.css.CssValue.Keyword;
import org.glassbox.css.CssValue.Length;
import org.glassbox.css.CssValue.Number;
import org.glassbox.css.CssValue.Percentage;

/**
 * Works out an element's computed values from its cascaded ones (CSS 2.1 §6.1): a property
 * the cascade left unset is inherited from the parent or takes its initial value, and then
 * relative values become absolute.
 *
 * <p>Properties are computed in the order {@link Property} declares them, because some depend
 * on others: {@code font-size} on the family (monospace has its own default), lengths in
 * {@code em} on the font size, {@code currentcolor} on {@code color}, border widths on border
 * styles.
 */
final class ValueComputer {

    /** The style of the root's parent, which does not exist: everything initial (CSS 2.1 §6.2). */
    static final ComputedStyle INITIAL = compute(Map.of(), null, false, FontSizes.MEDIUM);

    private final ComputedStyle parent;
    private final double rootFontSize;
    private final Map<Property, CssValue> computed = new EnumMap<>(Property.class);
    private String fontSizeKeyword;

    private ValueComputer(ComputedStyle parent, double rootFontSize) {
        this.parent = parent;
        this.rootFontSize = rootFontSize;
    }

    /**
     * @param parent the parent element's style; null for the root element
     * @param rootFontSize the root element's font size, for {@code rem}
     */
    static ComputedStyle compute(Map<Property, CssValue> cascaded, ComputedStyle parent, boolean isRoot, double rootFontSize) {
        ValueComputer computer = new ValueComputer(parent, rootFontSize);
        for (Property property : Property.values()) {
            computer.computed.put(property, computer.valueOf(property, cascaded.get(property)));
        }
        if (isRoot) {
            computer.computed.put(Property.DISPLAY, blockified(computer.computed.get(Property.DISPLAY)));
        }
        return new ComputedStyle(computer.computed, computer.fontSizeKeyword);
    }

    /** CSS 2.1 §6.1.1: the cascaded value, else the parent's for an inherited property, else the initial value. */
    private CssValue valueOf(Property property, CssValue cascaded) {
        boolean inherits = cascaded == null ? property.inherited() : cascaded.is("inherit");
        if (inherits && parent != null) {
            return property == Property.FONT_SIZE ? inheritedFontSize() : parent.get(property);
        }
        CssValue specified = cascaded == null || cascaded.is("inherit") ? property.initial() : cascaded;
        return absolute(property, specified);
    }

    private CssValue absolute(Property property, CssValue specified) {
        return switch (property) {
            case FONT_SIZE -> px(fontSize(specified));
            case FONT_WEIGHT -> new Number(fontWeight(specified));
            case LINE_HEIGHT -> lineHeight(specified);
            case COLOR, BACKGROUND_COLOR, BORDER_TOP_COLOR, BORDER_RIGHT_COLOR, BORDER_BOTTOM_COLOR,
                    BORDER_LEFT_COLOR -> color(specified);
            case BORDER_TOP_WIDTH -> borderWidth(specified, Property.BORDER_TOP_STYLE);
            case BORDER_RIGHT_WIDTH -> borderWidth(specified, Property.BORDER_RIGHT_STYLE);
            case BORDER_BOTTOM_WIDTH -> borderWidth(specified, Property.BORDER_BOTTOM_STYLE);
            case BORDER_LEFT_WIDTH -> borderWidth(specified, Property.BORDER_LEFT_STYLE);
            case MARGIN_TOP, MARGIN_RIGHT, MARGIN_BOTTOM, MARGIN_LEFT, PADDING_TOP, PADDING_RIGHT,
                    PADDING_BOTTOM, PADDING_LEFT, WIDTH, HEIGHT -> lengthOrPercentage(specified);
            default -> specified;
        };
    }

    /** An inherited keyword size is looked up again, because monospace has its own (smaller) scale. */
    private CssValue inheritedFontSize() {
        fontSizeKeyword = parent.fontSizeKeyword();
        return fontSizeKeyword == null ? parent.get(Property.FONT_SIZE) : px(FontSizes.absolute(fontSizeKeyword, isMonospace()));
    }

    /** CSS 2.1 §15.7: keywords from a table, {@code em} and percentages of the parent's size. */
    private double fontSize(CssValue specified) {
        double parentSize = parent == null ? FontSizes.MEDIUM : parent.fontSize();
        if (specified instanceof Keyword keyword && FontSizes.isAbsoluteKeyword(keyword.name())) {
            fontSizeKeyword = keyword.name();
            return FontSizes.absolute(keyword.name(), isMonospace());
        }
        if (specified instanceof Keyword keyword) {
            return FontSizes.relative(keyword.name(), parentSize);
        }
        if (specified instanceof Percentage percentage) {
            return parentSize * percentage.value() / 100;
        }
        return Lengths.toPx(specified, parentSize, rootFontSize);
    }

    private boolean isMonospace() {
        return computed.get(Property.FONT_FAMILY).toString().equals("monospace");
    }

    /** CSS 2.1 §15.6: normal is 400, bold 700; bolder and lighter step from the parent's weight. */
    private int fontWeight(CssValue specified) {
        int parentWeight = parent == null ? 400 : parent.fontWeight();
        if (specified instanceof Number number) {
            return (int) number.value();
        }
        return switch (((Keyword) specified).name()) {
            case "bold" -> 700;
            case "bolder" -> parentWeight < 400 ? 400 : parentWeight < 600 ? 700 : 900;
            case "lighter" -> parentWeight < 600 ? 100 : parentWeight < 800 ? 400 : 700;
            default -> 400;
        };
    }

    /** CSS 2.1 §10.8.1: a number is inherited as a number; lengths and percentages become pixels. */
    private CssValue lineHeight(CssValue specified) {
        double fontSize = px(Property.FONT_SIZE);
        if (specified instanceof Percentage percentage) {
            return px(fontSize * percentage.value() / 100);
        }
        if (specified instanceof Length) {
            return px(Lengths.toPx(specified, fontSize, rootFontSize));
        }
        return specified;
    }

    /** {@code currentcolor} is the element's own {@code color} (CSS Color 3 §4.5). */
    private CssValue color(CssValue specified) {
        if (specified.is("currentcolor")) {
            return computed.getOrDefault(Property.COLOR, parent == null ? Color.BLACK : parent.color(Property.COLOR));
        }
        return Color.from(specified).orElse(Color.BLACK);
    }

    /**
     * CSS 2.1 §8.5.1: a border whose style is none or hidden has width 0. Like Chromium, widths
     * snap down to whole device pixels, but never below one pixel.
     */
    private CssValue borderWidth(CssValue specified, Property style) {
        if (!BorderStyle.from(computed.get(style)).map(BorderStyle::isVisible).orElse(false)) {
            return px(0);
        }
        double width = switch (specified.toString()) {
            case "thin" -> 1;
            case "medium" -> 3;
            case "thick" -> 5;
            default -> Lengths.toPx(specified, px(Property.FONT_SIZE), rootFontSize);
        };
        return px(width > 0 && width < 1 ? 1 : Math.floor(width));
    }

    private CssValue lengthOrPercentage(CssValue specified) {
        if (specified instanceof Percentage || specified instanceof Keyword) {
            return specified;
        }
        return px(Lengths.toPx(specified, px(Property.FONT_SIZE), rootFontSize));
    }

    private double px(Property property) {
        return ((Length) computed.get(property)).value();
    }

    private static Length px(double value) {
        return new Length(value, "px");
    }

    /** CSS 2.1 §9.7: the root element's box is always block-level. */
    private static CssValue blockified(CssValue display) {
        return display.is("inline") || display.is("inline-block") ? new Keyword("block") : display;
    }
}
