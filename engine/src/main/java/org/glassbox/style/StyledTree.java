package org.glassbox.style;

import java.util.Optional;
import org.glassbox.html.DomPrinter;
import org.jsoup.nodes.Element;

/** The style phase's artifact: the root element and every node below it with its computed style. */
public record StyledTree(StyledNode root) {

    /** The computed style of {@code element}, if it is in the tree. */
    public Optional<ComputedStyle> styleOf(Element element) {
        return find(root, element).map(StyledNode::style);
    }

    private static Optional<StyledNode> find(StyledNode node, Element element) {
        if (node.node() == element) {
            return Optional.of(node);
        }
        return node.children().stream().map(child -> find(child, element)).flatMap(Optional::stream).findFirst();
    }

    /** One line for logs, such as {@code 24 elements styled}. */
    public String summary() {
        return count(root) + " elements styled";
    }

    /** Every element with the properties that differ from their initial values; text in quotes. */
    public String dump() {
        StringBuilder out = new StringBuilder();
        dump(root, 0, out);
        return out.toString();
    }

    private static int count(StyledNode node) {
        int elements = node.element() == null ? 0 : 1;
        for (StyledNode child : node.children()) {
            elements += count(child);
        }
        return elements;
    }

    private static void dump(StyledNode node, int depth, StringBuilder out) {
        out.append("  ".repeat(depth));
        if (node.element() == null) {
            out.append(DomPrinter.quote(node.text())).append('\n');
            return;
        }
        out.append(DomPrinter.label(node.element())).append(' ').append(node.style()).append('\n');
        dumpGenerated("::before", node.before(), depth + 1, out);
        node.children().forEach(child -> dump(child, depth + 1, out));
        dumpGenerated("::after", node.after(), depth + 1, out);
    }

    private static void dumpGenerated(String pseudoElement, GeneratedContent content, int depth, StringBuilder out) {
        if (content != null) {
            out.append("  ".repeat(depth)).append(pseudoElement).append(' ').append(DomPrinter.quote(content.text()))
                    .append(' ').append(content.style()).append('\n');
        }
    }
}
