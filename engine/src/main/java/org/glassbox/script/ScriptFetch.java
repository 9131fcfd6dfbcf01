package org.glassbox.script;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.glassbox.LoadException;
import org.glassbox.net.FetchRequest;
import org.glassbox.net.Response;
import org.glassbox.net.Subresources;
import org.jsoup.internal.StringUtil;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Function;
import org.mozilla.javascript.LambdaFunction;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.Undefined;

/**
 * Requests a page's scripts make, through {@code fetch()} and {@code XMLHttpRequest}, sent through
 * the engine's network and held to the same-origin policy. A script may read a response from its
 * own origin, or from another whose {@code Access-Control-Allow-Origin} names the page's origin or
 * is {@code *} (Fetch §4.9 "CORS check"); any other response is a network error, as if nothing had
 * come back, and the log says why. {@code data:} URLs are readable from anywhere.
 *
 * <p>The network is asked in a task on the event loop, never while the script runs, so the
 * response comes after the script that asked, as in a browser.
 *
 * <p>Left out: preflight requests (a cross-origin request with any method or header is sent
 * as it is), credentials modes (cookies go with every request), {@code Request} objects, streams,
 * {@code AbortController}, redirect modes.
 */
final class ScriptFetch {

    /** A response the script may read, or why it may not. */
    record Outcome(Response response, String failure) {}

    private final Subresources subresources;
    private final Window window;

    ScriptFetch(Subresources subresources, Window window) {
        this.subresources = subresources;
        this.window = window;
    }

    /**
     * Fetch §5.6 {@code fetch(input, init)}: a Promise that a task fulfills with a
     * {@code Response} — also for a 404 — or rejects with a TypeError when the network fails or
     * the same-origin policy forbids reading the response.
     */
    Object fetch(Object input, Object init) {
        Context cx = Context.getCurrentContext();
        Function[] settle = new Function[2];
        LambdaFunction executor = new LambdaFunction(window, "executor", 2, (c, scope, thisObj, args) -> {
            settle[0] = (Function) args[0];
            settle[1] = (Function) args[1];
            return Undefined.instance;
        });
        Scriptable promise = cx.newObject(window, "Promise", new Object[] {executor});
        FetchRequest request = request(Context.toString(input), init);
        send(request, outcome -> {
            Object result = outcome.failure() == null ? FetchResponse.create(window, outcome.response())
                    : Context.getCurrentContext().newObject(window, "TypeError", new Object[] {"Failed to fetch"});
            settle[outcome.failure() == null ? 0 : 1].call(Context.getCurrentContext(), window, window, new Object[] {result});
        });
        return promise;
    }

    /** Queues a task that makes the request and hands {@code then} what came of it. */
    void send(FetchRequest request, Consumer<Outcome> then) {
        window.eventLoop().queue(request.toString(), () -> then.accept(outcome(request)));
    }

    /** The request {@code init} describes: its {@code method}, {@code headers} and {@code body}. */
    private FetchRequest request(String input, Object init) {
        String method = Context.toString(Event.member(init, "method", "GET"));
        List<FetchRequest.Header> headers = headers(Event.member(init, "headers", null));
        Object body = Event.member(init, "body", null);
        byte[] bytes = body == null ? new byte[0] : Context.toString(body).getBytes(StandardCharsets.UTF_8);
        return request(method, input, headers, bytes);
    }

    /** A request for {@code url} resolved against the page, with the page's origin in Origin if it goes elsewhere. */
    FetchRequest request(String method, String url, List<FetchRequest.Header> headers, byte[] body) {
        URI target = resolve(url);
        List<FetchRequest.Header> all = new ArrayList<>(headers);
        if (!Origin.of(target).isSameOrigin(window.origin())) {
            all.add(new FetchRequest.Header("Origin", window.origin().serialization()));
        }
        return new FetchRequest(method, target, all, body, FetchRequest.CacheMode.DEFAULT, true);
    }

    /** The URL relative to the document's, as jsoup resolves an {@code href}; a TypeError if it is no URL. */
    URI resolve(String url) {
        String resolved = StringUtil.resolve(window.document().location(), url);
        try {
            return URI.create(resolved);
        } catch (IllegalArgumentException e) {
            throw ScriptRuntime.typeError("'" + url + "' is not a valid URL");
        }
    }

    private static List<FetchRequest.Header> headers(Object init) {
        List<FetchRequest.Header> headers = new ArrayList<>();
        if (init instanceof Scriptable object) {
            for (Object name : object.getIds()) {
                String key = Context.toString(name);
                headers.add(new FetchRequest.Header(key, Context.toString(ScriptableObject.getProperty(object, key))));
            }
        }
        return headers;
    }

    /** Fetches, then checks that the page may read what came back. */
    private Outcome outcome(FetchRequest request) {
        try {
            Response response = subresources.fetch(request);
            String refusal = corsCheck(response);
            if (refusal != null) {
                window.log().warn(request + " blocked by the same-origin policy: " + refusal);
            }
            return new Outcome(response, refusal);
        } catch (LoadException e) {
            window.log().warn(request + " failed: " + e.getMessage());
            return new Outcome(null, e.getMessage());
        }
    }

    /**
     * Fetch §4.9 "CORS check": null if the page may read the response; otherwise why not. A
     * redirect to another origin is checked at the URL where the response came from.
     */
    private String corsCheck(Response response) {
        URI url = response.url();
        Origin origin = window.origin();
        if ("data".equals(url.getScheme()) || Origin.of(url).isSameOrigin(origin)) {
            return null;
        }
        String allowed = response.header("access-control-allow-origin").orElse("").strip();
        if (allowed.equals("*") || allowed.equals(origin.serialization())) {
            return null;
        }
        return url + " is another origin, and its Access-Control-Allow-Origin "
                + (allowed.isEmpty() ? "is missing" : "'" + allowed + "' does not allow " + origin.serialization());
    }

    /** The reason phrase of a status line, such as {@code Not Found}; empty without one (Fetch: statusText). */
    static String statusText(Response response) {
        String[] parts = response.statusLine().split(" ", 3);
        return parts.length == 3 ? parts[2] : response.status() == 200 && response.statusLine().isEmpty() ? "OK" : "";
    }

    static String lowerCase(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
