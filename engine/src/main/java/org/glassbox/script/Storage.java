package org.glassbox.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.annotations.JSFunction;
import org.mozilla.javascript.annotations.JSGetter;

/**
 * A storage area as scripts see it (HTML §12.2.1 the {@code Storage} interface): string keys and
 * values that outlive the page, {@code localStorage} for every later page of the same origin,
 * {@code sessionStorage} likewise while the engine lives (it has no tabs to close). Both are kept
 * in memory by {@link WebStorage}. Public only because Rhino's {@code defineClass} reflects on it.
 *
 * <p>Left out: reading and writing keys as properties ({@code localStorage.theme}), the quota,
 * and the {@code storage} event.
 */
public final class Storage extends ScriptableObject {

    private final Map<String, String> area;

    /** Makes the {@code Storage.prototype} object; Rhino's {@code defineClass} calls it. */
    public Storage() {
        this(Map.of());
    }

    Storage(Map<String, String> area) {
        this.area = area;
    }

    @Override
    public String getClassName() {
        return "Storage";
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
