package org.glassbox.script;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Function;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.annotations.JSFunction;
import org.mozilla.javascript.annotations.JSGetter;

/**
 * The JavaScript object standing for the jsoup document, the page's {@code document}: finding
 * elements ({@code getElementById}, {@code getElementsByClassName}, {@code querySelector}), making nodes
 * ({@code createElement}, {@code createTextNode}) and the two roots {@code documentElement} and
 * {@code body} (DOM §4.5, HTML §3.1.3). Public only because Rhino's {@code defineClass} reflects
 * on it.
 */
public final class DocumentWrapper extends NodeWrapper {

    /**
     * DOM §4.5 "valid element local name": an ASCII letter followed by anything but whitespace,
     * NUL, '/' and '>'; or ':', '_' or a non-ASCII character followed by letters, digits,
     * "-.:_" and non-ASCII characters.
     */
    private static final Pattern VALID_ELEMENT_NAME = Pattern.compile(
            "[A-Za-z][^\\t\\n\\f\\r />\\x00]*|[:_\\x{80}-\\x{10FFFF}][-.:_A-Za-z0-9\\x{80}-\\x{10FFFF}]*");

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

    /** The first element in the document that {@code selectors} match, or null (DOM §4.2.6). */
    @JSFunction
    public Object querySelector(String selectors) {
        return wrap(ParentNode.querySelector(document(), selectors));
    }

    /**
     * A new element, not yet in the tree. In an HTML document the name is lowercased
     * (DOM §4.5); an invalid name is an InvalidCharacterError DOMException in the DOM, here a
     * TypeError that names it.
     */
    @JSFunction
    public Object createElement(String localName) {
        if (!VALID_ELEMENT_NAME.matcher(localName).matches()) {
            throw ScriptRuntime.typeError(
                    "createElement: '" + localName + "' is not a valid element name (InvalidCharacterError)");
        }
        return wrap(document().createElement(localName.toLowerCase(Locale.ROOT)));
    }

    /** A new text node holding {@code data}, not yet in the tree (DOM §4.5). */
    @JSFunction
    public Object createTextNode(String data) {
        return wrap(new TextNode(data));
    }

    /** The document's element child, {@code <html>} in a parsed page (DOM §4.5). */
    @JSGetter
    public Object getDocumentElement() {
        return wrap(document().firstElementChild());
    }

    /**
     * The first {@code <body>} or {@code <frameset>} child of {@code <html>}, or null
     * (HTML §3.1.3). Not jsoup's {@code body()}, which would make a body if there were none.
     */
    @JSGetter
    public Object getBody() {
        Element html = document().firstElementChild();
        if (html == null || !html.nameIs("html")) {
            return null;
        }
        return wrap(html.children().stream()
                .filter(child -> child.nameIs("body") || child.nameIs("frameset"))
                .findFirst()
                .orElse(null));
    }

    /**
     * The elements that have every class in {@code classNames}, a space-separated list, in tree
     * order (DOM §4.2.6 "list of elements with class names"); classes match case-sensitively, as
     * in a document in no-quirks mode. The DOM gives a live HTMLCollection; this is an array,
     * a snapshot.
     */
    @JSFunction
    public Object getElementsByClassName(String classNames) {
        List<String> wanted = List.of(classNames.strip().split("[ \\t\\n\\f\\r]+"));
        Object[] found = classNames.isBlank() ? new Object[0] : document().stream()
                .filter(element -> element.classNames().containsAll(wanted)).map(this::wrap).toArray();
        return Context.getCurrentContext().newArray(getTopLevelScope(this), found);
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
