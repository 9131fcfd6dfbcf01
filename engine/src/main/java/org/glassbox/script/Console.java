package org.glassbox.script;

import java.util.Arrays;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.glassbox.Log;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.LambdaFunction;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.Undefined;

/**
 * The {@code console} namespace (Console Standard §1): {@code log} and {@code info} print to the
 * log as information, {@code warn} and {@code error} as warnings. Each line is the method's name
 * and its arguments turned into strings and joined by spaces, such as
 * {@code console.log: total 3}.
 *
 * <p>Unlike the DOM wrappers this is not a class with annotated methods. Rhino wants an
 * annotated function that takes any number of arguments to be static, where it could not reach
 * this page's {@link Log}; and the console is a namespace, whose functions work without a
 * {@code this} ({@code const log = console.log; log("hi")} is fine in a browser). So each
 * function is a closure over the log.
 */
final class Console {

    private Console() {}

    /** Makes the {@code console} object for {@code global}. */
    static Scriptable create(Context cx, Scriptable global, Log log) {
        Scriptable console = cx.newObject(global);
        define(console, "log", log::info);
        define(console, "info", log::info);
        define(console, "warn", log::warn);
        define(console, "error", log::warn);
        return console;
    }

    private static void define(Scriptable console, String name, Consumer<String> printer) {
        LambdaFunction function = new LambdaFunction(console, name, 0, (cx, scope, thisObj, args) -> {
            printer.accept("console." + name + ": " + print(args));
            return Undefined.instance;
        });
        ScriptableObject.defineProperty(console, name, function, ScriptableObject.DONTENUM);
    }

    /**
     * The Console Standard leaves printing to the implementation (§2.3 "Printer"); Glassbox
     * prints what JavaScript's {@code String(value)} gives, without the {@code %s} formatting of
     * §2.2.1.
     */
    private static String print(Object[] args) {
        return Arrays.stream(args).map(Context::toString).collect(Collectors.joining(" "));
    }
}
