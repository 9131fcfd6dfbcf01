package org.glassbox.style;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.glassbox.css.Color;
import org.glassbox.css.CssValue;
import org.glassbox.css.CssValue.Keyword;
import org.glassbox.css.CssValue.Length;
import org.glassbox.css.CssValue.Number;
import org.glassbox.css.CssValue.Text;

/**
 * The computed value of every property for one element (CSS 2.1 §6.1.2): lengths in pixels,
 * colors as colors, keywords as keywords, and the element's custom properties. Percentages of
 * widths, heights, margins and paddings stay percentages, alone or in a {@link org.glassbox.css.Calc}
 * such as {@code calc(100% - 20px)}: only layout knows the containing block they are a percentage of.
 */
public final class ComputedStyle {

    private final Map<Property, CssValue> values;
    private final FontSizes.Origin fontSizeOrigin;
    private final CustomProperties customProperties;

    /** @param fontSizeOrigin the keyword the font size came from, if any, and whether it was absolute */
    ComputedStyle(Map<Property, CssValue> values, FontSizes.Origin fontSizeOrigin, CustomProperties customProperties) {
        this.values = new EnumMap<>(values);
        this.fontSizeOrigin = fontSizeOrigin;
        this.customProperties = customProperties;
    }

    /** The computed value of {@code property}. */
    public CssValue get(Property property) {
        return values.get(property);
    }

    /** The keyword a property computed to, such as {@code block} for {@code display}. */
    public String keyword(Property property) {
        return ((Keyword) get(property)).name();
    }

    /** A property whose computed value is a length, such as a border width, in pixels. */
    public double px(Property property) {
        CssValue value = get(property);
        return value instanceof Length length ? length.value() : 0;
    }

    /** A color property, such as {@code color} or {@code border-top-color}. */
    public Color color(Property property) {
        return (Color) get(property);
    }

    /** The {@code display} keyword. */
    public String display() {
        return keyword(Property.DISPLAY);
    }

    /** CSS 2.1 §9.3: {@code position} is not {@code static}, so the box moves by its offsets or holds absolutely positioned boxes. */
    public boolean isPositioned() {
        return !keyword(Property.POSITION).equals("static");
    }

    /** CSS 2.1 §9.6: {@code absolute} or {@code fixed}, taken out of the flow entirely. */
    public boolean isAbsolutelyPositioned() {
        String position = keyword(Property.POSITION);
        return position.equals("absolute") || position.equals("fixed");
    }

    /** CSS 2.1 §9.5, §9.7: floated, unless absolutely positioned, which makes {@code float} not apply. */
    public boolean isFloat() {
        return !keyword(Property.FLOAT).equals("none") && !isAbsolutelyPositioned();
    }

    /** CSS 2.1 §9.3: a float or an absolutely positioned box is out of the normal flow. */
    public boolean isOutOfFlow() {
        return isFloat() || isAbsolutelyPositioned();
    }

    /** CSS 2.1 §11.2: {@code visibility: visible}; hidden boxes take their room but are not drawn. */
    public boolean isVisible() {
        return keyword(Property.VISIBILITY).equals("visible");
    }

    /** CSS Color 3 §3.2: how opaque the element is, painted as a group, from 0 to 1. */
    public double opacity() {
        return get(Property.OPACITY) instanceof Number number ? number.value() : 1;
    }

    /** The font size in pixels. */
    public double fontSize() {
        return px(Property.FONT_SIZE);
    }

    /** The font weight as a whole number: 400 is normal, 700 bold. */
    public int fontWeight() {
        return (int) ((Number) get(Property.FONT_WEIGHT)).value();
    }

    /** Whether the font style is italic or oblique. */
    public boolean italic() {
        return !keyword(Property.FONT_STYLE).equals("normal");
    }

    /** The font families in order of preference, such as {@code [Times New Roman, serif]}. */
    public List<String> fontFamilies() {
        List<String> families = new ArrayList<>();
        StringJoiner name = new StringJoiner(" ");
        for (CssValue part : get(Property.FONT_FAMILY).components()) {
            if (part instanceof CssValue.Delimiter) {
                families.add(name.toString());
                name = new StringJoiner(" ");
            } else {
                name.add(part instanceof Text text ? text.value() : part.toString());
            }
        }
        families.add(name.toString());
        return families;
    }

    /**
     * The style of an anonymous block box inside this element's box (CSS 2.1 §9.2.1.1): it
     * inherits what inherits, and every other property has its initial value.
     */
    public ComputedStyle anonymousBlockStyle() {
        CascadedValues block = new CascadedValues(Map.of(Property.DISPLAY, new Keyword("block")), Map.of());
        return ValueComputer.compute(block, this, Lengths.DEFAULT);
    }

    /**
     * This style with some computed values replaced, for the boxes a user agent makes up
     * itself, such as a broken image's fallback, which browsers style from their own rules.
     */
    public ComputedStyle with(Map<Property, CssValue> replacements) {
        Map<Property, CssValue> changed = new EnumMap<>(values);
        changed.putAll(replacements);
        return new ComputedStyle(changed, fontSizeOrigin, customProperties);
    }

    /**
     * The value {@code getComputedStyle(element).getPropertyValue(name)} gives in Chromium: the
     * resolved value (CSSOM §6.7.2), serialized; the empty string for a property Glassbox does
     * not know or a custom property without a value. For {@code width}, {@code height},
     * margins, paddings and offsets of a rendered element, the resolved value is the used value,
     * which only layout knows; this gives the computed value instead, such as {@code auto} or
     * {@code 50%}.
     */
    public String getPropertyValue(String name) {
        if (CustomProperties.isCustom(name)) {
            return customProperties.get(name).map(CssValue::toString).orElse("");
        }
        return Property.named(name).map(property -> ValueSerializer.serialize(this, property)).orElse("");
    }

    /** Where the font size came from, which decides how children in another family size their text. */
    FontSizes.Origin fontSizeOrigin() {
        return fontSizeOrigin;
    }

    /** The element's custom properties, which its children inherit. */
    CustomProperties customProperties() {
        return customProperties;
    }

    /** The properties whose computed value differs from their initial one, as CSS declarations. */
    @Override
    public String toString() {
        StringJoiner text = new StringJoiner("; ");
        text.add("display: " + display());
        for (Property property : Property.values()) {
            CssValue value = get(property);
            if (property != Property.DISPLAY && !value.equals(ValueComputer.INITIAL.get(property))) {
                text.add(property.cssName() + ": " + value);
            }
        }
        return text.toString();
    }

    /** A length in pixels as {@code getComputedStyle} prints one: six significant digits, such as {@code 13.3333px}. */
    public static String px(double pixels) {
        return ValueSerializer.number(pixels) + "px";
    }
}
