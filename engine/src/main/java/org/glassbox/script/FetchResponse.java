package org.glassbox.script;

import java.util.List;
import org.glassbox.net.Response;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.RhinoException;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.annotations.JSFunction;
import org.mozilla.javascript.annotations.JSGetter;

/**
 * What {@code fetch()} resolves to (Fetch §5.5 the {@code Response} interface): the status, the
 * header fields and the body, which {@code text()} and {@code json()} give as Promises. Public only
 * because Rhino's {@code defineClass} reflects on it.
 *
 * <p>Left out: {@code bodyUsed} (a body can be read any number of times), {@code blob()},
 * {@code arrayBuffer()}, {@code formData()}, {@code body} as a stream, {@code clone()}, and
 * {@code new Response()}.
 */
public final class FetchResponse extends ScriptableObject {

    private final Response response;
    private Scriptable headers;

    /** Makes the {@code Response.prototype} object; Rhino's {@code defineClass} calls it. */
    public FetchResponse() {
        this(null);
    }

    private FetchResponse(Response response) {
        this.response = response;
    }

    static FetchResponse create(Scriptable scope, Response response) {
        return Window.adopt(scope, new FetchResponse(response));
    }

    @Override
    public String getClassName() {
        return "Response";
    }

    /** True for a status from 200 to 299. */
    @JSGetter
    public boolean getOk() {
        return response.status() >= 200 && response.status() <= 299;
    }

    @JSGetter
    public int getStatus() {
        return response.status();
    }

    @JSGetter
    public String getStatusText() {
        return ScriptFetch.statusText(response);
    }

    /** The URL the body came from, after any redirects. */
    @JSGetter
    public String getUrl() {
        return response.url().toString();
    }

    @JSGetter
    public boolean getRedirected() {
        return false;
    }

    /** The header fields as a {@code Headers} object with {@code get} and {@code has}. */
    @JSGetter
    public Object getHeaders() {
        if (headers == null) {
            headers = Headers.create(this, response);
        }
        return headers;
    }

    /** The body decoded as text, in a Promise. */
    @JSFunction
    public Object text() {
        return resolved(response.text());
    }

    /** The body parsed as JSON, in a Promise; rejected with a SyntaxError if it is not JSON. */
    @JSFunction
    public Object json() {
        Context cx = Context.getCurrentContext();
        Scriptable global = getTopLevelScope(this);
        try {
            Scriptable json = (Scriptable) ScriptableObject.getProperty(global, "JSON");
            return resolved(ScriptableObject.callMethod(cx, json, "parse", new Object[] {response.text()}));
        } catch (RhinoException e) {
            Object error = cx.newObject(global, "SyntaxError", new Object[] {e.details()});
            return ScriptableObject.callMethod(cx, promiseConstructor(), "reject", new Object[] {error});
        }
    }

    private Object resolved(Object value) {
        return ScriptableObject.callMethod(Context.getCurrentContext(), promiseConstructor(), "resolve",
                new Object[] {value});
    }

    private Scriptable promiseConstructor() {
        return (Scriptable) ScriptableObject.getProperty(getTopLevelScope(this), "Promise");
    }

    /** Fetch §5.2 the {@code Headers} interface, read-only: a response's header fields by name, without case. */
    public static final class Headers extends ScriptableObject {

        private final Response response;

        /** Makes the {@code Headers.prototype} object; Rhino's {@code defineClass} calls it. */
        public Headers() {
            this(null);
        }

        private Headers(Response response) {
            this.response = response;
        }

        static Headers create(Scriptable scope, Response response) {
            return Window.adopt(scope, new Headers(response));
        }

        @Override
        public String getClassName() {
            return "Headers";
        }

        /** The values of the named field joined by ", ", or null (Fetch §5.2 "get"). */
        @JSFunction
        public Object get(String name) {
            List<String> values = response.headers().get(ScriptFetch.lowerCase(name));
            return values == null ? null : String.join(", ", values);
        }

        @JSFunction
        public boolean has(String name) {
            return response.headers().containsKey(ScriptFetch.lowerCase(name));
        }
    }
}
