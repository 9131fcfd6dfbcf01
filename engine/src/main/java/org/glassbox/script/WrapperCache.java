package org.glassbox.script;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;

/**
 * The one JavaScript object for each jsoup node a script has reached. Scripts compare nodes with
 * {@code ===} and keep them in variables, so a node must give the same object every time it is
 * returned: the wrapper is made on first use and remembered. (The name is Gecko's, whose nodes
 * keep their JavaScript object in an {@code nsWrapperCache}.)
 */
final class WrapperCache {

    private final Scriptable global;
    private final Map<Node, NodeWrapper> wrappers = new IdentityHashMap<>();

    /** @param global the global object whose {@code Node}, {@code Element}... prototypes wrappers get */
    WrapperCache(Scriptable global) {
        this.global = global;
    }

    /** The wrapper of {@code node}, or null for null: a DOM method that finds nothing returns null. */
    NodeWrapper wrap(Node node) {
        return node == null ? null : wrappers.computeIfAbsent(node, this::newWrapper);
    }

    /** Documents, elements and text nodes are the only nodes this first binding hands to scripts. */
    private NodeWrapper newWrapper(Node node) {
        NodeWrapper wrapper = node instanceof Document document ? new DocumentWrapper(document, this)
                : node instanceof Element element ? new ElementWrapper(element, this)
                : new TextWrapper((TextNode) node, this);
        wrapper.setParentScope(global);
        wrapper.setPrototype(ScriptableObject.getClassPrototype(global, wrapper.getClassName()));
        return wrapper;
    }
}
