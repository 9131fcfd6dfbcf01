package org.glassbox.render;

import java.util.List;
import org.glassbox.style.ComputedStyle;
import org.jsoup.nodes.Element;

/**
 * An inline box (CSS 2.1 §9.2.2) such as {@code <em>}: its children are inline-level too.
 *
 * <p>An inline element that holds a block is broken around it into several parts (CSS 2.1
 * §9.2.1.1), each one of these boxes with the element's style. Only the first part has the
 * element's start edge and only the last its end edge: the left and right margin, border and
 * padding of a left-to-right inline are drawn there and nowhere else (CSS 2.1 §8.6).
 *
 * @param element the element that generated the box; null for the box of a pseudo-element:
 *     {@code ::before}, {@code ::after} or {@code ::first-letter}
 * @param hasStartEdge the part begins where the element begins
 * @param hasEndEdge the part ends where the element ends
 */
public record RenderInline(Element element, ComputedStyle style, List<RenderObject> children, boolean hasStartEdge,
        boolean hasEndEdge) implements RenderObject {

    public RenderInline {
        children = List.copyOf(children);
    }

    /** The box of a whole inline element, not broken around any block. */
    public RenderInline(Element element, ComputedStyle style, List<RenderObject> children) {
        this(element, style, children, true, true);
    }

    /** Whether the box is only a part of its element, which was broken around a block. */
    public boolean isPart() {
        return !(hasStartEdge && hasEndEdge);
    }

    /**
     * A box is itself and no other: two parts of one element can hold the same things and still
     * be two boxes. Identity also keeps a box cheap as a map key, where a record's own hash
     * would walk every box inside it, making layout quadratic in a long inline element.
     */
    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
