package org.glassbox.script;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.annotations.JSFunction;

/**
 * An object that events are dispatched to (DOM §2.7): every node, the window, an
 * XMLHttpRequest, and {@code new EventTarget()}. It keeps its event listener list, and the
 * values of its event handlers ({@code onclick} and the like) that scripts set; dispatching
 * itself is {@link EventDispatch}'s. Public only because Rhino's {@code defineClass} reflects on
 * it.
 */
public class EventTarget extends ScriptableObject {

    /**
     * One entry of an event listener list (DOM §2.7): the callback, a function or an object with
     * a {@code handleEvent} method. {@code removed} is set when it is removed during a dispatch
     * that has already copied the list, so that the dispatch skips it.
     */
    static final class Listener {
        final String type;
        final Object callback;
        final boolean capture;
        final boolean once;
        boolean removed;

        Listener(String type, Object callback, boolean capture, boolean once) {
            this.type = type;
            this.callback = callback;
            this.capture = capture;
            this.once = once;
        }

        boolean matches(String type, Object callback, boolean capture) {
            return this.type.equals(type) && this.callback == callback && this.capture == capture;
        }
    }

    private final List<Listener> listeners = new ArrayList<>();

    /** Event handlers a script set through {@code onclick = function...}, by event type. */
    private final Map<String, Object> eventHandlers = new HashMap<>();

    /** Makes {@code EventTarget.prototype}, and the object of {@code new EventTarget()}. */
    public EventTarget() {}

    @Override
    public String getClassName() {
        return "EventTarget";
    }

    /**
     * DOM §2.7.3 "add an event listener": {@code options} is the capture flag, or a dictionary
     * with {@code capture} and {@code once} ({@code passive} and {@code signal} are ignored). A
     * null callback, or one already listening for the same type and phase, adds nothing.
     */
    @JSFunction
    public void addEventListener(String type, Object callback, Object options) {
        if (!(callback instanceof Scriptable)) {
            return;
        }
        boolean capture = capture(options);
        if (listeners.stream().noneMatch(listener -> listener.matches(type, callback, capture))) {
            listeners.add(new Listener(type, callback, capture, Event.flag(options, "once")));
        }
    }

    /** DOM §2.7.6 "remove an event listener": the one with the same type, callback and capture flag. */
    @JSFunction
    public void removeEventListener(String type, Object callback, Object options) {
        boolean capture = capture(options);
        listeners.stream().filter(listener -> listener.matches(type, callback, capture)).findFirst()
                .ifPresent(this::remove);
    }

    /**
     * Dispatches a script's event here (DOM §2.7 {@code dispatchEvent}) and returns false if a
     * listener canceled it. An event already being dispatched is an InvalidStateError.
     */
    @JSFunction
    public boolean dispatchEvent(Object event) {
        if (!(event instanceof Event scriptEvent)) {
            throw ScriptRuntime.typeError("dispatchEvent: the argument is not an Event");
        }
        if (scriptEvent.dispatching) {
            throw ScriptRuntime.typeError("dispatchEvent: the event is already being dispatched (InvalidStateError)");
        }
        scriptEvent.isTrusted = false;
        return EventDispatch.dispatch(this, scriptEvent);
    }

    /** A copy of the listeners for {@code type}: ones added while it is used are not called (DOM §2.9 "invoke"). */
    List<Listener> listeners(String type) {
        return listeners.stream().filter(listener -> listener.type.equals(type)).toList();
    }

    void remove(Listener listener) {
        listener.removed = true;
        listeners.remove(listener);
    }

    /** The event handler a script set for {@code type}, or null (HTML §8.1.8.1). */
    Object eventHandler(String type) {
        return eventHandlers.get(type);
    }

    void setEventHandler(String type, Object handler) {
        eventHandlers.put(type, handler);
    }

    /** The capture flag of addEventListener's third argument: a boolean or a dictionary's {@code capture} (DOM §2.7.1 "flatten"). */
    private static boolean capture(Object options) {
        return options instanceof Scriptable ? Event.flag(options, "capture") : Context.toBoolean(options);
    }
}
