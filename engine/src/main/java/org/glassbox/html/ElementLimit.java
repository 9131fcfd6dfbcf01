package org.glassbox.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The most elements a page keeps: 200,000. Browsers set no such limit, and real pages stay well
 * below it (Lighthouse calls a DOM of more than 1,400 elements excessive; a long Wikipedia
 * article has about 12,000), while every element costs Glassbox some ten microseconds and
 * kilobytes across the phases: 100,000 render in about three seconds, and the 64 MiB a response
 * may hold could spell eight million.
 *
 * <p>Elements count in the order they are completed, as the parser hands them back: an element
 * after its descendants. The parser stops at the limit; a script can go past it, one
 * {@code appendChild} at a time, so once scripts have run {@link #cut} removes what follows the
 * last element kept, as the parser would have left it out.
 */
public final class ElementLimit {

    public static final int MAX_ELEMENTS = 200_000;

    private ElementLimit() {}

    /** Removes the elements completed after the first {@link #MAX_ELEMENTS}; returns how many were removed. */
    public static int cut(Document dom) {
        Element last = lastKept(dom);
        return last == null ? 0 : cutAfter(last);
    }

    /**
     * Removes what follows {@code last} in document order but its ancestors, and returns how
     * many elements that was. Each parent is emptied and given back the children it keeps, all
     * at once: removing them one by one makes jsoup number the siblings anew each time, which
     * took minutes for a hundred thousand.
     */
    static int cutAfter(Element last) {
        int removed = 0;
        for (Element node = last; node.parent() != null; node = node.parent()) {
            Element parent = node.parent();
            List<Node> kept = new ArrayList<>(parent.childNodes().subList(0, node.siblingIndex() + 1));
            for (Node cut : parent.childNodes().subList(kept.size(), parent.childNodeSize())) {
                removed += cut instanceof Element element ? element.getAllElements().size() : 0;
            }
            parent.empty().appendChildren(kept);
        }
        return removed;
    }

    /** The {@link #MAX_ELEMENTS}th element to be completed, found without recursion; null if the page has fewer. */
    private static Element lastKept(Document dom) {
        Element[] last = {null};
        int[] completed = {0};
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {}

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && node != dom && ++completed[0] == MAX_ELEMENTS) {
                    last[0] = element;
                }
            }
        }, dom);
        return last[0];
    }
}
