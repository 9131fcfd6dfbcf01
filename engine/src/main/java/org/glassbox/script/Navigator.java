package org.glassbox.script;

import org.mozilla.javascript.Context;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;

/**
 * {@code navigator} (HTML §8.9.1): what the page may learn about the browser. Glassbox names
 * itself in {@code userAgent} as in its requests' User-Agent header, speaks US English and is
 * always online.
 */
final class Navigator {

    /** The same name the network sends in User-Agent. */
    static final String USER_AGENT = "Glassbox/0.1";

    private Navigator() {}

    static Scriptable create(Context cx, Scriptable global) {
        Scriptable navigator = cx.newObject(global);
        define(navigator, "userAgent", USER_AGENT);
        define(navigator, "appName", "Netscape"); // what every browser says (HTML §8.9.1.1)
        define(navigator, "product", "Gecko");
        define(navigator, "platform", "");
        define(navigator, "language", "en-US");
        define(navigator, "languages", cx.newArray(global, new Object[] {"en-US"}));
        define(navigator, "onLine", true);
        define(navigator, "cookieEnabled", true);
        return navigator;
    }

    private static void define(Scriptable navigator, String name, Object value) {
        ScriptableObject.defineProperty(navigator, name, value, ScriptableObject.READONLY | ScriptableObject.PERMANENT);
    }
}
