package org.glassbox.script;

import org.mozilla.javascript.Context;
import org.mozilla.javascript.LambdaFunction;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;

/**
 * {@code performance.now()} (High Resolution Time §4): milliseconds since the page's time origin,
 * read from the event loop's virtual clock. It stands still while a script runs and jumps to
 * each task's time, so a script that measures itself always finds it took no time.
 */
final class Performance {

    private Performance() {}

    static Scriptable create(Context cx, Window window) {
        Scriptable performance = cx.newObject(window);
        LambdaFunction now = new LambdaFunction(window, "now", 0,
                (c, scope, thisObj, args) -> window.eventLoop().now());
        ScriptableObject.defineProperty(performance, "now", now, ScriptableObject.DONTENUM);
        return performance;
    }
}
