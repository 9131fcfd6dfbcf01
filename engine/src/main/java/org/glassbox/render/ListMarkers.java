package org.glassbox.render;

import java.util.IdentityHashMap;
import java.util.Map;
import org.glassbox.css.CssValue;
import org.glassbox.css.CssValue.Text;
import org.glassbox.style.ComputedStyle;
import org.glassbox.style.CounterStyle;
import org.glassbox.style.Property;
import org.jsoup.nodes.Element;

/**
 * The markers of list items (CSS 2.1 §12.5, §12.6.2): which number an item has and how its
 * {@code list-style-type} writes it. The number is the item's place among its sibling items of the
 * same kind, from the list's {@code start} or the item's own {@code value} (HTML §4.4.8); the
 * full counters of CSS Lists 3 ({@code counter-reset: list-item}) are not followed yet, nor
 * {@code reversed}.
 *
 * <p>One {@code ListMarkers} numbers one document's items, in document order, and remembers each
 * item's number: the next item counts on from the one before it instead of from the list's start,
 * so a list of n items is numbered in n steps rather than n²/2.
 */
final class ListMarkers {

    private final Map<Element, Integer> ordinals = new IdentityHashMap<>();

    /** The marker of a list item, or null for {@code list-style-type: none}. */
    RenderMarker of(Element item, ComputedStyle style) {
        CssValue type = style.get(Property.LIST_STYLE_TYPE);
        boolean outside = style.keyword(Property.LIST_STYLE_POSITION).equals("outside");
        if (type instanceof Text text) {
            return new RenderMarker(style, text.value(), "", outside);
        }
        String name = style.keyword(Property.LIST_STYLE_TYPE);
        return switch (name) {
            case "none" -> null;
            case "disc", "circle", "square" -> new RenderMarker(style, "", name, outside);
            default -> new RenderMarker(style, CounterStyle.represent(ordinal(item), name) + ". ", "", outside);
        };
    }

    private int ordinal(Element item) {
        int ordinal = countedOrdinal(item);
        ordinals.put(item, ordinal);
        return ordinal;
    }

    /**
     * HTML §4.4.8, §4.4.5: an item's {@code value}, else one more than the item before it, else
     * the list's {@code start}; counting back to the nearest item already numbered.
     */
    private int countedOrdinal(Element item) {
        int ordinal = 0;
        for (Element sibling = item; sibling != null; sibling = sibling.previousElementSibling()) {
            if (!sibling.normalName().equals(item.normalName())) {
                continue;
            }
            Integer known = knownOrdinal(sibling);
            if (known != null) {
                return known + ordinal;
            }
            ordinal++;
        }
        Element list = item.parent();
        Integer start = list == null ? null : integer(list.attr("start"));
        return (start == null ? 1 : start) + ordinal - 1;
    }

    /** An item's number if it is known without counting: numbered already, or given by its {@code value}. */
    private Integer knownOrdinal(Element item) {
        Integer numbered = ordinals.get(item);
        return numbered != null ? numbered : integer(item.attr("value"));
    }

    private static Integer integer(String attribute) {
        try {
            return attribute.isBlank() ? null : Integer.valueOf(attribute.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
