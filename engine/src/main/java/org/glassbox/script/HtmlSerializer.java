package org.glassbox.script;

import java.util.Set;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns nodes back into markup for {@code innerHTML} and {@code outerHTML}: HTML §13.3
 * "serializing HTML fragments". Glassbox's own rather than jsoup's, whose output depends on
 * its pretty-printing settings and writes boolean attributes without a value; the standard's
 * is what browsers give: {@code <p hidden="">}, no end tag for void elements, the text of
 * {@code <script>} and {@code <style>} as it is.
 */
final class HtmlSerializer {

    /** HTML §13.1.2: elements with no contents and no end tag. */
    private static final Set<String> VOID_ELEMENTS = Set.of("area", "base", "basefont", "bgsound", "br", "col",
            "embed", "frame", "hr", "img", "input", "keygen", "link", "meta", "param", "source", "track", "wbr");

    /** Elements whose text is written without escaping (§13.3 step "If the parent of current node is ..."). */
    private static final Set<String> RAW_TEXT_PARENTS = Set.of("style", "script", "xmp", "iframe", "noembed",
            "noframes", "plaintext", "noscript");

    private HtmlSerializer() {}

    /** The markup of {@code node}'s children (the fragment serializing algorithm). */
    static String serializeChildren(Node node) {
        StringBuilder markup = new StringBuilder();
        node.childNodes().forEach(child -> append(child, markup));
        return markup.toString();
    }

    /** The markup of {@code node} itself and its descendants. */
    static String serialize(Node node) {
        StringBuilder markup = new StringBuilder();
        append(node, markup);
        return markup.toString();
    }

    private static void append(Node node, StringBuilder markup) {
        if (node instanceof Element element) {
            appendElement(element, markup);
        } else if (node instanceof DataNode data) {
            markup.append(data.getWholeData());
        } else if (node instanceof TextNode text) {
            boolean raw = node.parent() instanceof Element parent && RAW_TEXT_PARENTS.contains(parent.normalName());
            markup.append(raw ? text.getWholeText() : escape(text.getWholeText(), false));
        } else if (node instanceof Comment comment) {
            markup.append("<!--").append(comment.getData()).append("-->");
        } else if (node instanceof DocumentType doctype) {
            markup.append("<!DOCTYPE ").append(doctype.name()).append('>');
        }
    }

    private static void appendElement(Element element, StringBuilder markup) {
        markup.append('<').append(element.tagName());
        for (Attribute attribute : element.attributes()) {
            markup.append(' ').append(attribute.getKey()).append("=\"")
                    .append(escape(attribute.getValue(), true)).append('"');
        }
        markup.append('>');
        if (VOID_ELEMENTS.contains(element.normalName())) {
            return;
        }
        element.childNodes().forEach(child -> append(child, markup));
        markup.append("</").append(element.tagName()).append('>');
    }

    /**
     * HTML §13.3 "escaping a string": {@code &}, no-break spaces, {@code <} and {@code >}
     * always; {@code "} in an attribute value, where the quote would end it.
     */
    private static String escape(String text, boolean attributeMode) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '\u00A0' -> escaped.append("&nbsp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append(attributeMode ? "&quot;" : "\"");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
