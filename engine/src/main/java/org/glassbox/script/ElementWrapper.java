package org.glassbox.script;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.annotations.JSFunction;
import org.mozilla.javascript.annotations.JSGetter;
import org.mozilla.javascript.annotations.JSSetter;

/**
 * The JavaScript object standing for a jsoup element: the DOM's {@code Element} interface
 * (DOM §4.9) as far as this first binding goes — {@code querySelector}, {@code getAttribute},
 * {@code setAttribute} and {@code className}. Public only because Rhino's {@code defineClass} reflects on it.
 */
public final class ElementWrapper extends NodeWrapper {

    /** DOM §4.9 "valid attribute local name": not empty, no whitespace, NUL, '/', '=' or '>'. */
    private static final Pattern VALID_ATTRIBUTE_NAME = Pattern.compile("[^\\t\\n\\f\\r /=>\\x00]+");

    /** Makes the {@code Element.prototype} object; Rhino's {@code defineClass} calls it. */
    public ElementWrapper() {}

    private StyleDeclaration style;

    ElementWrapper(Element element, WrapperCache cache) {
        super(element, cache);
    }

    @Override
    public String getClassName() {
        return "Element";
    }

    /** The first element inside this one that {@code selectors} match, or null (DOM §4.2.6). */
    @JSFunction
    public Object querySelector(String selectors) {
        return wrap(ParentNode.querySelector(element(), selectors));
    }

    /**
     * The value of the named attribute, or null if there is none. The name is lowercased: in an
     * HTML document, attribute names of HTML elements are (DOM §4.9 "get an attribute by name").
     */
    @JSFunction
    public Object getAttribute(String qualifiedName) {
        String name = qualifiedName.toLowerCase(Locale.ROOT);
        return element().hasAttr(name) ? element().attr(name) : null;
    }

    /**
     * Sets the named attribute, lowercasing the name as {@link #getAttribute} does. An invalid
     * name is an InvalidCharacterError DOMException in the DOM; here a TypeError that names it.
     */
    @JSFunction
    public void setAttribute(String qualifiedName, String value) {
        if (!VALID_ATTRIBUTE_NAME.matcher(qualifiedName).matches()) {
            throw ScriptRuntime.typeError(
                    "setAttribute: '" + qualifiedName + "' is not a valid attribute name (InvalidCharacterError)");
        }
        element().attr(qualifiedName.toLowerCase(Locale.ROOT), value);
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

    /** The element's style attribute as a {@code CSSStyleDeclaration} (CSSOM §6.7.1), the same object each time. */
    @JSGetter("style")
    public Object getStyle() {
        if (style == null) {
            style = new StyleDeclaration(element(), ScriptableObject.getTopLevelScope(this));
        }
        return style;
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
