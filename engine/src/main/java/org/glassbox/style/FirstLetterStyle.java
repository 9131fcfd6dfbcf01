package org.glassbox.style;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.glassbox.css.CssValue;

/**
 * The {@code ::first-letter} rules of a block container (CSS 2.1 §5.12.2), not yet computed. The
 * letter may sit deep inside inline elements or a first child block, and it inherits from the
 * innermost element that contains it, which only box generation finds: so the style phase keeps
 * the cascaded values and box generation computes them {@link #within} that element's style.
 */
public final class FirstLetterStyle {

    /**
     * CSS 2.1 §5.12.2: the properties that apply to {@code ::first-letter}; a declaration of any
     * other property, such as {@code display}, is ignored.
     */
    private static final Set<Property> APPLICABLE = applicable();

    private final CascadedValues cascaded;
    private final Lengths lengths;

    private FirstLetterStyle(CascadedValues cascaded, Lengths lengths) {
        this.cascaded = cascaded;
        this.lengths = lengths;
    }

    /** The rules' applicable values, or null if no rule styles this element's first letter. */
    static FirstLetterStyle of(CascadedValues cascaded, Lengths lengths) {
        Map<Property, CssValue> properties = new EnumMap<>(Property.class);
        cascaded.properties().forEach((property, value) -> {
            if (APPLICABLE.contains(property)) {
                properties.put(property, value);
            }
        });
        if (properties.isEmpty() && cascaded.customProperties().isEmpty()) {
            return null;
        }
        return new FirstLetterStyle(new CascadedValues(properties, cascaded.customProperties()), lengths);
    }

    /** The letter's computed style, inheriting from {@code parent}, the style of the element the letter is in. */
    public ComputedStyle within(ComputedStyle parent) {
        return ValueComputer.compute(cascaded, parent, lengths);
    }

    private static Set<Property> applicable() {
        Set<Property> applicable = EnumSet.range(Property.FONT_FAMILY, Property.COLOR);
        applicable.addAll(EnumSet.range(Property.MARGIN_TOP, Property.BORDER_LEFT_COLOR));
        applicable.addAll(EnumSet.range(Property.BACKGROUND_COLOR, Property.BACKGROUND_POSITION));
        applicable.addAll(EnumSet.range(Property.TEXT_DECORATION_LINE, Property.WORD_SPACING));
        applicable.addAll(EnumSet.of(Property.FLOAT, Property.CLEAR, Property.VERTICAL_ALIGN));
        return applicable;
    }
}
