package org.glassbox.script;

import org.mozilla.javascript.Context;
import org.mozilla.javascript.JavaScriptException;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;

/**
 * The errors WebIDL calls DOMExceptions (WebIDL §3.14.3), such as InvalidCharacterError. Glassbox
 * has no {@code DOMException} interface yet: each is an {@code Error} whose {@code name} is the
 * exception's name, so {@code e.name === 'InvalidCharacterError'} holds, though
 * {@code e instanceof DOMException} cannot.
 */
final class DomExceptions {

    private DomExceptions() {}

    /** An exception to throw into the script that called into {@code scope}'s realm. */
    static JavaScriptException create(Scriptable scope, String name, String message) {
        Scriptable global = ScriptableObject.getTopLevelScope(scope);
        Scriptable error = Context.getCurrentContext().newObject(global, "Error", new Object[] {message});
        ScriptableObject.putProperty(error, "name", name);
        return new JavaScriptException(error, null, 0);
    }
}
