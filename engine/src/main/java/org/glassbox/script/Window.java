package org.glassbox.script;

import java.net.URI;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.glassbox.Log;
import org.glassbox.layout.Viewport;
import org.glassbox.net.Subresources;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Node;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.EvaluatorException;
import org.mozilla.javascript.Function;
import org.mozilla.javascript.RhinoException;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.Undefined;
import org.mozilla.javascript.annotations.JSFunction;
import org.mozilla.javascript.annotations.JSGetter;
import org.mozilla.javascript.annotations.JSSetter;

/**
 * The window (HTML §7.2): the page's global object, so that {@code window.x}, {@code self.x} and
 * a plain {@code x} are the same variable. It is an event target — the last stop of a bubbling
 * event, and where {@code load} is fired — and holds what a page's scripts reach besides the DOM:
 * the timers and animation frames of its {@link EventLoop}, {@code performance.now()},
 * {@code navigator}, the viewport's
 * size, {@code localStorage} and {@code sessionStorage}, {@code atob} and {@code btoa}, the
 * dialogs ({@code alert}, {@code confirm}, {@code prompt}: a headless engine logs them and gives
 * the answer a user who closed them would), and {@code fetch}. Public only because Rhino's
 * {@code defineClass} reflects on it.
 *
 * <p>Left out: {@code window.open}, frames (the window has none; {@code frames} is itself),
 * scrolling, {@code postMessage}, {@code getComputedStyle}.
 */
public final class Window extends EventTarget {

    private Document document;
    private WrapperCache wrappers;
    private Log log;
    private EventLoop eventLoop;
    private Viewport viewport;
    private Timers timers;
    private AnimationFrames animationFrames;
    private WebStorage storage;
    private Storage localStorage;
    private Storage sessionStorage;
    private Subresources subresources;
    private ScriptFetch network;
    private Scriptable navigator;
    private Scriptable performance;
    private URI navigation;
    private final Set<Node> clicksInProgress = Collections.newSetFromMap(new IdentityHashMap<>());

    /** Makes the {@code Window.prototype} object; Rhino's {@code defineClass} calls it. */
    public Window() {}

    /** The global object of a page's realm, before the standard objects and interfaces are defined on it. */
    Window(Document document, Log log, Viewport viewport) {
        this.document = document;
        this.log = log;
        this.viewport = viewport;
        this.timers = new Timers(this);
        this.animationFrames = new AnimationFrames(this);
    }

    /**
     * Gives the window the objects that need the realm's built-ins to exist first: the wrappers,
     * the event loop, storage, the network and {@code navigator}.
     */
    void initialize(Context cx, EventLoop eventLoop, WebStorage storage, Subresources subresources) {
        this.eventLoop = eventLoop;
        this.storage = storage;
        this.subresources = subresources;
        this.network = new ScriptFetch(subresources, this);
        this.wrappers = new WrapperCache(this, document);
        this.navigator = Navigator.create(cx, this);
        this.performance = Performance.create(cx, this);
    }

    /**
     * Puts a host object the engine made into the realm of {@code scope}: its global object as
     * the object's scope, its interface's prototype (by its class name) as the object's prototype.
     */
    static <T extends ScriptableObject> T adopt(Scriptable scope, T object) {
        Scriptable global = ScriptableObject.getTopLevelScope(scope);
        object.setParentScope(global);
        object.setPrototype(ScriptableObject.getClassPrototype(global, object.getClassName()));
        return object;
    }

    /** The window of the realm {@code object} belongs to: its global object. */
    static Window of(Scriptable object) {
        return (Window) ScriptableObject.getTopLevelScope(object);
    }

    @Override
    public String getClassName() {
        return "Window";
    }

    /** {@code window}, {@code self} and {@code frames} are the global object itself (HTML §7.2). */
    @JSGetter
    public Object getWindow() {
        return this;
    }

    @JSGetter
    public Object getSelf() {
        return this;
    }

    /**
     * {@code self}, {@code frames} and {@code parent} are [Replaceable] (HTML §7.2): a script may
     * put its own value in their place, as the common {@code var self = this;} does.
     */
    @JSSetter
    public void setSelf(Object value) {
        replace("self", value);
    }

    @JSGetter
    public Object getFrames() {
        return this;
    }

    @JSSetter
    public void setFrames(Object value) {
        replace("frames", value);
    }

    /** A window without a parent is its own {@code parent} and {@code top}. */
    @JSGetter
    public Object getParent() {
        return this;
    }

    @JSSetter
    public void setParent(Object value) {
        replace("parent", value);
    }

    /** WebIDL §3.7.6 [Replaceable]: the new value becomes a property of the window's own, hiding the attribute. */
    private void replace(String name, Object value) {
        defineProperty(name, value, ScriptableObject.EMPTY);
    }

    @JSGetter
    public Object getTop() {
        return this;
    }

    /** The document's {@code location}, the same object (HTML §7.2: {@code window.location} is {@code document.location}). */
    @JSGetter
    public Object getLocation() {
        Object location = ScriptableObject.getProperty(documentWrapper(), "location");
        return location == Scriptable.NOT_FOUND ? Undefined.instance : location;
    }

    @JSGetter
    public Object getNavigator() {
        return navigator;
    }

    @JSGetter
    public Object getPerformance() {
        return performance;
    }

    /** The viewport's width in CSS pixels (CSSOM View §5 {@code innerWidth}). */
    @JSGetter
    public int getInnerWidth() {
        return viewport.width();
    }

    @JSGetter
    public int getInnerHeight() {
        return viewport.height();
    }

    /** One device pixel per CSS pixel, as the engine lays pages out; {@code render --scale} only draws them larger. */
    @JSGetter
    public int getDevicePixelRatio() {
        return 1;
    }

    /** The page is never scrolled. */
    @JSGetter
    public int getScrollX() {
        return 0;
    }

    @JSGetter
    public int getScrollY() {
        return 0;
    }

    /** HTML §12.2.3: the origin's area that lasts, the same object each time. */
    @JSGetter
    public Object getLocalStorage() {
        if (localStorage == null) {
            localStorage = storageObject(storage.local(origin()));
        }
        return localStorage;
    }

    /** HTML §12.2.2: the origin's area for the session, which here is the engine's life. */
    @JSGetter
    public Object getSessionStorage() {
        if (sessionStorage == null) {
            sessionStorage = storageObject(storage.session(origin()));
        }
        return sessionStorage;
    }

    private Storage storageObject(Map<String, String> area) {
        return adopt(this, new Storage(area));
    }

    /** HTML §8.8.1 "simple dialogs": logged; the user closes the alert at once. */
    @JSFunction
    public void alert(Object message) {
        log.info("alert: " + text(message));
    }

    /** Logged; the user answers Cancel, as one who never saw the dialog would. */
    @JSFunction
    public boolean confirm(Object message) {
        log.info("confirm: " + text(message) + " (answered Cancel: false)");
        return false;
    }

    /** Logged; the user answers Cancel, and the script gets null. */
    @JSFunction
    public Object prompt(Object message, Object defaultValue) {
        log.info("prompt: " + text(message) + " (answered Cancel: null)");
        return null;
    }

    /** HTML §8.3 {@code btoa}: a string of Latin-1 characters to base64. */
    @JSFunction
    public String btoa(String data) {
        return Base64Strings.btoa(this, data);
    }

    /** HTML §8.3 {@code atob}: base64 to a string of Latin-1 characters, forgiving whitespace and missing padding. */
    @JSFunction
    public String atob(String data) {
        return Base64Strings.atob(this, data);
    }

    /** {@code setTimeout(handler, timeout, ...arguments)} (HTML §8.6); returns the timer's handle. */
    @JSFunction
    public static Object setTimeout(Context cx, Scriptable thisObj, Object[] args, Function function) {
        return of(function).startTimer(args, false);
    }

    /** {@code setInterval(handler, timeout, ...arguments)}: as setTimeout, again and again. */
    @JSFunction
    public static Object setInterval(Context cx, Scriptable thisObj, Object[] args, Function function) {
        return of(function).startTimer(args, true);
    }

    @JSFunction
    public void clearTimeout(Object handle) {
        timers.clear(handle);
    }

    @JSFunction
    public void clearInterval(Object handle) {
        timers.clear(handle);
    }

    @JSFunction
    public int requestAnimationFrame(Object callback) {
        return animationFrames.request(callback(callback, "requestAnimationFrame"));
    }

    @JSFunction
    public void cancelAnimationFrame(Object handle) {
        animationFrames.cancel(handle);
    }

    /** HTML §8.7 {@code queueMicrotask}: the callback runs at the next microtask checkpoint. */
    @JSFunction
    public void queueMicrotask(Object callback) {
        Function function = callback(callback, "queueMicrotask");
        Context.getCurrentContext().enqueueMicrotask(() -> invoke(function, this, new Object[0]));
    }

    /** Fetch §5.6 {@code fetch(input, init)}: a Promise of the response. */
    @JSFunction
    public Object fetch(Object input, Object init) {
        return network.fetch(input, init);
    }

    private Object startTimer(Object[] args, boolean repeat) {
        Object handler = args.length > 0 ? args[0] : Undefined.instance;
        Object timeout = args.length > 1 ? args[1] : 0;
        Object[] arguments = args.length > 2 ? Arrays.copyOfRange(args, 2, args.length) : new Object[0];
        return timers.start(handler, timeout, arguments, repeat);
    }

    private static Function callback(Object callback, String method) {
        if (!(callback instanceof Function function)) {
            throw ScriptRuntime.typeError(method + ": the argument is not a function");
        }
        return function;
    }

    /**
     * Calls a script's callback (WebIDL §3.12 "invoke a callback function"); an exception it
     * throws is reported and goes no further.
     */
    void invoke(Function callback, Scriptable thisObj, Object[] arguments) {
        try {
            callback.call(Context.getCurrentContext(), this, thisObj, arguments);
        } catch (RhinoException e) {
            reportException(e);
        }
    }

    /** Runs a string as a script in this realm, as a timer whose handler is a string does. */
    void runScript(String source, String name) {
        Context cx = Context.getCurrentContext();
        try {
            cx.compileString(source, document.location() + " (" + name + ")", 1, null).exec(cx, this, this);
        } catch (EvaluatorException e) {
            reportException(Realm.syntaxError(e));
        } catch (RhinoException e) {
            reportException(e);
        }
    }

    /**
     * HTML §8.1.4.6 "report an exception": one warning naming the file and line, such as
     * {@code page.html:5: ReferenceError: "foo" is not defined.}, with the JavaScript stack.
     */
    void reportException(RhinoException e) {
        log.warn(Realm.report(e, document.location()));
    }

    /** Navigates once the page is done, to the first URL asked for (HTML §7.4.2 "navigate"). */
    void navigate(URI url) {
        if (navigation == null) {
            log.detail("navigation to " + url + " once the page is done");
            navigation = url;
        }
    }

    /** The navigation asked for, if any, which is then forgotten. */
    Optional<URI> takeNavigation() {
        Optional<URI> taken = Optional.ofNullable(navigation);
        navigation = null;
        return taken;
    }

    /** The elements whose {@code click()} is being dispatched: the "click in progress flag" of each. */
    Set<Node> clicksInProgress() {
        return clicksInProgress;
    }

    /** The page's handle on the engine's network and its cookie jar. */
    Subresources subresources() {
        return subresources;
    }

    ScriptFetch network() {
        return network;
    }

    EventLoop eventLoop() {
        return eventLoop;
    }

    /** The origin of the document's URL (HTML §7.1.1), whose storage and network the page may use. */
    Origin origin() {
        try {
            return Origin.of(URI.create(document.location()));
        } catch (IllegalArgumentException e) {
            return Origin.of(URI.create("about:blank"));
        }
    }

    Document document() {
        return document;
    }

    NodeWrapper documentWrapper() {
        return wrappers.wrap(document);
    }

    NodeWrapper wrap(Node node) {
        return wrappers.wrap(node);
    }

    Log log() {
        return log;
    }

    private static String text(Object message) {
        return Undefined.isUndefined(message) ? "" : Context.toString(message);
    }
}
