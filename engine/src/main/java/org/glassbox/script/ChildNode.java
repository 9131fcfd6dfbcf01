package org.glassbox.script;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.nodes.Node;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Function;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.Undefined;
import org.mozilla.javascript.annotations.JSFunction;

/**
 * The {@code ChildNode} mixin (DOM §4.2.8), which elements, character data and doctypes
 * include: a node puts nodes or strings beside itself ({@code before}, {@code after}), gives its
 * place to them ({@code replaceWith}), or leaves its parent ({@code remove}). A node without a
 * parent does nothing. Installed like {@link ParentNode}; public for Rhino's reflection.
 */
public final class ChildNode {

    private ChildNode() {}

    /** Inserts the nodes before this one, after its last preceding sibling that is not among them. */
    @JSFunction
    public static Object before(Context cx, Scriptable thisObj, Object[] nodes, Function function) {
        Node child = NodeWrapper.thisNode(thisObj);
        Node parent = child.parent();
        if (parent != null) {
            Node previous = viableSibling(child, nodes, -1);
            Node node = Mutation.convertNodesIntoNode(nodes);
            Mutation.preInsert(node, parent, previous == null ? parent.childNode(0) : previous.nextSibling());
        }
        return Undefined.instance;
    }

    /** Inserts the nodes after this one, before its first following sibling that is not among them. */
    @JSFunction
    public static Object after(Context cx, Scriptable thisObj, Object[] nodes, Function function) {
        Node child = NodeWrapper.thisNode(thisObj);
        Node parent = child.parent();
        if (parent != null) {
            Node next = viableSibling(child, nodes, 1);
            Mutation.preInsert(Mutation.convertNodesIntoNode(nodes), parent, next);
        }
        return Undefined.instance;
    }

    /** Puts the nodes where this one is, and takes it out. */
    @JSFunction
    public static Object replaceWith(Context cx, Scriptable thisObj, Object[] nodes, Function function) {
        Node child = NodeWrapper.thisNode(thisObj);
        Node parent = child.parent();
        if (parent != null) {
            Node next = viableSibling(child, nodes, 1);
            Node node = Mutation.convertNodesIntoNode(nodes);
            if (child.parent() == parent) {
                Mutation.replace(child, node, parent);
            } else {
                Mutation.preInsert(node, parent, next); // the node was among the arguments and has moved
            }
        }
        return Undefined.instance;
    }

    /** Takes this node out of its parent, if it has one. */
    @JSFunction
    public static Object remove(Context cx, Scriptable thisObj, Object[] args, Function function) {
        NodeWrapper.thisNode(thisObj).remove();
        return Undefined.instance;
    }

    /**
     * The nearest sibling in {@code direction} (-1 before, 1 after) that is not one of the
     * arguments, which are about to move: "viable previous/next sibling" in DOM §4.2.8.
     */
    private static Node viableSibling(Node child, Object[] arguments, int direction) {
        Set<Node> moving = Arrays.stream(arguments).filter(NodeWrapper.class::isInstance)
                .map(argument -> ((NodeWrapper) argument).node()).collect(Collectors.toSet());
        Node sibling = direction < 0 ? child.previousSibling() : child.nextSibling();
        while (sibling != null && moving.contains(sibling)) {
            sibling = direction < 0 ? sibling.previousSibling() : sibling.nextSibling();
        }
        return sibling;
    }
}
