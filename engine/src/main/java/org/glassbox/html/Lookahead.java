package org.glassbox.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * What the parser built past a script's end tag before handing the script over. jsoup's
 * {@link org.jsoup.parser.StreamParser} hands an element back once the next element starts (or
 * its parent ends), so when a script comes back the tree already holds a little of what follows
 * it: text, a comment, the start of the next element. A browser runs the script right at its end
 * tag, so that content is set aside while the script runs — the script sees the DOM as it stood
 * at its end tag — and put back afterwards, after anything the script appended.
 */
final class Lookahead {

    /** A node set aside, and the parent it goes back to. */
    private record Placement(Element parent, Node node) {}

    private final List<Placement> placements;

    private Lookahead(List<Placement> placements) {
        this.placements = placements;
    }

    /**
     * Takes out every node after {@code script} in tree order: the siblings that follow it, and
     * those of each of its ancestors. The parser only ever appends (foster parenting aside), so
     * these are exactly the nodes parsed after the script's end tag.
     */
    static Lookahead setAside(Element script) {
        List<Placement> placements = new ArrayList<>();
        for (Node node = script; node.parentElement() != null; node = node.parentElement()) {
            for (Node next = node.nextSibling(); next != null; next = next.nextSibling()) {
                placements.add(new Placement(node.parentElement(), next));
            }
        }
        placements.forEach(placement -> placement.node().remove());
        return new Lookahead(placements);
    }

    /** Puts the nodes back at the end of their parents, in their order, where the parser goes on appending. */
    void restore() {
        placements.forEach(placement -> placement.parent().appendChild(placement.node()));
    }
}
