package org.glassbox.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.annotations.JSFunction;
import org.mozilla.javascript.annotations.JSGetter;

/**
 * A storage area as scripts see it (HTML §12.2.1 the {@code Storage} interface): string keys and
 * values that outlive the page, {@code localStorage} for every later page of the same origin,
 * {@code sessionStorage} likewise while the engine lives (it has no tabs to close). Both are kept
 * in memory by {@link WebStorage}. Public only because Rhino's {@code defineClass} reflects on it.
 *
 * <p>Keys are also properties ({@code localStorage.theme = 'dark'}), WebIDL's named properties,
 * except a key named like a method, such as {@code getItem}, which stays the method.
 *
 * <p>Left out: the quota, and the {@code storage} event.
 */
public final class Storage extends ScriptableObject {

    /** The origin's storage area; null in the prototype object, which stands for none. */
    private final Map<String, String> area;

    /** Makes the {@code Storage.prototype} object; Rhino's {@code defineClass} calls it. */
    public Storage() {
        this(null);
    }

    Storage(Map<String, String> area) {
        this.area = area;
    }

    @Override
    public String getClassName() {
        return "Storage";
    }

    /** WebIDL §3.9 named properties: a stored key reads as a property, unless the prototype has that name. */
    @Override
    public Object get(String name, Scriptable start) {
        return isNamedProperty(name) ? area.get(name) : super.get(name, start);
    }

    @Override
    public boolean has(String name, Scriptable start) {
        return isNamedProperty(name) || super.has(name, start);
    }

    /** Setting a property stores it (WebIDL "named property setter"), as {@link #setItem} does. */
    @Override
    public void put(String name, Scriptable start, Object value) {
        if (area != null && start == this && !prototypeHas(name)) {
            setItem(name, value);
        } else {
            super.put(name, start, value);
        }
    }

    @Override
    public void delete(String name) {
        if (isNamedProperty(name)) {
            area.remove(name);
        } else {
            super.delete(name);
        }
    }

    /** The keys are the object's enumerable properties, so {@code Object.keys(localStorage)} lists them. */
    @Override
    public Object[] getIds() {
        if (area == null) {
            return super.getIds(); // the prototype's own properties
        }
        synchronized (area) {
            return area.keySet().toArray();
        }
    }

    private boolean isNamedProperty(String name) {
        return area != null && area.containsKey(name) && !prototypeHas(name);
    }

    private boolean prototypeHas(String name) {
        return getPrototype() != null && ScriptableObject.hasProperty(getPrototype(), name);
    }

    @JSGetter
    public int getLength() {
        return area.size();
    }

    /** The {@code index}th key, in the order the keys were first set, or null. */
    @JSFunction
    public Object key(int index) {
        List<String> keys;
        synchronized (area) {
            keys = new ArrayList<>(area.keySet());
        }
        return index >= 0 && index < keys.size() ? keys.get(index) : null;
    }

    /** The value stored under {@code key}, or null. */
    @JSFunction
    public Object getItem(String key) {
        return area.get(key);
    }

    /** Stores {@code value}, turned into a string as every value is. */
    @JSFunction
    public void setItem(String key, Object value) {
        area.put(key, Context.toString(value));
    }

    @JSFunction
    public void removeItem(String key) {
        area.remove(key);
    }

    @JSFunction
    public void clear() {
        area.clear();
    }
}
