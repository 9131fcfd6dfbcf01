package org.glassbox.script;

import java.util.Map;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.EcmaError;
import org.mozilla.javascript.JavaScriptException;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.Undefined;
import org.mozilla.javascript.annotations.JSFunction;
import org.mozilla.javascript.annotations.JSGetter;

/**
 * The {@code DOMException} interface (WebIDL §3.14.1): the error the DOM throws when a script
 * asks for something the tree forbids — a node inserted inside itself (HierarchyRequestError),
 * a child that is not there (NotFoundError), a name with a space in it (InvalidCharacterError),
 * a selector that does not parse (SyntaxError). Its {@code name} says which; {@code code} is
 * the number older pages compare against. Its prototype inherits from {@code Error.prototype},
 * so {@code e instanceof Error} holds, as WebIDL asks.
 *
 * <p>Public only because Rhino's {@code defineClass} reflects on it; its public two-argument
 * constructor is JavaScript's {@code new DOMException(message, name)}.
 */
public final class DomException extends ScriptableObject {

    /** The legacy codes of WebIDL §2.8.1's table of error names; names not in it have code 0. */
    private static final Map<String, Integer> LEGACY_CODES = Map.of(
            "IndexSizeError", 1, "HierarchyRequestError", 3, "WrongDocumentError", 4,
            "InvalidCharacterError", 5, "NoModificationAllowedError", 7, "NotFoundError", 8,
            "NotSupportedError", 9, "InvalidStateError", 11, "SyntaxError", 12,
            "InvalidModificationError", 13);

    private final String message;
    private final String name;

    /** Makes the {@code DOMException.prototype} object; Rhino's {@code defineClass} calls it. */
    public DomException() {
        this("", "Error");
    }

    /** {@code new DOMException(message, name)}: both optional, as in WebIDL's constructor. */
    public DomException(Object message, Object name) {
        this.message = Undefined.isUndefined(message) ? "" : Context.toString(message);
        this.name = Undefined.isUndefined(name) ? "Error" : Context.toString(name);
    }

    @Override
    public String getClassName() {
        return "DOMException";
    }

    @JSGetter
    public String getName() {
        return name;
    }

    @JSGetter
    public String getMessage() {
        return message;
    }

    @JSGetter
    public int getCode() {
        return LEGACY_CODES.getOrDefault(name, 0);
    }

    /**
     * {@code "NotFoundError: the reference node is not a child of this node"}, as
     * {@code Error.prototype.toString} would say (ECMAScript §20.5.3.4), which Rhino applies to
     * its own errors only.
     */
    @JSFunction("toString")
    public String stringify() {
        return message.isEmpty() ? name : name + ": " + message;
    }

    /**
     * A DOMException named {@code name}, ready to throw into the running script, with the
     * script's file and line so that an uncaught one is logged where it happened.
     */
    static JavaScriptException error(String name, String message) {
        Context cx = Context.getCurrentContext();
        Scriptable exception = cx.newObject(ScriptRuntime.getTopCallScope(cx), "DOMException",
                new Object[] {message, name});
        // Rhino's way to the running script's position is package-private; its own errors find it.
        EcmaError position = ScriptRuntime.constructError("Error", "");
        return new JavaScriptException(exception, position.sourceName(), position.lineNumber());
    }
}
