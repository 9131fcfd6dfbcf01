package org.glassbox.script;

import java.util.Locale;
import java.util.stream.Collectors;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.Undefined;
import org.mozilla.javascript.annotations.JSFunction;
import org.mozilla.javascript.annotations.JSGetter;
import org.mozilla.javascript.annotations.JSSetter;

/**
 * The JavaScript object standing for a jsoup node: the {@code Node} interface of DOM §4.4 —
 * what every node has, whatever its type: its type and name, its place in the tree
 * ({@code parentNode}, {@code childNodes}, the siblings), its text, and the methods that add,
 * move and remove children, which come down to the {@link Mutation} algorithms. Scripts get
 * these objects from the {@link WrapperCache}, never by {@code new}.
 *
 * <p>Public only because Rhino's {@code defineClass} reflects on it: it makes the
 * {@code Node.prototype} object with the public no-argument constructor and turns the public
 * annotated methods into that prototype's functions and accessors.
 */
public class NodeWrapper extends EventTarget {

    /** The {@code nodeType} values (DOM §4.4), also the constants {@code Node.ELEMENT_NODE}... */
    static final int ELEMENT_NODE = 1;
    static final int TEXT_NODE = 3;
    static final int COMMENT_NODE = 8;
    static final int DOCUMENT_NODE = 9;
    static final int DOCUMENT_TYPE_NODE = 10;
    static final int DOCUMENT_FRAGMENT_NODE = 11;

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

    /** Which kind of node this is, one of the constants (DOM §4.4). */
    @JSGetter
    public int getNodeType() {
        Node node = node();
        return node instanceof Document ? DOCUMENT_NODE
                : node instanceof DocumentFragment ? DOCUMENT_FRAGMENT_NODE
                : node instanceof Element ? ELEMENT_NODE
                : node instanceof Comment ? COMMENT_NODE
                : node instanceof DocumentType ? DOCUMENT_TYPE_NODE
                : TEXT_NODE;
    }

    /** An element's {@code tagName}, a doctype's name, or {@code #text}, {@code #comment}... (DOM §4.4). */
    @JSGetter
    public String getNodeName() {
        Node node = node();
        if (node instanceof DataNode) {
            return "#text"; // the text of a <script> or <style>, which jsoup keeps apart
        }
        if (node instanceof Element element && !(node instanceof Document) && !(node instanceof DocumentFragment)) {
            return tagName(element);
        }
        return node instanceof DocumentType doctype ? doctype.name() : node.nodeName();
    }

    /**
     * DOM §4.9 "HTML-uppercased qualified name": an HTML element's name in capitals
     * ({@code DIV}); an SVG or MathML element keeps its case ({@code foreignObject}).
     */
    static String tagName(Element element) {
        boolean html = Parser.NamespaceHtml.equals(element.tag().namespace());
        return html ? element.tagName().toUpperCase(Locale.ROOT) : element.tagName();
    }

    /**
     * The text inside an element or fragment, the data of a text node or comment, null for the
     * document and a doctype (DOM §4.4 "get text content").
     */
    @JSGetter
    public Object getTextContent() {
        Node node = node();
        if (node instanceof Document || node instanceof DocumentType) {
            return null; // checked first: jsoup's Document is an Element, the DOM's is not
        }
        if (node instanceof Element element) {
            return descendantTextContent(element);
        }
        return CharacterDataWrapper.data(node);
    }

    /**
     * Replaces an element's children with one text node, or a text node's data; does nothing to
     * the document (DOM §4.4 "set text content"). Null and undefined mean the empty string, as
     * for any nullable DOMString (WebIDL, "nullable types").
     */
    @JSSetter
    public void setTextContent(Object value) {
        String text = value == null || Undefined.isUndefined(value) ? "" : Context.toString(value);
        Node node = node();
        if (node instanceof Document || node instanceof DocumentType) {
            return;
        }
        if (node instanceof Element element) {
            element.empty(); // DOM "string replace all": no text node at all for the empty string
            if (!text.isEmpty()) {
                element.appendChild(new TextNode(text));
            }
        } else {
            CharacterDataWrapper.setData(node, text);
        }
    }

    /** The data of a text node or comment; null for any other node, and setting it does nothing (DOM §4.4). */
    @JSGetter
    public Object getNodeValue() {
        return this instanceof CharacterDataWrapper ? CharacterDataWrapper.data(node()) : null;
    }

    @JSSetter
    public void setNodeValue(Object value) {
        if (this instanceof CharacterDataWrapper) {
            setTextContent(value);
        }
    }

    /** The node's parent, or null (DOM §4.4); a document is an element to jsoup, but to the DOM has no parent. */
    @JSGetter
    public Object getParentNode() {
        return node() instanceof Document ? null : wrap(node().parent());
    }

    /** The parent if it is an element, else null: {@code <html>}'s parent is the document (DOM §4.4). */
    @JSGetter
    public Object getParentElement() {
        Node parent = node() instanceof Document ? null : node().parent();
        return parent instanceof Element && !(parent instanceof Document) ? wrap(parent) : null;
    }

    /** The node's document (DOM §4.4), or null for the document itself. */
    @JSGetter
    public Object getOwnerDocument() {
        return node() instanceof Document ? null : cache.document();
    }

    /** The children as a live NodeList: the same object each time, always showing the children of now (DOM §4.4). */
    @JSGetter
    public Object getChildNodes() {
        return cache.childNodes(node());
    }

    /** The node's first child, or null (DOM §4.4). */
    @JSGetter
    public Object getFirstChild() {
        return node().childNodeSize() == 0 ? null : wrap(node().childNode(0));
    }

    /** The node's last child, or null (DOM §4.4). */
    @JSGetter
    public Object getLastChild() {
        return node().childNodeSize() == 0 ? null : wrap(node().childNode(node().childNodeSize() - 1));
    }

    /** The child of the same parent right before this one, or null (DOM §4.4). */
    @JSGetter
    public Object getPreviousSibling() {
        return wrap(node().previousSibling());
    }

    /** The child of the same parent right after this one, or null (DOM §4.4). */
    @JSGetter
    public Object getNextSibling() {
        return wrap(node().nextSibling());
    }

    @JSFunction
    public boolean hasChildNodes() {
        return node().childNodeSize() > 0;
    }

    /** Whether {@code other} is this node or inside it (DOM §4.4 "inclusive descendant"); false for null. */
    @JSFunction
    public boolean contains(Object other) {
        return other instanceof NodeWrapper wrapper && Mutation.isInclusiveAncestor(node(), wrapper.node());
    }

    /** Appends {@code child} as this node's last child and returns it; a child already in a tree moves (DOM §4.4). */
    @JSFunction
    public Object appendChild(Object child) {
        Mutation.preInsert(nodeOf(child, "appendChild"), node(), null);
        return child;
    }

    /** Inserts {@code child} before {@code reference}, a child of this node, and returns it; a null reference appends (DOM §4.4). */
    @JSFunction
    public Object insertBefore(Object child, Object reference) {
        Node before = reference == null || Undefined.isUndefined(reference) ? null : nodeOf(reference, "insertBefore");
        Mutation.preInsert(nodeOf(child, "insertBefore"), node(), before);
        return child;
    }

    /** Puts {@code node} in the place of {@code child}, a child of this node, and returns the child (DOM §4.4). */
    @JSFunction
    public Object replaceChild(Object node, Object child) {
        Mutation.replace(nodeOf(child, "replaceChild"), nodeOf(node, "replaceChild"), node());
        return child;
    }

    /** Removes {@code child}, which must be one of this node's children, and returns it (DOM §4.4). */
    @JSFunction
    public Object removeChild(Object child) {
        Mutation.preRemove(nodeOf(child, "removeChild"), node());
        return child;
    }

    /** A copy of the node in no tree, with copies of its descendants if {@code deep} (DOM §4.4 "clone a node"). */
    @JSFunction
    public Object cloneNode(boolean deep) {
        if (node() instanceof Document) {
            throw DomException.error("NotSupportedError", "Glassbox cannot clone a document");
        }
        Node copy = deep ? node().clone() : node().shallowClone();
        copy.remove(); // jsoup puts a copy in a shell document of its own; the DOM's has no parent
        return wrap(copy);
    }

    /** The node an argument stands for; anything else is a TypeError, as WebIDL converts a {@code Node} argument. */
    static Node nodeOf(Object argument, String method) {
        if (!(argument instanceof NodeWrapper wrapper)) {
            throw ScriptRuntime.typeError(method + ": the argument is not a Node");
        }
        return wrapper.node();
    }

    /**
     * The wrapper a mixin's function or getter was called on. Called on anything else — another
     * object, through {@code call} — it is a TypeError, as in browsers.
     */
    static NodeWrapper thisWrapper(Object thisObj) {
        if (!(thisObj instanceof NodeWrapper wrapper)) {
            throw ScriptRuntime.typeError("Illegal invocation: not a node");
        }
        wrapper.node(); // a prototype is no node either
        return wrapper;
    }

    /** The node a mixin's function or getter was called on; see {@link #thisWrapper}. */
    static Node thisNode(Object thisObj) {
        return thisWrapper(thisObj).node();
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

    /** The cache this node's wrapper came from, which makes the collections and other objects it hands out. */
    final WrapperCache cache() {
        node(); // a prototype has no cache either: the same TypeError
        return cache;
    }

    /**
     * The data of every text node inside {@code element}, in tree order (DOM §4.4 "descendant
     * text content"). jsoup keeps the text of {@code <script>} and {@code <style>} in DataNodes;
     * the DOM has text nodes there too.
     */
    static String descendantTextContent(Element element) {
        return element.nodeStream().filter(node -> node instanceof TextNode || node instanceof DataNode)
                .map(CharacterDataWrapper::data).collect(Collectors.joining());
    }
}
