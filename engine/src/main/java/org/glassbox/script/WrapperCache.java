package org.glassbox.script;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;

/**
 * The one JavaScript object for each jsoup node a script has reached. Scripts compare nodes with
 * {@code ===} and keep them in variables, so a node must give the same object every time it is
 * returned: the wrapper is made on first use and remembered. (The name is Gecko's, whose nodes
 * keep their JavaScript object in an {@code nsWrapperCache}.) It also makes the other host
 * objects the DOM hands out — collections, token lists — with their interface's prototype.
 */
final class WrapperCache {

    private final Scriptable global;
    private final Document document;
    private final Map<Node, NodeWrapper> wrappers = new IdentityHashMap<>();
    private final Map<Node, NodeList> childNodes = new IdentityHashMap<>();
    private final Map<Element, HtmlCollection> children = new IdentityHashMap<>();

    /**
     * @param global the global object whose {@code Node}, {@code Element}... prototypes wrappers get
     * @param document the page's document, every node's owner document
     */
    WrapperCache(Scriptable global, Document document) {
        this.global = global;
        this.document = document;
    }

    /** The wrapper of {@code node}, or null for null: a DOM method that finds nothing returns null. */
    NodeWrapper wrap(Node node) {
        return node == null ? null : wrappers.computeIfAbsent(node, this::newWrapper);
    }

    NodeWrapper document() {
        return wrap(document);
    }

    /** The live {@code childNodes} of {@code node}: one NodeList per node, as DOM §4.4 asks ("the same object"). */
    NodeList childNodes(Node node) {
        return childNodes.computeIfAbsent(node, parent -> withPrototype(new NodeList(parent::childNodes, this)));
    }

    /** The live {@code children} of {@code parent}, also the same object each time ([SameObject] in DOM §4.2.6). */
    HtmlCollection children(Element parent) {
        return children.computeIfAbsent(parent, element -> liveCollection(element::children));
    }

    /** A NodeList that holds {@code nodes} and never changes, such as {@code querySelectorAll}'s. */
    NodeList staticNodeList(List<? extends Node> nodes) {
        List<Node> fixed = List.copyOf(nodes);
        return withPrototype(new NodeList(() -> fixed, this));
    }

    /** A live HTMLCollection whose elements {@code elements} finds again at each access. */
    HtmlCollection liveCollection(Supplier<List<Element>> elements) {
        return withPrototype(new HtmlCollection(elements, this));
    }

    /** Gives a host object this realm's global as its scope and its interface's prototype. */
    <T extends ScriptableObject> T withPrototype(T object) {
        return Window.adopt(global, object);
    }

    private NodeWrapper newWrapper(Node node) {
        return withPrototype(node instanceof Document page ? new DocumentWrapper(page, this)
                : node instanceof DocumentFragment ? new DocumentFragmentWrapper(node, this)
                : node instanceof Element element ? new ElementWrapper(element, this)
                : node instanceof TextNode || node instanceof DataNode ? new TextWrapper(node, this)
                : node instanceof Comment comment ? new CommentWrapper(comment, this)
                : node instanceof DocumentType doctype ? new DocumentTypeWrapper(doctype, this)
                : new NodeWrapper(node, this)); // jsoup's XmlDeclaration, which an HTML page does not make
    }
}
