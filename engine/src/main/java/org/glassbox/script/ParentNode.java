package org.glassbox.script;

import java.util.List;
import org.glassbox.css.Selector;
import org.jsoup.nodes.Element;
import org.mozilla.javascript.ScriptRuntime;

/**
 * {@code querySelector} of the {@code ParentNode} mixin (DOM §4.2.6), which documents and
 * elements share. Matching is done by Glassbox's own {@link Selector}, the same engine the
 * cascade uses, never by jsoup's.
 */
final class ParentNode {

    private ParentNode() {}

    /**
     * The first element inside {@code root}, in tree order, that a selector of the list matches;
     * null if none does (DOM §4.2.6 "scope-match a selectors string"). A selector is matched
     * against the whole tree, so from a {@code <div>}, {@code "body p"} finds a {@code <p>} in
     * the div although the body is outside it.
     */
    static Element querySelector(Element root, String selectors) {
        List<Selector> list = parse(selectors);
        return root.stream()
                .filter(element -> element != root && list.stream().anyMatch(selector -> selector.matches(element)))
                .findFirst()
                .orElse(null);
    }

    /** An invalid selector is a SyntaxError, the name the DOM gives its DOMException. */
    private static List<Selector> parse(String selectors) {
        try {
            return Selector.parseList(selectors);
        } catch (IllegalArgumentException e) {
            throw ScriptRuntime.constructError("SyntaxError", e.getMessage());
        }
    }
}
