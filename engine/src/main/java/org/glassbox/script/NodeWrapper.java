package org.glassbox.script;

import java.util.stream.Collectors;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.Undefined;
import org.mozilla.javascript.annotations.JSFunction;
import org.mozilla.javascript.annotations.JSGetter;
import org.mozilla.javascript.annotations.JSSetter;

/**
 * The JavaScript object standing for a jsoup node: the {@code Node} interface of DOM §4.4, as
 * far as this first binding goes — {@code textContent}, {@code parentNode}, {@code firstChild},
 * {@code appendChild}, {@code insertBefore}, {@code removeChild} and {@code cloneNode}. Scripts get
 * these objects from the {@link WrapperCache}, never by {@code new}.
 *
 * <p>Public only because Rhino's {@code defineClass} reflects on it: it makes the
 * {@code Node.prototype} object with the public no-argument constructor and turns the public
 * annotated methods into that prototype's functions and accessors.
 */
public class NodeWrapper extends EventTarget {

    private final Node node;
    private final WrapperCache cache;

    /** Makes a prototype object, which stands for no node; Rhino's {@code defineClass} calls it. */
    public NodeWrapper() {
        this(null, null);
    }

    NodeWrapper(Node node, WrapperCache cache) {
        this.node = node;
        this.cache = cache;
    }

    @Override
    public String getClassName() {
        return "Node";
    }

    /**
     * The text inside an element, the data of a text node, null for the document
     * (DOM §4.4 "get text content").
     */
    @JSGetter
    public Object getTextContent() {
        Node node = node();
        if (node instanceof Document) {
            return null; // checked first: jsoup's Document is an Element, the DOM's is not
        }
        if (node instanceof Element element) {
            return descendantTextContent(element);
        }
        return ((TextNode) node).getWholeText();
    }

    /**
     * Replaces an element's children with the text, or a text node's data; does nothing to the
     * document (DOM §4.4 "set text content"). Null and undefined mean the empty string, as for
     * any nullable DOMString (WebIDL, "nullable types").
     */
    @JSSetter
    public void setTextContent(Object value) {
        String text = value == null || Undefined.isUndefined(value) ? "" : Context.toString(value);
        Node node = node();
        if (node instanceof Document) {
            return;
        }
        if (node instanceof Element element) {
            element.text(text); // jsoup's "string replace all": remove the children, add one text node
        } else {
            ((TextNode) node).text(text);
        }
    }

    /**
     * Appends {@code child} as this node's last child and returns it; a child already in a tree
     * moves, since jsoup removes it from its old parent first (DOM §4.2.3 "append").
     */
    @JSFunction
    public Object appendChild(Object child) {
        if (!(child instanceof NodeWrapper wrapper)) {
            throw ScriptRuntime.typeError("appendChild: the argument is not a Node");
        }
        ensurePreInsertionValidity(wrapper.node(), node());
        ((Element) node()).appendChild(wrapper.node());
        return child;
    }

    /**
     * Inserts {@code child} before {@code reference}, one of this node's children, and returns
     * it; a null reference appends (DOM §4.2.3 "pre-insert"). A child already in a tree moves.
     */
    @JSFunction
    public Object insertBefore(Object child, Object reference) {
        Node node = nodeOf(child, "insertBefore");
        ensurePreInsertionValidity(node, node());
        if (reference == null || Undefined.isUndefined(reference)) {
            ((Element) node()).appendChild(node);
            return child;
        }
        Node before = nodeOf(reference, "insertBefore");
        if (before.parent() != node()) {
            throw ScriptRuntime.typeError("insertBefore: the reference is not a child of this node (NotFoundError)");
        }
        node.remove(); // first, so that the reference's index is counted without it
        ((Element) node()).insertChildren(before.siblingIndex(), node);
        return child;
    }

    /** Removes {@code child}, which must be one of this node's children, and returns it (DOM §4.2.3 "pre-remove"). */
    @JSFunction
    public Object removeChild(Object child) {
        Node node = nodeOf(child, "removeChild");
        if (node.parent() != node()) {
            throw ScriptRuntime.typeError("removeChild: the node is not a child of this node (NotFoundError)");
        }
        node.remove();
        return child;
    }

    /** The node's parent, or null (DOM §4.4); a document is an element to jsoup, but to the DOM has no parent. */
    @JSGetter
    public Object getParentNode() {
        return node() instanceof Document ? null : wrap(node().parent());
    }

    /** The node's first child, or null (DOM §4.4). */
    @JSGetter
    public Object getFirstChild() {
        return node().childNodeSize() == 0 ? null : wrap(node().childNode(0));
    }

    /** A copy of the node in no tree, with copies of its descendants if {@code deep} (DOM §4.4 "clone a node"). */
    @JSFunction
    public Object cloneNode(boolean deep) {
        Node copy = deep ? node().clone() : node().shallowClone();
        copy.remove(); // jsoup puts a copy in a shell document of its own; the DOM's has no parent
        return wrap(copy);
    }

    private static Node nodeOf(Object argument, String method) {
        if (!(argument instanceof NodeWrapper wrapper)) {
            throw ScriptRuntime.typeError(method + ": the argument is not a Node");
        }
        return wrapper.node();
    }

    /** The wrapped node. A prototype object wraps none: using it as a node is a TypeError, as in browsers. */
    final Node node() {
        if (node == null) {
            throw ScriptRuntime.typeError("Illegal invocation: not a node, only a prototype");
        }
        return node;
    }

    /** The object scripts see for {@code node}, or null for null. */
    final NodeWrapper wrap(Node node) {
        return cache.wrap(node);
    }

    /**
     * The steps of DOM §4.2.3 "ensure pre-insertion validity" that can fail in this binding. The
     * DOM throws a HierarchyRequestError DOMException; Glassbox has no DOMException yet, so a
     * TypeError names it.
     */
    private static void ensurePreInsertionValidity(Node child, Node parent) {
        // A text node has no children; a document may have one element child, and a parsed
        // document always has it already: <html>.
        if (!(parent instanceof Element) || parent instanceof Document) {
            throw hierarchyRequestError("this node cannot have another child");
        }
        if (child instanceof Document || isInclusiveAncestor(child, parent)) {
            throw hierarchyRequestError("the new child contains the parent");
        }
    }

    private static boolean isInclusiveAncestor(Node candidate, Node node) {
        for (Node ancestor = node; ancestor != null; ancestor = ancestor.parent()) {
            if (ancestor == candidate) {
                return true;
            }
        }
        return false;
    }

    private static RuntimeException hierarchyRequestError(String reason) {
        return ScriptRuntime.typeError("appendChild: " + reason + " (HierarchyRequestError)");
    }

    /**
     * The data of every text node inside {@code element}, in tree order (DOM §4.4 "descendant
     * text content"). jsoup keeps the text of {@code <script>} and {@code <style>} in DataNodes;
     * the DOM has text nodes there too.
     */
    private static String descendantTextContent(Element element) {
        return element.nodeStream().map(NodeWrapper::data).collect(Collectors.joining());
    }

    private static String data(Node node) {
        if (node instanceof TextNode text) {
            return text.getWholeText();
        }
        return node instanceof DataNode data ? data.getWholeData() : "";
    }
}
