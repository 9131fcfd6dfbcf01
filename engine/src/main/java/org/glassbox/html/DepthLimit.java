package org.glassbox.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The deepest the DOM may be: 512 elements, the limit Chromium's parser keeps (and jsoup's, by
 * default). Every later phase walks the tree recursively, so a deeper tree would overflow the
 * stack. The parser never builds one, but scripts can, one {@code appendChild} at a time;
 * {@link #flatten} then does to their tree what the parser does to deep markup: an element at
 * the limit keeps its text, and the elements below it become its following siblings, in
 * document order.
 */
public final class DepthLimit {

    /** Counting {@code <html>} as depth 1, as the parser's stack of open elements does. */
    public static final int MAX_DEPTH = 512;

    private DepthLimit() {}

    /** Flattens every subtree below {@link #MAX_DEPTH} and returns how many elements were moved up. */
    public static int flatten(Document dom) {
        int moved = 0;
        for (Element element : elementsAtTheLimit(dom)) {
            moved += flattenBelow(element);
        }
        return moved;
    }

    /** The elements at the deepest depth allowed; found without recursion, as the tree may be deeper than the stack. */
    private static List<Element> elementsAtTheLimit(Document dom) {
        List<Element> found = new ArrayList<>();
        NodeTraversor.traverse((NodeVisitor) (node, depth) -> {
            if (depth == MAX_DEPTH && node instanceof Element element && element.childrenSize() > 0) {
                found.add(element);
            }
        }, dom);
        return found;
    }

    /** Moves the element's descendant elements, in document order, to follow it as siblings, each keeping its text. */
    private static int flattenBelow(Element element) {
        List<Node> siblings = new ArrayList<>(element.getAllElements());
        siblings.remove(0); // the element itself, which comes first
        siblings.forEach(Node::remove);
        element.parent().insertChildren(element.siblingIndex() + 1, siblings);
        return siblings.size();
    }
}
