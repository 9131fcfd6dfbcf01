package org.glassbox.html;

import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;

/**
 * Where {@code document.write} puts markup while a parser-blocking script runs: right after the
 * script's end tag (HTML §8.4.3 "document.write()": into the input stream at the insertion
 * point). A browser parses the written characters as part of the page, so an unbalanced
 * {@code write("<div>")} opens an element that the page's next markup goes into. jsoup's
 * parser cannot take input back, so here each write is parsed on its own, as a fragment in the
 * context of the script's parent, and inserted after the script and what was written before it:
 * balanced writes come out as in a browser, unbalanced ones are closed at the end of each write.
 * Scripts among the written markup run as soon as they are inserted, as they would when the
 * parser reached them.
 */
public final class InsertionPoint {

    private final Element script;
    private final Element parent;
    private final ScriptHost scripts;
    private Node last;

    InsertionPoint(Element script, ScriptHost scripts) {
        this.script = script;
        this.parent = script.parent() == null ? script : script.parent();
        this.scripts = scripts;
        this.last = script;
    }

    /**
     * Parses {@code markup} and inserts it at the insertion point, then runs the scripts it
     * holds. If the script took itself (or what was written last) out of the tree, the markup
     * goes at the end of the script's parent, where the parser goes on inserting.
     */
    public void write(String markup) {
        List<Node> nodes = Parser.htmlParser().parseFragmentInput(markup, parent, script.baseUri());
        for (Node node : nodes) {
            if (last.parentNode() == null) {
                parent.appendChild(node);
            } else {
                last.after(node);
            }
            last = node;
        }
        nodes.stream().filter(Element.class::isInstance).map(Element.class::cast)
                .flatMap(element -> element.getElementsByTag("script").stream())
                .forEach(written -> scripts.scriptEndTagReached(written, new InsertionPoint(written, scripts)));
    }
}
