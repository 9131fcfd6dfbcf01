package org.glassbox.style;

import java.util.EnumMap;
import java.util.Map;
import org.glassbox.css.CssValue;

/**
 * What the cascade decided for one element: the winning value of each property that some
 * declaration sets, and of each custom property ({@code --name}), which the cascade keeps by
 * name because any name is valid.
 */
record CascadedValues(Map<Property, CssValue> properties, Map<String, CssValue> customProperties) {

    /** Nothing set: every property inherits or takes its initial value. */
    static final CascadedValues NONE = new CascadedValues(Map.of(), Map.of());

    CascadedValues {
        properties = properties.isEmpty() ? Map.of() : new EnumMap<>(properties);
        customProperties = Map.copyOf(customProperties);
    }

    /** The cascaded value of {@code property}, or null if no declaration sets it. */
    CssValue get(Property property) {
        return properties.get(property);
    }
}
