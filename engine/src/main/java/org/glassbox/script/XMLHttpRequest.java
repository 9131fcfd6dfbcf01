package org.glassbox.script;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.glassbox.net.FetchRequest;
import org.glassbox.net.Response;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.Undefined;
import org.mozilla.javascript.annotations.JSFunction;
import org.mozilla.javascript.annotations.JSGetter;

/**
 * The XMLHttpRequest Standard's request object, asynchronous only: {@code open}, then
 * {@code send}, then — in a task of the event loop — {@code readystatechange} at each state up to
 * DONE and {@code load}, or {@code error} if the network failed or the same-origin policy
 * forbade reading the response (see {@link ScriptFetch}); {@code loadend} either way. Public only
 * because Rhino's {@code defineClass} reflects on it.
 *
 * <p>Left out: synchronous requests, {@code responseType} other than text, {@code responseXML},
 * {@code abort}, {@code timeout}, upload progress, {@code withCredentials}.
 */
public final class XMLHttpRequest extends EventTarget {

    /** The states of {@code readyState} (XHR §3.2). */
    static final int UNSENT = 0;
    static final int OPENED = 1;
    static final int HEADERS_RECEIVED = 2;
    static final int LOADING = 3;
    static final int DONE = 4;

    private int readyState = UNSENT;
    private String method;
    private String url;
    private final List<FetchRequest.Header> requestHeaders = new ArrayList<>();
    private boolean sent;
    private Response response;

    /** Makes {@code XMLHttpRequest.prototype}, and the object of {@code new XMLHttpRequest()}. */
    public XMLHttpRequest() {}

    @Override
    public String getClassName() {
        return "XMLHttpRequest";
    }

    /** XHR §3.5.1 {@code open(method, url, async)}: a synchronous request is not supported here, a TypeError. */
    @JSFunction
    public void open(String method, String url, Object async) {
        if (!Undefined.isUndefined(async) && !Context.toBoolean(async)) {
            throw ScriptRuntime.typeError("XMLHttpRequest: synchronous requests are not supported");
        }
        this.method = method.toUpperCase(Locale.ROOT);
        this.url = url;
        this.requestHeaders.clear();
        this.sent = false;
        this.response = null;
        changeState(OPENED);
    }

    @JSFunction
    public void setRequestHeader(String name, String value) {
        if (readyState != OPENED || sent) {
            throw DomException.error("InvalidStateError", "setRequestHeader: call open() first");
        }
        requestHeaders.add(new FetchRequest.Header(name, value));
    }

    /** XHR §3.5.6 {@code send(body)}: the request goes out in a task; its events come in that task. */
    @JSFunction
    public void send(Object body) {
        if (readyState != OPENED || sent) {
            throw DomException.error("InvalidStateError", "send: call open() first");
        }
        sent = true;
        byte[] bytes = body == null || Undefined.isUndefined(body) || method.equals("GET") || method.equals("HEAD")
                ? new byte[0] : Context.toString(body).getBytes(StandardCharsets.UTF_8);
        ScriptFetch network = Window.of(this).network();
        network.send(network.request(method, url, requestHeaders, bytes), this::processResponse);
    }

    /** XHR §3.5.6 "process response", or "request error steps" for a network error. */
    private void processResponse(ScriptFetch.Outcome outcome) {
        if (outcome.failure() != null) {
            changeState(DONE);
            fire("error");
        } else {
            response = outcome.response();
            changeState(HEADERS_RECEIVED);
            changeState(LOADING);
            changeState(DONE);
            fire("load");
        }
        fire("loadend");
    }

    private void changeState(int state) {
        readyState = state;
        fire("readystatechange");
    }

    private void fire(String type) {
        EventDispatch.dispatch(this, Event.fire(this, type, false, false));
    }

    @JSGetter
    public int getReadyState() {
        return readyState;
    }

    /** The HTTP status, 0 before the response and after a network error. */
    @JSGetter
    public int getStatus() {
        return response == null ? 0 : response.status();
    }

    @JSGetter
    public String getStatusText() {
        return response == null ? "" : ScriptFetch.statusText(response);
    }

    @JSGetter
    public String getResponseURL() {
        return response == null ? "" : response.url().toString();
    }

    /** The body as text once it is in; the empty string before. */
    @JSGetter
    public String getResponseText() {
        return response == null || readyState < LOADING ? "" : response.text();
    }

    @JSGetter
    public String getResponse() {
        return getResponseText();
    }

    /** The named header field's values joined by ", ", or null. */
    @JSFunction
    public Object getResponseHeader(String name) {
        List<String> values = response == null ? null : response.headers().get(ScriptFetch.lowerCase(name));
        return values == null ? null : String.join(", ", values);
    }

    /** Every header field, one {@code name: value} a line. */
    @JSFunction
    public String getAllResponseHeaders() {
        StringBuilder all = new StringBuilder();
        if (response != null) {
            for (Map.Entry<String, List<String>> field : response.headers().entrySet()) {
                all.append(field.getKey()).append(": ").append(String.join(", ", field.getValue())).append("\r\n");
            }
        }
        return all.toString();
    }
}
