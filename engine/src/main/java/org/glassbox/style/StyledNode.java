package org.glassbox.style;

import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A DOM node with its computed style: an element, or a text node, which has its parent's
 * style (CSS 2.1 §9.2.2.1: text is styled by the element it is in). An element may also have
 * content its {@code ::before} and {@code ::after} generate, and rules for its first letter.
 *
 * @param before generated content before the element's own, or null
 * @param after generated content after the element's own, or null
 * @param firstLetter the element's {@code ::first-letter} rules, or null if none apply to it
 */
public record StyledNode(Node node, ComputedStyle style, List<StyledNode> children, GeneratedContent before,
        GeneratedContent after, FirstLetterStyle firstLetter) {

    public StyledNode {
        children = List.copyOf(children);
    }

    /** A node without generated content. */
    public StyledNode(Node node, ComputedStyle style, List<StyledNode> children) {
        this(node, style, children, null, null, null);
    }

    /** The element, or null for text. */
    public Element element() {
        return node instanceof Element element ? element : null;
    }

    /** The text, or null for an element. */
    public String text() {
        return node instanceof TextNode text ? text.getWholeText() : null;
    }
}
