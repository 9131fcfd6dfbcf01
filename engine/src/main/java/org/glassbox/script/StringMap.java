package org.glassbox.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;

/**
 * An element's {@code dataset}, the {@code DOMStringMap} of HTML §3.2.6.6: its {@code data-*}
 * attributes as properties, {@code data-due-date} as {@code dueDate}. Reading, setting,
 * {@code delete} and {@code Object.keys} all go to the attributes, so nothing is kept here.
 * Public only because Rhino's {@code defineClass} reflects on it.
 */
public final class StringMap extends ScriptableObject {

    private static final Pattern DASH_LOWERCASE = Pattern.compile("-([a-z])");
    private static final Pattern UPPERCASE = Pattern.compile("[A-Z]");

    private final Element element;

    /** Makes the {@code DOMStringMap.prototype} object; Rhino's {@code defineClass} calls it. */
    public StringMap() {
        this(null);
    }

    StringMap(Element element) {
        this.element = element;
    }

    @Override
    public String getClassName() {
        return "DOMStringMap";
    }

    @Override
    public Object get(String name, Scriptable start) {
        String attribute = attributeName(name);
        return element != null && element.hasAttr(attribute) ? element.attr(attribute) : super.get(name, start);
    }

    @Override
    public boolean has(String name, Scriptable start) {
        return (element != null && element.hasAttr(attributeName(name))) || super.has(name, start);
    }

    /** HTML §3.2.6.6 "set a new named value": a dash before a lowercase letter is a SyntaxError. */
    @Override
    public void put(String name, Scriptable start, Object value) {
        if (element == null) {
            super.put(name, start, value);
            return;
        }
        if (DASH_LOWERCASE.matcher(name).find()) {
            throw DomException.error("SyntaxError", "'" + name + "' has a dash before a lowercase letter");
        }
        element.attr(attributeName(name), Context.toString(value));
    }

    @Override
    public void delete(String name) {
        if (element != null) {
            element.removeAttr(attributeName(name));
        }
    }

    /** The camelCase names of the {@code data-*} attributes, in attribute order. */
    @Override
    public Object[] getIds() {
        List<Object> names = new ArrayList<>();
        if (element != null) {
            for (Attribute attribute : element.attributes()) {
                if (attribute.getKey().startsWith("data-")) {
                    names.add(propertyName(attribute.getKey().substring("data-".length())));
                }
            }
        }
        return names.toArray();
    }

    /** {@code dueDate} is {@code data-due-date}: a dash before each capital, lowercased. */
    private static String attributeName(String property) {
        return "data-" + UPPERCASE.matcher(property).replaceAll(match -> "-" + match.group().toLowerCase(Locale.ROOT));
    }

    /** {@code due-date} is {@code dueDate}: a dash before a lowercase letter goes, the letter is capitalized. */
    private static String propertyName(String attributeSuffix) {
        Matcher matcher = DASH_LOWERCASE.matcher(attributeSuffix);
        return matcher.replaceAll(match -> match.group(1).toUpperCase(Locale.ROOT));
    }
}
