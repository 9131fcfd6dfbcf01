package org.glassbox.script;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Undefined;
import org.mozilla.javascript.annotations.JSFunction;
import org.mozilla.javascript.annotations.JSGetter;
import org.mozilla.javascript.annotations.JSSetter;

/**
 * The JavaScript object standing for a jsoup element: the DOM's {@code Element} interface
 * (DOM §4.9) with the HTML attributes every element reflects ({@code title}, {@code lang},
 * {@code hidden}, {@code dataset}, {@code style}): its name, its attributes and the objects over
 * them ({@code classList}, {@code attributes}), its markup as a string ({@code innerHTML},
 * {@code outerHTML}, {@code insertAdjacentHTML}), and finding elements inside it or around it.
 * The members it shares with documents and text come from the {@link ParentNode},
 * {@link ChildNode} and {@link NonDocumentTypeChildNode} mixins. Public only because Rhino's
 * {@code defineClass} reflects on it.
 */
public final class ElementWrapper extends NodeWrapper {

    /** DOM §4.9 "valid attribute local name": not empty, no whitespace, NUL, '/', '=' or '>'. */
    private static final Pattern VALID_ATTRIBUTE_NAME = Pattern.compile("[^\\t\\n\\f\\r /=>\\x00]+");

    private StyleDeclaration style;
    private DomTokenList classList;
    private StringMap dataset;
    private NamedNodeMap attributes;

    /** Makes the {@code Element.prototype} object; Rhino's {@code defineClass} calls it. */
    public ElementWrapper() {}

    ElementWrapper(Element element, WrapperCache cache) {
        super(element, cache);
    }

    @Override
    public String getClassName() {
        return "Element";
    }

    /** {@code DIV} for a {@code <div>}: the HTML-uppercased name (DOM §4.9). */
    @JSGetter
    public String getTagName() {
        return tagName(element());
    }

    /** The {@code id} attribute, or the empty string (DOM §4.9: {@code id} reflects it). */
    @JSGetter
    public String getId() {
        return element().attr("id");
    }

    @JSSetter
    public void setId(String value) {
        element().attr("id", value);
    }

    /** The {@code class} attribute, or the empty string (DOM §4.9: {@code className} reflects it). */
    @JSGetter("className")
    public String getClassAttribute() {
        return element().attr("class");
    }

    @JSSetter("className")
    public void setClassAttribute(String value) {
        element().attr("class", value);
    }

    /** The classes as a DOMTokenList over the {@code class} attribute, the same object each time (DOM §4.9). */
    @JSGetter
    public Object getClassList() {
        if (classList == null) {
            classList = cache().withPrototype(new DomTokenList(element(), "class"));
        }
        return classList;
    }

    /** The attributes as a NamedNodeMap of Attr objects, the same object each time (DOM §4.9.1). */
    @JSGetter
    public Object getAttributes() {
        if (attributes == null) {
            attributes = cache().withPrototype(new NamedNodeMap(element(), cache()));
        }
        return attributes;
    }

    /** The {@code data-*} attributes by camelCase name ({@code data-due-date} is {@code dueDate}), HTML §3.2.6.6. */
    @JSGetter
    public Object getDataset() {
        if (dataset == null) {
            dataset = cache().withPrototype(new StringMap(element()));
        }
        return dataset;
    }

    /** The element's style attribute as a {@code CSSStyleDeclaration} (CSSOM §6.7.1), the same object each time. */
    @JSGetter
    public Object getStyle() {
        if (style == null) {
            style = cache().withPrototype(new StyleDeclaration(element()));
        }
        return style;
    }

    /** The {@code title} attribute, the element's advisory text (HTML §3.2.6.1: {@code title} reflects it). */
    @JSGetter
    public String getTitle() {
        return element().attr("title");
    }

    @JSSetter
    public void setTitle(String value) {
        element().attr("title", value);
    }

    /** The {@code lang} attribute, the element's language (HTML §3.2.6.2: {@code lang} reflects it). */
    @JSGetter
    public String getLang() {
        return element().attr("lang");
    }

    @JSSetter
    public void setLang(String value) {
        element().attr("lang", value);
    }

    /**
     * An {@code <input>}'s checkedness (HTML §4.10.5.4 {@code checked}), which Glassbox keeps in
     * its {@code checked} attribute, as a click does ({@link Activation}); undefined on other
     * elements, whose interfaces have no such attribute.
     */
    @JSGetter
    public Object getChecked() {
        return element().nameIs("input") ? (Object) element().hasAttr("checked") : Undefined.instance;
    }

    @JSSetter
    public void setChecked(Object checked) {
        if (element().nameIs("input")) {
            Activation.setChecked(element(), Context.toBoolean(checked));
        }
    }

    /** Whether the {@code hidden} attribute is there (HTML §6.1: {@code hidden} reflects it as a boolean). */
    @JSGetter
    public boolean getHidden() {
        return element().hasAttr("hidden");
    }

    @JSSetter
    public void setHidden(boolean hidden) {
        if (hidden) {
            element().attr("hidden", "");
        } else {
            element().removeAttr("hidden");
        }
    }

    /**
     * The value of the named attribute, or null if there is none. The name is lowercased: in an
     * HTML document, attribute names of HTML elements are (DOM §4.9 "get an attribute by name").
     */
    @JSFunction
    public Object getAttribute(String qualifiedName) {
        String name = attributeName(qualifiedName);
        return element().hasAttr(name) ? element().attr(name) : null;
    }

    /** Sets the named attribute, lowercasing the name; an invalid name is an InvalidCharacterError. */
    @JSFunction
    public void setAttribute(String qualifiedName, String value) {
        if (!VALID_ATTRIBUTE_NAME.matcher(qualifiedName).matches()) {
            throw DomException.error("InvalidCharacterError", "'" + qualifiedName + "' is not a valid attribute name");
        }
        element().attr(attributeName(qualifiedName), value);
    }

    @JSFunction
    public void removeAttribute(String qualifiedName) {
        element().removeAttr(attributeName(qualifiedName));
    }

    @JSFunction
    public boolean hasAttribute(String qualifiedName) {
        return element().hasAttr(attributeName(qualifiedName));
    }

    /**
     * Removes the named attribute if it is there, adds it empty if not, and says whether it is
     * there now; {@code force} says which of the two to do (DOM §4.9 {@code toggleAttribute}).
     */
    @JSFunction
    public boolean toggleAttribute(String qualifiedName, Object force) {
        String name = attributeName(qualifiedName);
        boolean wanted = Undefined.isUndefined(force) ? !element().hasAttr(name) : Context.toBoolean(force);
        if (wanted && !element().hasAttr(name)) {
            setAttribute(qualifiedName, "");
        } else if (!wanted) {
            element().removeAttr(name);
        }
        return wanted;
    }

    /** The names of the element's attributes, in order, as an array (DOM §4.9). */
    @JSFunction
    public Object getAttributeNames() {
        Object[] names = element().attributes().asList().stream().map(Attribute::getKey).toArray();
        return Context.getCurrentContext().newArray(getTopLevelScope(this), names);
    }

    /** The element's children as markup (HTML §13.3 "fragment serializing algorithm"). */
    @JSGetter
    public String getInnerHTML() {
        return HtmlSerializer.serializeChildren(element());
    }

    /** Replaces the children with what {@code markup} parses to, in this element's context (DOM Parsing §2.3). */
    @JSSetter
    public void setInnerHTML(String markup) {
        List<Node> nodes = parseFragment(markup, element());
        element().empty();
        element().appendChildren(nodes);
    }

    /** The element and its children as markup. */
    @JSGetter
    public String getOuterHTML() {
        return HtmlSerializer.serialize(element());
    }

    /**
     * Replaces the element with what {@code markup} parses to, in its parent's context (DOM
     * Parsing §2.4). An element without a parent stays as it is; one whose parent is the
     * document cannot be replaced by markup.
     */
    @JSSetter
    public void setOuterHTML(String markup) {
        Element parent = element().parent();
        if (parent == null) {
            return;
        }
        if (parent instanceof Document) {
            throw DomException.error("NoModificationAllowedError", "the document element cannot be replaced by markup");
        }
        List<Node> nodes = parseFragment(markup, parent instanceof DocumentFragment ? new Element("body") : parent);
        parent.insertChildren(element().siblingIndex(), nodes);
        element().remove();
    }

    /**
     * Parses {@code markup} and inserts the nodes at {@code position}: {@code beforebegin},
     * {@code afterbegin}, {@code beforeend} or {@code afterend} (DOM Parsing §2.5). Markup
     * beside the element is parsed in its parent's context, inside it in its own.
     */
    @JSFunction
    public void insertAdjacentHTML(String position, String markup) {
        Element element = element();
        switch (position.toLowerCase(Locale.ROOT)) {
            case "beforebegin" -> insertBesideElement(markup, element.siblingIndex());
            case "afterbegin" -> element.insertChildren(0, parseFragment(markup, element));
            case "beforeend" -> element.appendChildren(parseFragment(markup, element));
            case "afterend" -> insertBesideElement(markup, element.siblingIndex() + 1);
            default -> throw DomException.error("SyntaxError", "'" + position + "' is not a position for insertAdjacentHTML");
        }
    }

    private void insertBesideElement(String markup, int index) {
        Element parent = element().parent();
        if (parent == null || parent instanceof Document) {
            throw DomException.error("NoModificationAllowedError", "there is no parent element to insert the markup into");
        }
        parent.insertChildren(index, parseFragment(markup, parent));
    }

    /** The live HTMLCollection of elements inside this one with the given name ({@code "*"}: all). */
    @JSFunction
    public Object getElementsByTagName(String qualifiedName) {
        return ParentNode.elementsByTagName(this, qualifiedName);
    }

    /** The live HTMLCollection of elements inside this one that have every class of the list. */
    @JSFunction
    public Object getElementsByClassName(String classNames) {
        return ParentNode.elementsByClassName(this, classNames);
    }

    /** Whether the selectors match this element (DOM §4.9); an invalid selector is a SyntaxError. */
    @JSFunction
    public boolean matches(String selectors) {
        return ParentNode.selectors(new Object[] {selectors}).stream().anyMatch(selector -> selector.matches(element()));
    }

    /** This element or the nearest ancestor element the selectors match, or null (DOM §4.9). */
    @JSFunction
    public Object closest(String selectors) {
        var list = ParentNode.selectors(new Object[] {selectors});
        for (Element element = element(); element != null && !(element instanceof Document); element = element.parent()) {
            Element candidate = element;
            if (list.stream().anyMatch(selector -> selector.matches(candidate))) {
                return wrap(element);
            }
        }
        return null;
    }

    /** HTML §13.4 "parsing HTML fragments": markup parsed as if it stood inside {@code context}. */
    private static List<Node> parseFragment(String markup, Element context) {
        return Parser.parseFragment(markup, context, context.baseUri());
    }

    /** In an HTML document, the names of HTML elements' attributes are lowercase (DOM §4.9). */
    private static String attributeName(String qualifiedName) {
        return qualifiedName.toLowerCase(Locale.ROOT);
    }

    /** Where the element's border box is (CSSOM View §6.1; see {@link LayoutQueries}). */
    @JSFunction
    public Object getBoundingClientRect() {
        return LayoutQueries.of(this).boundingClientRect(element(), this);
    }

    @JSGetter
    public int getOffsetWidth() {
        return LayoutQueries.of(this).offsetWidth(element());
    }

    @JSGetter
    public int getOffsetHeight() {
        return LayoutQueries.of(this).offsetHeight(element());
    }

    @JSGetter
    public int getOffsetTop() {
        return LayoutQueries.of(this).offsetTop(element());
    }

    @JSGetter
    public int getOffsetLeft() {
        return LayoutQueries.of(this).offsetLeft(element());
    }

    @JSGetter
    public Object getOffsetParent() {
        return wrap(LayoutQueries.of(this).offsetParent(element()));
    }

    @JSGetter
    public int getClientWidth() {
        return LayoutQueries.of(this).clientWidth(element());
    }

    @JSGetter
    public int getClientHeight() {
        return LayoutQueries.of(this).clientHeight(element());
    }

    private Element element() {
        return (Element) node();
    }
}
