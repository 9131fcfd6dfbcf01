package org.glassbox.script;

import org.mozilla.javascript.annotations.JSConstructor;
import org.mozilla.javascript.annotations.JSGetter;

/**
 * An event that carries a script's own data in {@code detail} (DOM §2.4):
 * {@code new CustomEvent('saved', {detail: {id: 3}})}. Public only because Rhino's
 * {@code defineClass} reflects on it.
 */
public final class CustomEvent extends Event {

    private Object detail;

    /** Makes the {@code CustomEvent.prototype} object, and the object {@code new CustomEvent(...)} initializes. */
    public CustomEvent() {}

    /** As {@code new Event(...)}, and the dictionary's {@code detail}, null when left out. */
    @Override
    @JSConstructor
    public void jsConstructor(String type, Object eventInitDict) {
        super.jsConstructor(type, eventInitDict);
        detail = member(eventInitDict, "detail", null);
    }

    @Override
    public String getClassName() {
        return "CustomEvent";
    }

    @JSGetter
    public Object getDetail() {
        return detail;
    }
}
