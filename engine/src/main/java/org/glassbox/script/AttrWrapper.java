package org.glassbox.script;

import org.jsoup.nodes.Element;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.annotations.JSGetter;
import org.mozilla.javascript.annotations.JSSetter;

/**
 * One attribute of an element, the DOM's {@code Attr} (DOM §4.9.2), as far as this binding has
 * it: its {@code name}, its {@code value} (which sets the attribute), and its element. Not a
 * node here, and a new object each time it is asked for. Public only because Rhino's
 * {@code defineClass} reflects on it.
 */
public final class AttrWrapper extends ScriptableObject {

    private final Element element;
    private final String name;

    /** Makes the {@code Attr.prototype} object; Rhino's {@code defineClass} calls it. */
    public AttrWrapper() {
        this(null, null);
    }

    AttrWrapper(Element element, String name) {
        this.element = element;
        this.name = name;
    }

    @Override
    public String getClassName() {
        return "Attr";
    }

    @JSGetter
    public String getName() {
        return name;
    }

    @JSGetter
    public String getValue() {
        return element().attr(name);
    }

    @JSSetter
    public void setValue(String value) {
        element().attr(name, value);
    }

    /** The attribute's element; the prototype object has none, and using it as an attribute is a TypeError. */
    private Element element() {
        if (element == null) {
            throw ScriptRuntime.typeError("Illegal invocation: not an attribute");
        }
        return element;
    }
}
