package org.glassbox.script;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.glassbox.Log;
import org.glassbox.layout.Viewport;
import org.glassbox.net.Subresources;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.EcmaError;
import org.mozilla.javascript.EvaluatorException;
import org.mozilla.javascript.RhinoException;
import org.mozilla.javascript.Script;
import org.mozilla.javascript.ScriptStackElement;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;

/**
 * One page's JavaScript world (ECMAScript §9.3 realms; HTML §8.1.3): a global object — the
 * {@link Window} — holding the standard built-ins, the DOM and event interfaces, and the page's
 * {@code document} and {@code console}, and an {@link EventLoop} whose tasks run in it. All the
 * page's scripts run in it, so a global one script sets is there for the next.
 */
final class Realm {

    /**
     * The interfaces besides the DOM's, each after the one it extends, so its prototype can
     * inherit: EventTarget comes before the DOM's Node, which extends it.
     */
    private static final List<Class<? extends ScriptableObject>> EVENT_INTERFACES = List.of(EventTarget.class,
            Window.class);
    private static final List<Class<? extends ScriptableObject>> WINDOW_INTERFACES = List.of(Event.class,
            CustomEvent.class, Storage.class, FetchResponse.class, FetchResponse.Headers.class, XMLHttpRequest.class);

    /** How much of an error's JavaScript stack the log shows. */
    private static final int STACK_FRAMES_SHOWN = 10;

    private final Sandbox sandbox;
    private final Log log;
    private final Window window;

    /**
     * @param storage the engine's storage areas, for {@code localStorage} and {@code sessionStorage}
     * @param subresources where {@code fetch()} and XMLHttpRequest get responses
     */
    Realm(Sandbox sandbox, Document dom, Viewport viewport, WebStorage storage, Subresources subresources, Log log) {
        this.sandbox = sandbox;
        this.log = log;
        this.window = new Window(dom, log, viewport);
        try (Context cx = sandbox.enterContext()) {
            // The "safe" standard objects leave out Packages, java and the other doors to Java.
            cx.initSafeStandardObjects(window, false);
            // Rhino's Continuation is no web API: calling one silently ends the script that runs.
            window.delete("Continuation");
            defineInterfaces(window);
            window.setPrototype(ScriptableObject.getClassPrototype(window, "Window"));
            EventLoop eventLoop = new EventLoop(this::perform, log, EventLoop.DEFAULT_TIME_BUDGET_MS,
                    EventLoop.DEFAULT_TASK_BUDGET);
            window.initialize(cx, eventLoop, storage, subresources);
            // [LegacyUnforgeable] on Window (HTML §7.2): a page cannot replace its document.
            window.defineProperty("document", window.documentWrapper(),
                    ScriptableObject.READONLY | ScriptableObject.PERMANENT);
            window.defineProperty("console", Console.create(cx, window, log), ScriptableObject.DONTENUM);
        }
    }

    /**
     * Runs one script to its end (HTML §8.1.4.4 "run a classic script"), then the Promise
     * reactions it queued (§8.1.7.3 "perform a microtask checkpoint"), and says whether it got
     * there without an uncaught error. An error becomes one warning naming the file, line and
     * column, with the JavaScript stack if it was thrown inside a function (HTML §8.1.4.6
     * "report an exception"); a script stopped by the sandbox, one naming where the script
     * starts. Either way the page goes on.
     */
    boolean run(ClassicScript script) {
        log.detail("running " + script.location());
        boolean completed = runToEnd(script);
        log.stepFinished("ran " + script.location() + (completed ? "" : ", stopped by an error"));
        return completed;
    }

    /** The run itself: false if it stopped on an error. */
    private boolean runToEnd(ClassicScript script) {
        try (Context cx = sandbox.enterContext()) {
            cx.setTrackUnhandledPromiseRejections(true);
            compile(cx, script).exec(cx, window, window);
            performMicrotaskCheckpoint(cx);
            return true;
        } catch (RhinoException e) {
            log.warn(report(e, script.location()));
        } catch (Sandbox.BudgetExceeded e) {
            log.warn(script.location() + ": script stopped: " + e.getMessage());
        } catch (StackOverflowError e) {
            // Calls that go through Java (a callback of Array.prototype.map, say) are not
            // counted by the interpreter's stack depth; they end here instead.
            log.warn(script.location() + ": script stopped: calls nested too deeply");
        } catch (OutOfMemoryError e) {
            // One allocation too large for the heap, such as 'x'.repeat(2 ** 31): it failed, so
            // its memory was never taken, and the engine can go on.
            log.warn(script.location() + ": script stopped: out of memory");
        }
        return false;
    }

    /**
     * An uncaught error as the log shows it: {@code file:line:column: name: message}, then the
     * JavaScript stack below an error thrown inside a function; {@code fallback} stands for the
     * place of the few errors Rhino places nowhere.
     */
    static String report(RhinoException e, String fallback) {
        return where(e, fallback) + ": " + describe(e) + stack(e);
    }

    /** {@code file:line}, or {@code file:line:column} where Rhino knows the column. */
    private static String where(RhinoException e, String fallback) {
        if (e.sourceName() == null) {
            return fallback;
        }
        return e.sourceName() + ":" + e.lineNumber() + (e.columnNumber() > 0 ? ":" + e.columnNumber() : "");
    }

    /**
     * The JavaScript stack below an error thrown inside a function, innermost call first, as V8
     * prints it; nothing for one thrown at the top of a script. A deep stack shows its top
     * {@link #STACK_FRAMES_SHOWN} calls.
     */
    private static String stack(RhinoException e) {
        ScriptStackElement[] frames = e.getScriptStack();
        if (frames.length < 2) {
            return "";
        }
        StringBuilder stack = new StringBuilder();
        for (int i = 0; i < Math.min(frames.length, STACK_FRAMES_SHOWN); i++) {
            ScriptStackElement frame = frames[i];
            String place = frame.fileName + ":" + frame.lineNumber;
            stack.append("\n    at ").append(frame.functionName == null ? place : frame.functionName + " (" + place + ")");
        }
        if (frames.length > STACK_FRAMES_SHOWN) {
            stack.append("\n    ... ").append(frames.length - STACK_FRAMES_SHOWN).append(" more");
        }
        return stack.toString();
    }

    /** The global object, the window, where the page's host objects live. */
    Window global() {
        return window;
    }

    /**
     * Fires an event at the document as a task of its own, run at once: {@code DOMContentLoaded}
     * (which bubbles to the window) and {@code readystatechange} in HTML §13.2.7 "the end".
     */
    void fireAtDocument(String type, boolean bubbles) {
        perform(() -> fire(window.documentWrapper(), type, bubbles, false));
    }

    /** HTML §13.2.7 "the end": {@code load} at the window, whose handler a body's {@code onload} is. */
    void fireLoad() {
        perform(() -> fire(window, "load", false, false));
    }

    /** Runs the event loop until nothing is left to do or its budget is spent. */
    void runEventLoop() {
        window.eventLoop().run();
    }

    /**
     * A user's click on the first element {@code selectors} match, as a task followed by
     * whatever it sets off (HTML "fire a synthetic pointer event" named click: one that bubbles
     * and can be canceled).
     * Returns false if nothing matches.
     */
    boolean click(String selectors) {
        Element element = ParentNode.querySelector(window.document(), selectors);
        if (element == null) {
            return false;
        }
        window.eventLoop().queue("click on " + selectors, () -> fire(window.wrap(element), "click", true, true));
        window.eventLoop().run();
        return true;
    }

    /** The URL a followed link asked the window to navigate to since the last call, if one did. */
    Optional<URI> takeNavigation() {
        return window.takeNavigation();
    }

    private static void fire(EventTarget target, String type, boolean bubbles, boolean cancelable) {
        EventDispatch.dispatch(target, Event.fire(target, type, bubbles, cancelable));
    }

    /**
     * Performs one task of the event loop: its steps in a context of their own, with a CPU budget
     * of their own, then a microtask checkpoint. What a task throws is reported, and the loop
     * goes on with the next; a task stopped for using up its CPU budget ends the loop.
     */
    private void perform(Runnable steps) {
        try (Context cx = sandbox.enterContext()) {
            cx.setTrackUnhandledPromiseRejections(true);
            steps.run();
            performMicrotaskCheckpoint(cx);
        } catch (RhinoException e) {
            window.reportException(e);
        } catch (Sandbox.BudgetExceeded e) {
            // Without this, a page whose interval loops forever would take a CPU budget per task.
            log.warn("task stopped: " + e.getMessage() + "; the page's event loop stops");
            window.eventLoop().discardTasks();
        } catch (StackOverflowError e) {
            log.warn("task stopped: calls nested too deeply");
        } catch (OutOfMemoryError e) {
            log.warn("task stopped: out of memory");
        }
    }

    /**
     * HTML §8.1.7.3 "perform a microtask checkpoint": runs the Promise reactions and queued
     * microtasks, then reports each promise rejected with nobody to handle it ("notify about
     * rejected promises"), as browsers' consoles show "Uncaught (in promise)".
     */
    private void performMicrotaskCheckpoint(Context cx) {
        cx.processMicrotasks();
        cx.getUnhandledPromiseTracker().process(reason -> log.warn("uncaught (in promise): " + Context.toString(reason)));
    }

    /**
     * Compiles the whole script first: one that does not parse does not run at all.
     */
    private static Script compile(Context cx, ClassicScript script) {
        try {
            return cx.compileString(script.text(), script.sourceName(), script.firstLine(), null);
        } catch (EvaluatorException e) {
            throw syntaxError(e);
        }
    }

    /** Rhino reports a parse error as a bare EvaluatorException; this makes it the SyntaxError JavaScript would show. */
    static EcmaError syntaxError(EvaluatorException e) {
        return ScriptRuntime.constructError("SyntaxError", e.details(), e.sourceName(), e.lineNumber(),
                e.lineSource(), e.columnNumber());
    }

    /**
     * The error as JavaScript names it, such as {@code ReferenceError: "foo" is not defined.}
     * Rhino's own run-time errors (exceeding the stack depth) carry no name; a script that
     * catches one sees an InternalError.
     */
    static String describe(RhinoException e) {
        return (e instanceof EvaluatorException ? "InternalError: " : "") + e.details();
    }

    /**
     * Defines the interface objects and their prototypes (WebIDL §3.7) from the host classes'
     * annotations, the constants of Event and XMLHttpRequest, and the event handler attributes.
     */
    private static void defineInterfaces(ScriptableObject global) {
        defineClasses(global, EVENT_INTERFACES);
        DomInterfaces.define(global);
        defineClasses(global, WINDOW_INTERFACES);
        defineConstants(global, "Event", "NONE", "CAPTURING_PHASE", "AT_TARGET", "BUBBLING_PHASE");
        defineConstants(global, "XMLHttpRequest", "UNSENT", "OPENED", "HEADERS_RECEIVED", "LOADING", "DONE");
        EventHandlers.defineAttributes(global);
        Activation.defineClick(global);
    }

    private static void defineClasses(ScriptableObject global, List<Class<? extends ScriptableObject>> hostClasses) {
        try {
            for (Class<? extends ScriptableObject> hostClass : hostClasses) {
                ScriptableObject.defineClass(global, hostClass, false, true);
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot define the window's interfaces", e);
        }
    }

    /** Constants numbered from 0 in order, on an interface object and its prototype (WebIDL §3.7.5). */
    private static void defineConstants(Scriptable global, String name, String... constants) {
        Scriptable interfaceObject = (Scriptable) ScriptableObject.getProperty(global, name);
        Scriptable prototype = ScriptableObject.getClassPrototype(global, name);
        int attributes = ScriptableObject.READONLY | ScriptableObject.PERMANENT;
        for (int value = 0; value < constants.length; value++) {
            ScriptableObject.defineProperty(interfaceObject, constants[value], value, attributes);
            ScriptableObject.defineProperty(prototype, constants[value], value, attributes);
        }
    }
}
