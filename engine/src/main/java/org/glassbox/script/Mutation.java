package org.glassbox.script;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.mozilla.javascript.Context;

/**
 * The DOM's mutation algorithms (DOM §4.2.3) on jsoup nodes: every method that adds, moves or
 * replaces nodes — {@code appendChild}, {@code insertBefore}, {@code replaceChild},
 * {@code append}, {@code before}, {@code replaceWith}... — comes down to these few steps, so
 * their checks are made in one place. A node that is already in a tree moves: jsoup takes it
 * from its old parent when it is given a new one. A {@link DocumentFragment} is never inserted
 * itself: its children are, and it is left empty.
 */
final class Mutation {

    private Mutation() {}

    /** DOM §4.2.3 "pre-insert": inserts {@code node} into {@code parent} before {@code child} (null: at the end). */
    static void preInsert(Node node, Node parent, Node child) {
        ensurePreInsertionValidity(node, parent, child, null);
        Node reference = child == node ? node.nextSibling() : child;
        insert(node, (Element) parent, reference);
    }

    /** DOM §4.2.3 "replace": puts {@code node} where {@code child}, a child of {@code parent}, was. */
    static void replace(Node child, Node node, Node parent) {
        ensurePreInsertionValidity(node, parent, child, child);
        if (child == node) {
            return;
        }
        Node reference = child.nextSibling() == node ? node.nextSibling() : child.nextSibling();
        child.remove();
        insert(node, (Element) parent, reference);
    }

    /**
     * DOM §4.2.3 "replace all", after the pre-insertion checks {@code replaceChildren} makes:
     * every child of {@code parent} goes, and {@code node} (a fragment's children) comes in.
     */
    static void replaceAll(Node node, Element parent) {
        ensurePreInsertionValidity(node, parent, null, null);
        parent.empty();
        insert(node, parent, null);
    }

    /** DOM §4.2.3 "pre-remove": removes {@code child}, which must be a child of {@code parent}. */
    static void preRemove(Node child, Node parent) {
        if (child.parent() != parent) {
            throw DomException.error("NotFoundError", "the node to remove is not a child of this node");
        }
        child.remove();
    }

    /**
     * DOM §4.2.6 "convert nodes into a node", for {@code append}, {@code before} and the other
     * methods that take nodes or strings: a string becomes a text node, and more than one node
     * are gathered in a new fragment.
     */
    static Node convertNodesIntoNode(Object[] nodesOrStrings) {
        List<Node> nodes = new ArrayList<>();
        for (Object argument : nodesOrStrings) {
            nodes.add(argument instanceof NodeWrapper wrapper ? wrapper.node() : new TextNode(Context.toString(argument)));
        }
        if (nodes.size() == 1) {
            return nodes.get(0);
        }
        DocumentFragment fragment = new DocumentFragment();
        nodes.forEach(fragment::appendChild);
        return fragment;
    }

    /**
     * DOM §4.2.3 "insert": the node's children if it is a fragment, else the node itself, taken
     * out of where they were and put before {@code reference} (null: at the end).
     */
    private static void insert(Node node, Element parent, Node reference) {
        List<Node> nodes = node instanceof DocumentFragment ? new ArrayList<>(node.childNodes()) : List.of(node);
        nodes.forEach(Node::remove); // first, so that the reference's index is counted without them
        int index = reference == null ? parent.childNodeSize() : reference.siblingIndex();
        parent.insertChildren(index, nodes);
    }

    /**
     * DOM §4.2.3 "ensure pre-insertion validity" (and the same checks of "replace", where
     * {@code replaced} is the child that goes): the parent can have children, the node is not
     * the parent or one of its ancestors, the child is the parent's, and a document keeps at
     * most one element and no text.
     */
    private static void ensurePreInsertionValidity(Node node, Node parent, Node child, Node replaced) {
        if (!(parent instanceof Element)) {
            throw hierarchyRequestError("a " + nodeKind(parent) + " cannot have children");
        }
        if (isInclusiveAncestor(node, parent)) {
            throw hierarchyRequestError("the new child contains the parent");
        }
        if (child != null && child.parent() != parent) {
            throw DomException.error("NotFoundError", "the reference node is not a child of this node");
        }
        if (node instanceof Document || (node instanceof DocumentType && !(parent instanceof Document))) {
            throw hierarchyRequestError("a " + nodeKind(node) + " cannot be a child of a " + nodeKind(parent));
        }
        if (parent instanceof Document document) {
            ensureDocumentValidity(node, document, replaced);
        }
    }

    /** The steps for a document parent: no text, and one element at most (DOM §4.2.3 step 6). */
    private static void ensureDocumentValidity(Node node, Document document, Node replaced) {
        List<Node> inserted = node instanceof DocumentFragment ? node.childNodes() : List.of(node);
        long elements = inserted.stream().filter(Element.class::isInstance).count()
                + document.children().stream().filter(element -> element != replaced).count();
        if (inserted.stream().anyMatch(TextNode.class::isInstance) || elements > 1) {
            throw hierarchyRequestError("a document has one element child and no text");
        }
    }

    static boolean isInclusiveAncestor(Node candidate, Node node) {
        for (Node ancestor = node; ancestor != null; ancestor = ancestor.parent()) {
            if (ancestor == candidate) {
                return true;
            }
        }
        return false;
    }

    private static RuntimeException hierarchyRequestError(String reason) {
        return DomException.error("HierarchyRequestError", reason);
    }

    /** "document", "text node"...: what a message calls a node. */
    private static String nodeKind(Node node) {
        return node.nodeName().replace("#", "").replace('-', ' ');
    }
}
