package org.glassbox.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Node;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Function;
import org.mozilla.javascript.RhinoException;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;

/**
 * Dispatching an event (DOM §2.9): the event travels down the path from the window to its
 * target, calling capture listeners on the way (the capturing phase), then the target's own
 * listeners, then, if it bubbles, back up calling the other listeners (the bubbling phase). A
 * click's activation behaviour — a checkbox toggling, a link being followed — wraps the
 * dispatch, and a listener that cancels the click prevents it.
 *
 * <p>Left out: shadow trees and retargeting, {@code relatedTarget}, touch targets, passive
 * listeners.
 */
final class EventDispatch {

    private EventDispatch() {}

    /** Dispatches {@code event} to {@code target}; false if a listener canceled it (DOM §2.9 "dispatch"). */
    static boolean dispatch(EventTarget target, Event event) {
        event.dispatching = true;
        event.target = target;
        List<EventTarget> path = path(target);
        Optional<Activation> activation = Activation.of(event, path);
        activation.ifPresent(Activation::legacyPreActivation);
        for (int i = path.size() - 1; i >= 0; i--) {
            EventTarget current = path.get(i);
            invoke(current, event, current == target ? Event.AT_TARGET : Event.CAPTURING_PHASE, true);
        }
        for (EventTarget current : path) {
            if (current == target) {
                invoke(current, event, Event.AT_TARGET, false);
            } else if (event.bubbles()) {
                invoke(current, event, Event.BUBBLING_PHASE, false);
            }
        }
        finish(event);
        activation.ifPresent(action -> action.afterDispatch(event.canceled));
        return !event.canceled;
    }

    /**
     * The event path (DOM §2.9 step 5): the target, then each one's "parent" in turn — a node's
     * parent node, and for the document, the window, whose listeners hear everything that
     * bubbles out of the page.
     */
    static List<EventTarget> path(EventTarget target) {
        List<EventTarget> path = new ArrayList<>();
        for (EventTarget current = target; current != null; current = parent(current)) {
            path.add(current);
        }
        return path;
    }

    /** DOM §2.7 "get the parent" of an event target. */
    private static EventTarget parent(EventTarget target) {
        if (!(target instanceof NodeWrapper wrapper)) {
            return null;
        }
        Node node = wrapper.node();
        if (node instanceof Document) {
            Window window = Window.of(wrapper);
            return window.document() == node ? window : null;
        }
        return wrapper.wrap(node.parent());
    }

    /**
     * DOM §2.9 "invoke" and "inner invoke": the current target's listeners for the phase — in the
     * capturing pass those that asked for capture, in the bubbling pass the others, starting with
     * its event handler — in the order they were added.
     */
    private static void invoke(EventTarget current, Event event, int phase, boolean capturing) {
        if (event.stopPropagation) {
            return;
        }
        event.eventPhase = phase;
        event.currentTarget = current;
        for (EventTarget.Listener listener : listeners(current, event.type(), capturing)) {
            if (listener.removed || listener.capture != capturing) {
                continue;
            }
            if (listener.once) {
                current.remove(listener);
            }
            call(listener, event);
            if (event.stopImmediatePropagation) {
                return;
            }
        }
    }

    private static List<EventTarget.Listener> listeners(EventTarget current, String type, boolean capturing) {
        List<EventTarget.Listener> listeners = new ArrayList<>();
        if (!capturing) {
            // An event handler was set from the page's markup, before any script could add a listener.
            EventHandlers.listener(current, type).ifPresent(listeners::add);
        }
        listeners.addAll(current.listeners(type));
        return listeners;
    }

    /**
     * Calls a listener with the current target as {@code this}: a function, or an object's
     * {@code handleEvent}. An exception is reported (HTML §8.1.4.6) and the dispatch goes on.
     */
    private static void call(EventTarget.Listener listener, Event event) {
        Context cx = Context.getCurrentContext();
        Scriptable scope = ScriptableObject.getTopLevelScope(event.currentTarget);
        Object[] arguments = {event};
        try {
            if (listener.callback instanceof Function function) {
                function.call(cx, scope, event.currentTarget, arguments);
            } else {
                Scriptable object = (Scriptable) listener.callback;
                if (!(ScriptableObject.getProperty(object, "handleEvent") instanceof Function handleEvent)) {
                    throw ScriptRuntime.typeError("an event listener is neither a function nor has a handleEvent method");
                }
                handleEvent.call(cx, scope, object, arguments);
            }
        } catch (RhinoException e) {
            Window.of(scope).reportException(e);
        }
    }

    /** DOM §2.9's last steps: the event is no longer being dispatched, and could be dispatched again. */
    private static void finish(Event event) {
        event.eventPhase = Event.NONE;
        event.currentTarget = null;
        event.stopPropagation = false;
        event.stopImmediatePropagation = false;
        event.dispatching = false;
    }
}
