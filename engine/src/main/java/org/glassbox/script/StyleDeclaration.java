package org.glassbox.script;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.glassbox.style.Property;
import org.jsoup.nodes.Element;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.Undefined;
import org.mozilla.javascript.annotations.JSFunction;
import org.mozilla.javascript.annotations.JSGetter;

/**
 * An element's {@code style} (CSSOM §6.7, {@code CSSStyleDeclaration}): the declarations of its
 * style attribute, as properties named in camelCase ({@code style.backgroundColor}), through
 * {@code setProperty}, {@code getPropertyValue} and {@code removeProperty} with CSS names, or as
 * a whole through {@code cssText}. Setting one rewrites the attribute, so the cascade sees it
 * when the page is styled; setting it to the empty string removes it. Public only because
 * Rhino's {@code defineClass} reflects on it.
 *
 * <p>Not yet: checking values — whatever a script sets is written as it is, and the CSS parser
 * later drops what is invalid — and shorthands, which are not expanded into their longhands.
 */
public final class StyleDeclaration extends ScriptableObject {

    private final Element element;

    /** Makes the {@code CSSStyleDeclaration.prototype} object; Rhino's {@code defineClass} calls it. */
    public StyleDeclaration() {
        this(null);
    }

    StyleDeclaration(Element element) {
        this.element = element;
    }

    @Override
    public String getClassName() {
        return "CSSStyleDeclaration";
    }

    @Override
    public Object get(String name, Scriptable start) {
        if (element == null) {
            return super.get(name, start);
        }
        if (name.equals("cssText")) {
            return element.attr("style");
        }
        return isProperty(cssName(name)) ? getPropertyValue(cssName(name)) : super.get(name, start);
    }

    @Override
    public boolean has(String name, Scriptable start) {
        return element != null && (name.equals("cssText") || isProperty(cssName(name))) || super.has(name, start);
    }

    @Override
    public void put(String name, Scriptable start, Object value) {
        String text = value == null ? "" : Context.toString(value);
        if (element != null && name.equals("cssText")) {
            element.attr("style", text);
        } else if (element != null && isProperty(cssName(name))) {
            setProperty(cssName(name), text, Undefined.instance);
        } else {
            super.put(name, start, value);
        }
    }

    /** The number of declarations (CSSOM §6.7.1 {@code length}). */
    @JSGetter
    public int getLength() {
        return declarations().size();
    }

    /** The value of the declaration of {@code property}, a CSS name such as {@code margin-left}, or "". */
    @JSFunction
    public String getPropertyValue(String property) {
        return declarations().getOrDefault(property.toLowerCase(Locale.ROOT), "");
    }

    /**
     * Sets the declaration of {@code property}, at the end if it is new; an empty value removes
     * it (CSSOM §6.7.1 {@code setProperty}). A priority of {@code "important"} adds {@code !important}.
     */
    @JSFunction
    public void setProperty(String property, String value, Object priority) {
        if (value.isEmpty()) {
            removeProperty(property);
            return;
        }
        boolean important = !Undefined.isUndefined(priority) && Context.toString(priority).equalsIgnoreCase("important");
        Map<String, String> declarations = declarations();
        declarations.put(property.toLowerCase(Locale.ROOT), important ? value + " !important" : value);
        element().attr("style", serialize(declarations));
    }

    /** Removes the declaration of {@code property} and returns its value, or "" if there was none. */
    @JSFunction
    public String removeProperty(String property) {
        Map<String, String> declarations = declarations();
        String removed = declarations.remove(property.toLowerCase(Locale.ROOT));
        element().attr("style", serialize(declarations));
        return removed == null ? "" : removed;
    }

    /** CSSOM §6.7.1: {@code backgroundColor} is {@code background-color}; a name with dashes stands for itself. */
    private static String cssName(String name) {
        return name.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
    }

    private static boolean isProperty(String name) {
        return Property.named(name).isPresent();
    }

    /** The style attribute's declarations in order, by name; a later one of a name replaces an earlier. */
    private Map<String, String> declarations() {
        Map<String, String> declarations = new LinkedHashMap<>();
        for (String declaration : element().attr("style").split(";")) {
            int colon = declaration.indexOf(':');
            if (colon > 0) {
                declarations.put(declaration.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        declaration.substring(colon + 1).trim());
            }
        }
        return declarations;
    }

    private static String serialize(Map<String, String> declarations) {
        StringBuilder text = new StringBuilder();
        declarations.forEach((name, value) -> text.append(text.isEmpty() ? "" : " ").append(name).append(": ")
                .append(value).append(';'));
        return text.toString();
    }

    private Element element() {
        if (element == null) {
            throw ScriptRuntime.typeError("Illegal invocation: not a CSSStyleDeclaration");
        }
        return element;
    }
}
