package org.glassbox.script;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Function;
import org.mozilla.javascript.LambdaFunction;
import org.mozilla.javascript.EvaluatorException;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;

/**
 * Event handlers (HTML §8.1.8.1): the one listener per event type that an {@code onclick="…"}
 * attribute or an {@code element.onclick = function…} assignment gives a target. An attribute's
 * text is compiled the first time its event comes, as the body of a function with an
 * {@code event} argument and the element as {@code this}, looking names up in the element, then
 * the document, then the window; and a handler that returns false cancels the event.
 *
 * <p>The body's {@code onload}, {@code onerror} and other window events are the window's handlers
 * (HTML §8.1.8.2: the body's "Window-reflecting body element event handler set").
 *
 * <p>Left out: a handler always runs before the listeners added by scripts, as one set in the
 * markup does, even if a script sets it later; an assignment wins over the attribute however the
 * two were ordered; {@code onerror}'s five arguments.
 */
final class EventHandlers {

    /** The event handler IDL attributes scripts can set: GlobalEventHandlers, WindowEventHandlers and XMLHttpRequest's. */
    private static final List<String> TYPES = List.of("abort", "blur", "change", "click", "close", "contextmenu",
            "dblclick", "error", "focus", "input", "keydown", "keypress", "keyup", "load", "loadend", "loadstart",
            "mousedown", "mouseenter", "mouseleave", "mousemove", "mouseout", "mouseover", "mouseup", "progress",
            "readystatechange", "reset", "resize", "scroll", "select", "submit", "timeout", "toggle", "wheel",
            "beforeunload", "hashchange", "message", "pagehide", "pageshow", "popstate", "storage", "unload");

    /** HTML §8.1.8.2: on a body, these attributes set the window's handlers. */
    private static final Set<String> WINDOW_REFLECTING = Set.of("blur", "error", "focus", "load", "resize", "scroll",
            "afterprint", "beforeprint", "beforeunload", "hashchange", "languagechange", "message", "messageerror",
            "offline", "online", "pagehide", "pageshow", "popstate", "rejectionhandled", "storage",
            "unhandledrejection", "unload");

    /** An attribute's text and the function compiled from it, kept until the attribute changes. */
    private record CompiledHandler(String source, Function function) {}

    private EventHandlers() {}

    /** The target's event handler for {@code type} as a listener, if it has one (HTML §8.1.8.1 "the event handler processing algorithm"). */
    static Optional<EventTarget.Listener> listener(EventTarget target, String type) {
        if (!(handler(target, type) instanceof Function handler)) {
            return Optional.empty();
        }
        LambdaFunction processing = new LambdaFunction(target, "on" + type, 1, (cx, scope, thisObj, args) -> {
            Object returned = handler.call(cx, scope, thisObj, args);
            if (Boolean.FALSE.equals(returned)) {
                ((Event) args[0]).preventDefault(); // "process return value": false cancels
            }
            return returned;
        });
        return Optional.of(new EventTarget.Listener(type, processing, false, false));
    }

    /** Defines {@code onclick} and the other handler attributes on {@code EventTarget.prototype}. */
    static void defineAttributes(Scriptable global) {
        ScriptableObject prototype = (ScriptableObject) ScriptableObject.getClassPrototype(global, "EventTarget");
        Context cx = Context.getCurrentContext();
        for (String type : TYPES) {
            prototype.defineProperty(cx, "on" + type,
                    thisObj -> thisObj instanceof EventTarget target ? handler(target, type) : null,
                    (thisObj, value) -> set(thisObj, type, value), ScriptableObject.DONTENUM);
        }
    }

    private static void set(Scriptable thisObj, String type, Object value) {
        if (thisObj instanceof EventTarget target) {
            target.setEventHandler(type, value instanceof Function ? value : null);
        }
    }

    /** HTML §8.1.8.1 "getting the current value of the event handler": a script's function, else the attribute's. */
    private static Object handler(EventTarget target, String type) {
        Object value = target.eventHandler(type);
        if (value instanceof Function) {
            return value;
        }
        Optional<Element> element = attributeOwner(target, type);
        if (element.isEmpty()) {
            return null;
        }
        String source = element.get().attr("on" + type);
        if (value instanceof CompiledHandler compiled && compiled.source().equals(source)) {
            return compiled.function();
        }
        Function function = compile(target, element.get(), type, source);
        target.setEventHandler(type, function == null ? null : new CompiledHandler(source, function));
        return function;
    }

    /** The element whose {@code on}<i>type</i> attribute is the target's handler: itself, or for the window, the body. */
    private static Optional<Element> attributeOwner(EventTarget target, String type) {
        Element element = null;
        if (target instanceof Window window && WINDOW_REFLECTING.contains(type)) {
            element = body(window.document());
        } else if (target instanceof NodeWrapper wrapper && wrapper.node() instanceof Element own
                && !(own instanceof Document) && !(own.nameIs("body") && WINDOW_REFLECTING.contains(type))) {
            element = own;
        }
        return Optional.ofNullable(element).filter(owner -> owner.hasAttr("on" + type));
    }

    private static Element body(Document document) {
        Element html = document.firstElementChild();
        return html == null ? null : html.children().stream().filter(child -> child.nameIs("body")).findFirst().orElse(null);
    }

    /**
     * Compiles an attribute's text as the body of {@code function on<type>(event)}, in the scope
     * of the element, its document and the window, as if wrapped in {@code with} statements. A
     * handler that does not compile is reported, and there is no handler.
     */
    private static Function compile(EventTarget target, Element element, String type, String body) {
        Window window = Window.of(target);
        Context cx = Context.getCurrentContext();
        Scriptable scope = ScriptRuntime.enterWith(window.documentWrapper(), cx, window);
        scope = ScriptRuntime.enterWith(window.wrap(element), cx, scope);
        int line = element.sourceRange().isTracked() ? element.sourceRange().start().lineNumber() : 1;
        try {
            return cx.compileFunction(scope, "function on" + type + "(event) {" + body + "\n}",
                    window.document().location(), line, null);
        } catch (EvaluatorException e) {
            window.reportException(Realm.syntaxError(e));
            return null;
        }
    }
}
