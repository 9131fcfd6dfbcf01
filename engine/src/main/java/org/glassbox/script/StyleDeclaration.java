package org.glassbox.script;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.glassbox.style.Property;
import org.jsoup.nodes.Element;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;

/**
 * An element's {@code style} (CSSOM §6.7, {@code CSSStyleDeclaration}): the declarations of its
 * style attribute, as properties named in camelCase ({@code style.backgroundColor}) or as a
 * whole through {@code cssText}. Setting one rewrites the attribute, so the cascade sees it when
 * the page is styled; setting it to the empty string removes it.
 *
 * <p>Not yet: {@code setProperty}, {@code getPropertyValue}, {@code removeProperty}, and checking
 * values: whatever a script sets is written as it is, and the parser later drops what is invalid.
 */
final class StyleDeclaration extends ScriptableObject {

    private final Element element;

    StyleDeclaration(Element element, Scriptable global) {
        this.element = element;
        setParentScope(global);
        setPrototype(ScriptableObject.getObjectPrototype(global));
    }

    @Override
    public String getClassName() {
        return "CSSStyleDeclaration";
    }

    @Override
    public Object get(String name, Scriptable start) {
        if (name.equals("cssText")) {
            return element.attr("style");
        }
        String property = cssName(name);
        return isProperty(property) ? declarations().getOrDefault(property, "") : super.get(name, start);
    }

    @Override
    public boolean has(String name, Scriptable start) {
        return name.equals("cssText") || isProperty(cssName(name)) || super.has(name, start);
    }

    @Override
    public void put(String name, Scriptable start, Object value) {
        String text = value == null ? "" : Context.toString(value);
        if (name.equals("cssText")) {
            element.attr("style", text);
        } else if (isProperty(cssName(name))) {
            Map<String, String> declarations = declarations();
            if (text.isEmpty()) {
                declarations.remove(cssName(name));
            } else {
                declarations.put(cssName(name), text);
            }
            element.attr("style", serialize(declarations));
        } else {
            super.put(name, start, value);
        }
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
        for (String declaration : element.attr("style").split(";")) {
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
}
