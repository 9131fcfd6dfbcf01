package org.glassbox.script;

import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.annotations.JSFunction;
import org.mozilla.javascript.annotations.JSGetter;

/**
 * An element's {@code attributes}, the DOM's {@code NamedNodeMap} (DOM §4.9.1): its attributes
 * in order, each an {@link AttrWrapper} with a {@code name} and a {@code value}, read afresh at
 * each access. Public only because Rhino's {@code defineClass} reflects on it.
 */
public final class NamedNodeMap extends ScriptableObject {

    private final Element element;
    private final WrapperCache cache;

    /** Makes the {@code NamedNodeMap.prototype} object; Rhino's {@code defineClass} calls it. */
    public NamedNodeMap() {
        this(null, null);
    }

    NamedNodeMap(Element element, WrapperCache cache) {
        this.element = element;
        this.cache = cache;
    }

    @Override
    public String getClassName() {
        return "NamedNodeMap";
    }

    @JSGetter
    public int getLength() {
        return attributes().size();
    }

    /** The attribute at {@code index}, or null past the end. */
    @JSFunction
    public Object item(int index) {
        List<Attribute> attributes = attributes();
        return index >= 0 && index < attributes.size() ? attr(attributes.get(index).getKey()) : null;
    }

    /** The attribute named {@code qualifiedName}, lowercased as in an HTML document, or null. */
    @JSFunction
    public Object getNamedItem(String qualifiedName) {
        String name = qualifiedName.toLowerCase(Locale.ROOT);
        return attributes().stream().anyMatch(attribute -> attribute.getKey().equals(name)) ? attr(name) : null;
    }

    @Override
    public Object get(int index, Scriptable start) {
        Object attr = item(index);
        return attr == null ? NOT_FOUND : attr;
    }

    @Override
    public boolean has(int index, Scriptable start) {
        return index >= 0 && index < getLength();
    }

    /** The element's attributes now; the prototype object, which stands for no element, has none. */
    private List<Attribute> attributes() {
        return element == null ? List.of() : element.attributes().asList();
    }

    private AttrWrapper attr(String name) {
        return cache.withPrototype(new AttrWrapper(element, name));
    }
}
