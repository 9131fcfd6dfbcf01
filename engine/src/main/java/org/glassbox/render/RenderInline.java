package org.glassbox.render;

import java.util.List;
import org.glassbox.style.ComputedStyle;
import org.jsoup.nodes.Element;

/**
 * An inline box (CSS 2.1 §9.2.2) such as {@code <em>}: its children are inline-level too.
 *
 * @param element the element that generated the box; null for the box of a pseudo-element:
 *     {@code ::before}, {@code ::after} or {@code ::first-letter}
 */
public record RenderInline(Element element, ComputedStyle style, List<RenderObject> children) implements RenderObject {

    public RenderInline {
        children = List.copyOf(children);
    }
}
