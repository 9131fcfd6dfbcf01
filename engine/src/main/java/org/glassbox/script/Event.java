package org.glassbox.script;

import org.mozilla.javascript.Context;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.Undefined;
import org.mozilla.javascript.annotations.JSConstructor;
import org.mozilla.javascript.annotations.JSFunction;
import org.mozilla.javascript.annotations.JSGetter;

/**
 * An event (DOM §2.2): something that happened, such as a click or the end of loading, told to
 * the listeners of its target and of the target's ancestors by {@link EventDispatch}. Scripts make
 * their own with {@code new Event('ready', {bubbles: true, cancelable: true})}; the engine makes
 * the ones it fires with {@link #fire}. Public only because Rhino's {@code defineClass} reflects
 * on it.
 */
public class Event extends ScriptableObject {

    /** The phases of DOM §2.2 {@code eventPhase}, also constants on {@code Event} and its prototype. */
    static final int NONE = 0;
    static final int CAPTURING_PHASE = 1;
    static final int AT_TARGET = 2;
    static final int BUBBLING_PHASE = 3;

    private String type = "";
    private boolean bubbles;
    private boolean cancelable;
    private double timeStamp;
    boolean isTrusted;

    // The event's state during dispatch (DOM §2.2 "flags"), set by EventDispatch.
    EventTarget target;
    EventTarget currentTarget;
    int eventPhase = NONE;
    boolean stopPropagation;
    boolean stopImmediatePropagation;
    boolean canceled;
    boolean dispatching;

    /** Makes the {@code Event.prototype} object, and the object {@code new Event(...)} then initializes. */
    public Event() {}

    /**
     * {@code new Event(type, eventInitDict)} (DOM §2.2 "inner event creation steps"): the
     * dictionary's {@code bubbles} and {@code cancelable}, false when left out.
     */
    @JSConstructor
    public void jsConstructor(String type, Object eventInitDict) {
        initialize(type, flag(eventInitDict, "bubbles"), flag(eventInitDict, "cancelable"));
    }

    /**
     * An event the engine fires (HTML §8.1.8 "fire an event"), trusted as one a user or the
     * browser caused is, made in {@code scope}'s realm.
     */
    static Event fire(Scriptable scope, String type, boolean bubbles, boolean cancelable) {
        Event event = Window.adopt(scope, new Event());
        event.initialize(type, bubbles, cancelable);
        event.isTrusted = true;
        return event;
    }

    final void initialize(String type, boolean bubbles, boolean cancelable) {
        this.type = type;
        this.bubbles = bubbles;
        this.cancelable = cancelable;
        // The time of creation on the page's virtual clock (DOM §2.2 "timeStamp", HR Time §4).
        Scriptable scope = getParentScope();
        this.timeStamp = scope instanceof Window window ? window.eventLoop().now() : 0;
    }

    /** A boolean member of an init dictionary (WebIDL §3.2.17): missing means false. */
    static boolean flag(Object dictionary, String member) {
        return dictionary instanceof Scriptable object && ScriptableObject.hasProperty(object, member)
                && Context.toBoolean(ScriptableObject.getProperty(object, member));
    }

    /** A member of an init dictionary, null when missing or undefined. */
    static Object member(Object dictionary, String member, Object otherwise) {
        if (dictionary instanceof Scriptable object && ScriptableObject.hasProperty(object, member)) {
            Object value = ScriptableObject.getProperty(object, member);
            return Undefined.isUndefined(value) ? otherwise : value;
        }
        return otherwise;
    }

    @Override
    public String getClassName() {
        return "Event";
    }

    @JSGetter
    public String getType() {
        return type;
    }

    @JSGetter
    public Object getTarget() {
        return target;
    }

    /** DOM §2.2 {@code srcElement}, the legacy name of {@code target}. */
    @JSGetter
    public Object getSrcElement() {
        return target;
    }

    @JSGetter
    public Object getCurrentTarget() {
        return currentTarget;
    }

    @JSGetter
    public int getEventPhase() {
        return eventPhase;
    }

    @JSGetter
    public boolean getBubbles() {
        return bubbles;
    }

    @JSGetter
    public boolean getCancelable() {
        return cancelable;
    }

    @JSGetter
    public boolean getIsTrusted() {
        return isTrusted;
    }

    /** Milliseconds of virtual time since the page's time origin when the event was made. */
    @JSGetter
    public double getTimeStamp() {
        return timeStamp;
    }

    /** DOM §2.2 "set the canceled flag": only a cancelable event can be canceled. */
    @JSFunction
    public void preventDefault() {
        canceled |= cancelable;
    }

    @JSGetter
    public boolean getDefaultPrevented() {
        return canceled;
    }

    /** The legacy {@code returnValue}: false once canceled, and setting it false cancels. */
    @JSGetter
    public boolean getReturnValue() {
        return !canceled;
    }

    /** No ancestor hears of the event after the current target's listeners (DOM §2.2). */
    @JSFunction
    public void stopPropagation() {
        stopPropagation = true;
    }

    /** Not even the current target's remaining listeners hear of it (DOM §2.2). */
    @JSFunction
    public void stopImmediatePropagation() {
        stopPropagation = true;
        stopImmediatePropagation = true;
    }

    /** The targets whose listeners this dispatch calls: target, its ancestors, then the window (DOM §2.2 composedPath). */
    @JSFunction
    public Object composedPath() {
        Object[] path = dispatching ? EventDispatch.path(target).toArray() : new Object[0];
        return Context.getCurrentContext().newArray(getTopLevelScope(this), path);
    }

    boolean bubbles() {
        return bubbles;
    }

    String type() {
        return type;
    }
}
