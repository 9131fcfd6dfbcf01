package org.glassbox.script;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.glassbox.css.Selector;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Function;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.Undefined;
import org.mozilla.javascript.annotations.JSFunction;
import org.mozilla.javascript.annotations.JSGetter;

/**
 * The {@code ParentNode} mixin (DOM §4.2.6), which documents, fragments and elements include:
 * their element children ({@code children}, {@code firstElementChild}...), adding nodes or
 * strings at either end ({@code append}, {@code prepend}) or instead of the children
 * ({@code replaceChildren}), and finding
 * elements by selector. Matching is done by Glassbox's own {@link Selector}, the same engine
 * the cascade uses, never by jsoup's.
 *
 * <p>A mixin is no interface of its own in JavaScript, and Rhino's {@code defineClass} knows
 * only Java superclasses, so {@link DomInterfaces#include} copies these static members onto each
 * including interface's prototype. They are public for Rhino's reflection; the functions take
 * Rhino's variable-argument form, the getters the object they are read on.
 */
public final class ParentNode {

    private ParentNode() {}

    /** The element children, a live HTMLCollection. */
    @JSGetter("children")
    public static Object children(ScriptableObject thisObj) {
        return NodeWrapper.thisWrapper(thisObj).cache().children(parent(thisObj));
    }

    @JSGetter("firstElementChild")
    public static Object firstElementChild(ScriptableObject thisObj) {
        return NodeWrapper.thisWrapper(thisObj).wrap(parent(thisObj).firstElementChild());
    }

    @JSGetter("lastElementChild")
    public static Object lastElementChild(ScriptableObject thisObj) {
        return NodeWrapper.thisWrapper(thisObj).wrap(parent(thisObj).lastElementChild());
    }

    @JSGetter("childElementCount")
    public static Object childElementCount(ScriptableObject thisObj) {
        return parent(thisObj).childrenSize();
    }

    /** Inserts the nodes, strings as text nodes, after the last child. */
    @JSFunction
    public static Object append(Context cx, Scriptable thisObj, Object[] nodes, Function function) {
        Mutation.preInsert(Mutation.convertNodesIntoNode(nodes), parent(thisObj), null);
        return Undefined.instance;
    }

    /** Inserts the nodes, strings as text nodes, before the first child. */
    @JSFunction
    public static Object prepend(Context cx, Scriptable thisObj, Object[] nodes, Function function) {
        Element parent = parent(thisObj);
        Mutation.preInsert(Mutation.convertNodesIntoNode(nodes), parent, parent.childNodeSize() == 0 ? null : parent.childNode(0));
        return Undefined.instance;
    }

    /** Removes every child and inserts the nodes, strings as text nodes, instead. */
    @JSFunction
    public static Object replaceChildren(Context cx, Scriptable thisObj, Object[] nodes, Function function) {
        Mutation.replaceAll(Mutation.convertNodesIntoNode(nodes), parent(thisObj));
        return Undefined.instance;
    }

    /** The first element inside this node that the selectors match, or null. */
    @JSFunction
    public static Object querySelector(Context cx, Scriptable thisObj, Object[] args, Function function) {
        List<Element> found = matching(parent(thisObj), selectors(args), true);
        return NodeWrapper.thisWrapper(thisObj).wrap(found.isEmpty() ? null : found.get(0));
    }

    /** Every element inside this node that the selectors match, in tree order, as a static NodeList. */
    @JSFunction
    public static Object querySelectorAll(Context cx, Scriptable thisObj, Object[] args, Function function) {
        List<Element> found = matching(parent(thisObj), selectors(args), false);
        return NodeWrapper.thisWrapper(thisObj).cache().staticNodeList(found);
    }

    /**
     * The elements inside {@code root}, in tree order, that a selector of the list matches (DOM
     * §4.2.6 "scope-match a selectors string"). A selector is matched against the whole tree,
     * so from a {@code <div>}, {@code "body p"} finds a {@code <p>} in the div although the body
     * is outside it.
     */
    private static List<Element> matching(Element root, List<Selector> selectors, boolean firstOnly) {
        Stream<Element> found = root.stream()
                .filter(element -> element != root && selectors.stream().anyMatch(selector -> selector.matches(element)));
        return firstOnly ? found.limit(1).collect(Collectors.toList()) : found.collect(Collectors.toList());
    }

    /**
     * {@code querySelector} for the engine's own callers, such as {@code render --click}: the
     * first element under {@code root} a selector of the list matches, or null.
     *
     * @throws IllegalArgumentException if {@code selectors} is not a valid selector list
     */
    static Element querySelector(Element root, String selectors) {
        List<Element> found = matching(root, Selector.parseList(selectors), true);
        return found.isEmpty() ? null : found.get(0);
    }

    /** The selector list argument; an invalid one is a SyntaxError DOMException. */
    static List<Selector> selectors(Object[] args) {
        String text = args.length == 0 ? "undefined" : Context.toString(args[0]);
        try {
            return Selector.parseList(text);
        } catch (IllegalArgumentException e) {
            throw DomException.error("SyntaxError", "'" + text + "' is not a valid selector: " + e.getMessage());
        }
    }

    /**
     * DOM §4.2.6 "list of elements with qualified name", live, for the
     * {@code getElementsByTagName} that documents and elements each have (not a mixin member,
     * but it finds elements under a parent as the members here do): {@code "*"} is every element, an
     * HTML element matches the name lowercased, any other element the name as it is.
     */
    static HtmlCollection elementsByTagName(NodeWrapper root, String qualifiedName) {
        String lowercase = qualifiedName.toLowerCase(Locale.ROOT);
        return descendants(root, element -> qualifiedName.equals("*")
                || element.tagName().equals(Parser.NamespaceHtml.equals(element.tag().namespace()) ? lowercase : qualifiedName));
    }

    /**
     * DOM §4.2.6 "list of elements with class names", live: the elements with every class in
     * the space-separated list, matched case-sensitively as in a no-quirks document; an empty
     * list finds nothing.
     */
    static HtmlCollection elementsByClassName(NodeWrapper root, String classNames) {
        List<String> wanted = List.of(classNames.strip().split("[ \\t\\n\\f\\r]+"));
        return descendants(root, element -> !classNames.isBlank() && element.classNames().containsAll(wanted));
    }

    /** The elements inside {@code root}, in tree order, that pass {@code filter}: found again at each access. */
    private static HtmlCollection descendants(NodeWrapper root, Predicate<Element> filter) {
        Element parent = parent(root);
        return root.cache().liveCollection(() -> parent.stream()
                .filter(element -> element != parent && filter.test(element)).collect(Collectors.toList()));
    }

    private static Element parent(Object thisObj) {
        return (Element) NodeWrapper.thisNode(thisObj); // only documents, fragments and elements include the mixin
    }
}
