package org.glassbox.html;

import java.util.stream.Collectors;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Prints the DOM as an indented tree, one node a line, and gives every later phase the same
 * short label for an element ({@code <div#main.note>}) and for text ({@code "Hello"}).
 */
public final class DomPrinter {

    private static final int MAX_TEXT = 60;

    private DomPrinter() {}

    /** The whole tree: elements with their attributes, text in quotes, comments and data. */
    public static String print(Document dom) {
        StringBuilder out = new StringBuilder("#document\n");
        // Walked without recursion: while scripts run, the tree they build may be deeper than the stack (DepthLimit).
        NodeTraversor.traverse((NodeVisitor) (node, depth) -> print(node, depth, out), dom);
        return out.toString();
    }

    private static void print(Node node, int depth, StringBuilder out) {
        String line = depth == 0 ? null : describe(node); // depth 0 is the document, printed above
        if (line != null) {
            out.append("  ".repeat(depth)).append(line).append('\n');
        }
    }

    /** One line for a node, or null for whitespace-only text, which the tree does not show. */
    private static String describe(Node node) {
        if (node instanceof Element element) {
            return "<" + element.normalName() + element.attributes().asList().stream()
                    .map(a -> " " + a.getKey() + "=\"" + a.getValue() + "\"").collect(Collectors.joining()) + ">";
        }
        if (node instanceof TextNode text) {
            return text.isBlank() ? null : quote(text.getWholeText());
        }
        if (node instanceof DataNode data) {
            return "data " + quote(data.getWholeData());
        }
        if (node instanceof Comment comment) {
            return "<!-- " + abbreviate(comment.getData().strip()) + " -->";
        }
        if (node instanceof DocumentType doctype) {
            return "<!DOCTYPE " + doctype.name() + ">";
        }
        return node.nodeName();
    }

    /** A short, selector-like name for an element: {@code <div#main.note>}. */
    public static String label(Element element) {
        StringBuilder label = new StringBuilder("<").append(element.normalName());
        if (!element.id().isEmpty()) {
            label.append('#').append(element.id());
        }
        element.classNames().forEach(name -> label.append('.').append(name));
        return label.append('>').toString();
    }

    /**
     * An XPath-like path naming the element by its 1-based index among same-named siblings,
     * such as {@code /html[1]/body[1]/div[2]}: the key layout dumps and Chromium's share.
     */
    public static String path(Element element) {
        StringBuilder path = new StringBuilder();
        for (Element e = element; e != null && !(e instanceof Document); e = e.parent()) {
            int index = 1;
            for (Element sibling = e.previousElementSibling(); sibling != null; sibling = sibling.previousElementSibling()) {
                index += sibling.normalName().equals(e.normalName()) ? 1 : 0;
            }
            path.insert(0, "/" + e.normalName() + "[" + index + "]");
        }
        return path.toString();
    }

    /** Text in quotes with its white space collapsed, shortened if long: {@code "Hello, world"}. */
    public static String quote(String text) {
        return '"' + abbreviate(text.replaceAll("\\s+", " ")) + '"';
    }

    private static String abbreviate(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…";
    }
}
