package org.glassbox.script;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.ParseSettings;
import org.jsoup.parser.Tag;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Function;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.Undefined;
import org.mozilla.javascript.annotations.JSFunction;
import org.mozilla.javascript.annotations.JSGetter;
import org.mozilla.javascript.annotations.JSSetter;

/**
 * The JavaScript object standing for the jsoup document, the page's {@code document}: its
 * roots ({@code documentElement}, {@code head}, {@code body}), its {@code title} and address,
 * finding elements, and making new nodes (DOM §4.5, HTML §3.1.3). Finding by selector and the
 * element children come from the {@link ParentNode} mixin. Public only because Rhino's
 * {@code defineClass} reflects on it.
 */
public final class DocumentWrapper extends NodeWrapper {

    /**
     * DOM §4.5 "valid element local name": an ASCII letter followed by anything but whitespace,
     * NUL, '/' and '>'; or ':', '_' or a non-ASCII character followed by letters, digits,
     * "-.:_" and non-ASCII characters.
     */
    private static final Pattern VALID_ELEMENT_NAME = Pattern.compile(
            "[A-Za-z][^\\t\\n\\f\\r />\\x00]*|[:_\\x{80}-\\x{10FFFF}][-.:_A-Za-z0-9\\x{80}-\\x{10FFFF}]*");

    private Location location;

    /** Makes the {@code Document.prototype} object; Rhino's {@code defineClass} calls it. */
    public DocumentWrapper() {}

    DocumentWrapper(Document document, WrapperCache cache) {
        super(document, cache);
    }

    @Override
    public String getClassName() {
        return "Document";
    }

    /**
     * The first element in tree order whose ID is {@code elementId}, or null (DOM §4.2.4). No
     * element has the empty string as its ID (DOM §4.9), so that finds nothing.
     */
    @JSFunction
    public Object getElementById(String elementId) {
        if (elementId.isEmpty()) {
            return null;
        }
        return wrap(document().stream().filter(element -> element.id().equals(elementId)).findFirst().orElse(null));
    }

    /** The live HTMLCollection of the document's elements with the given name ({@code "*"}: all). */
    @JSFunction
    public Object getElementsByTagName(String qualifiedName) {
        return ParentNode.elementsByTagName(this, qualifiedName);
    }

    /** The live HTMLCollection of the document's elements that have every class of the list. */
    @JSFunction
    public Object getElementsByClassName(String classNames) {
        return ParentNode.elementsByClassName(this, classNames);
    }

    /**
     * A new element, not yet in the tree. In an HTML document the name is lowercased (DOM §4.5);
     * an invalid name is an InvalidCharacterError.
     */
    @JSFunction
    public Object createElement(String localName) {
        if (!VALID_ELEMENT_NAME.matcher(localName).matches()) {
            throw DomException.error("InvalidCharacterError", "'" + localName + "' is not a valid element name");
        }
        return wrap(document().createElement(localName.toLowerCase(Locale.ROOT)));
    }

    /**
     * A new element in {@code namespace}, null meaning none, with {@code qualifiedName} as it is
     * — no lowercasing (DOM §4.5 "create an element NS"). A prefix is kept in the name; the
     * checks that tie a prefix to its namespace are left out.
     */
    @JSFunction
    public Object createElementNS(Object namespace, String qualifiedName) {
        String prefixed = qualifiedName.contains(":") ? qualifiedName.substring(qualifiedName.indexOf(':') + 1) : qualifiedName;
        if (!VALID_ELEMENT_NAME.matcher(prefixed).matches()) {
            throw DomException.error("InvalidCharacterError", "'" + qualifiedName + "' is not a valid element name");
        }
        String uri = namespace == null || Undefined.isUndefined(namespace) ? "" : Context.toString(namespace);
        return wrap(new Element(Tag.valueOf(qualifiedName, uri, ParseSettings.preserveCase), document().baseUri()));
    }

    /** A new text node holding {@code data}, not yet in the tree (DOM §4.5). */
    @JSFunction
    public Object createTextNode(String data) {
        return wrap(new TextNode(data));
    }

    /** A new comment holding {@code data} (DOM §4.5). */
    @JSFunction
    public Object createComment(String data) {
        return wrap(new Comment(data));
    }

    /** A new empty DocumentFragment, to gather nodes and insert them at once (DOM §4.5). */
    @JSFunction
    public Object createDocumentFragment() {
        return wrap(new DocumentFragment());
    }

    /** The document's element child, {@code <html>} in a parsed page (DOM §4.5). */
    @JSGetter
    public Object getDocumentElement() {
        return wrap(document().firstElementChild());
    }

    /** The {@code <!DOCTYPE>} node, or null if the page has none (DOM §4.5). */
    @JSGetter
    public Object getDoctype() {
        return wrap(document().documentType());
    }

    /** The first {@code <head>} child of {@code <html>}, or null (HTML §3.1.3). */
    @JSGetter
    public Object getHead() {
        return wrap(htmlChild("head").orElse(null));
    }

    /**
     * The first {@code <body>} or {@code <frameset>} child of {@code <html>}, or null
     * (HTML §3.1.3). Not jsoup's {@code body()}, which would make a body if there were none.
     */
    @JSGetter
    public Object getBody() {
        return wrap(htmlChild("body").or(() -> htmlChild("frameset")).orElse(null));
    }

    /**
     * The text of the first {@code <title>} in the document, with its whitespace stripped and
     * collapsed (HTML §3.1.3 {@code document.title}); the empty string if there is none.
     */
    @JSGetter
    public String getTitle() {
        return titleElement().map(title -> descendantTextContent(title).strip().replaceAll("[ \\t\\n\\f\\r]+", " "))
                .orElse("");
    }

    /** Replaces the title's text; without a title, adds one to the head, if there is a head (HTML §3.1.3). */
    @JSSetter
    public void setTitle(String value) {
        Optional<Element> title = titleElement().or(() -> htmlChild("head").map(head -> head.appendElement("title")));
        title.ifPresent(element -> element.empty().appendChild(new TextNode(value)));
    }

    /** The document's address (DOM §4.5 {@code URL}). */
    @JSGetter("URL")
    public String getUrl() {
        return document().location();
    }

    /**
     * HTML §3.1.5 {@code document.cookie}: the page's cookies from the engine's cookie jar, all
     * but the HttpOnly ones; the empty string on a page that did not come from http(s).
     */
    @JSGetter
    public String getCookie() {
        return Window.of(this).subresources().documentCookie();
    }

    /** Sets, replaces or deletes one cookie, written as the value of a Set-Cookie header. */
    @JSSetter
    public void setCookie(String cookie) {
        Window.of(this).subresources().setDocumentCookie(cookie);
    }

    /** The page's {@link Location}, the same object each time. */
    @JSGetter
    public Object getLocation() {
        if (location == null) {
            location = cache().withPrototype(new Location(URI.create(document().location())));
        }
        return location;
    }

    private Optional<Element> titleElement() {
        return document().stream().filter(element -> element.nameIs("title")).findFirst();
    }

    private Optional<Element> htmlChild(String name) {
        Element html = document().firstElementChild();
        if (html == null || !html.nameIs("html")) {
            return Optional.empty();
        }
        return html.children().stream().filter(child -> child.nameIs(name)).findFirst();
    }

    /** {@code document.write(...text)}: markup where the running script stands (HTML §8.4.3; see {@link LoadingDocument}). */
    @JSFunction
    public static void write(Context cx, Scriptable thisObj, Object[] text, Function function) {
        LoadingDocument.of(thisObj).write(text);
    }

    /** {@code document.writeln(...text)}: {@code write} and a line feed (HTML §8.4.3). */
    @JSFunction
    public static void writeln(Context cx, Scriptable thisObj, Object[] text, Function function) {
        LoadingDocument.of(thisObj).writeln(text);
    }

    /** {@code document.readyState}: loading, interactive or complete (HTML §3.1; see {@link LoadingDocument}). */
    @JSGetter
    public String getReadyState() {
        return LoadingDocument.of(this).readyState();
    }

    private Document document() {
        return (Document) node();
    }
}
