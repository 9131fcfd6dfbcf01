package org.glassbox.script;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.glassbox.Log;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.LambdaFunction;
import org.mozilla.javascript.NativeJSON;
import org.mozilla.javascript.RhinoException;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.Undefined;

/**
 * The {@code console} namespace (Console Standard §1): {@code log} and {@code info} print to the
 * log as information, {@code warn} and {@code error} as warnings, {@code debug} as a detail that
 * only {@code -v} shows. Each line is the method's name and its arguments, formatted as
 * {@code %s}, {@code %d} and the other specifiers of a first string argument ask, then turned
 * into strings and joined by spaces, such as {@code console.log: total 3}.
 *
 * <p>Unlike the DOM wrappers this is not a class with annotated methods. Rhino wants an
 * annotated function that takes any number of arguments to be static, where it could not reach
 * this page's {@link Log}; and the console is a namespace, whose functions work without a
 * {@code this} ({@code const log = console.log; log("hi")} is fine in a browser). So each
 * function is a closure over the log.
 *
 * <p>Left out: {@code table}, {@code group}, {@code count}, {@code time}, {@code trace},
 * {@code assert}; {@code %c}'s styles are dropped.
 */
final class Console {

    /** A format specifier of Console Standard §2.2.1, or {@code %%}, which prints one {@code %}. */
    private static final Pattern SPECIFIER = Pattern.compile("%[sdifoOc%]");

    private Console() {}

    /** Makes the {@code console} object for {@code global}. */
    static Scriptable create(Context cx, Scriptable global, Log log) {
        Scriptable console = cx.newObject(global);
        define(console, "log", log::info);
        define(console, "info", log::info);
        define(console, "debug", log::detail);
        define(console, "warn", log::warn);
        define(console, "error", log::warn);
        return console;
    }

    private static void define(Scriptable console, String name, Consumer<String> printer) {
        LambdaFunction function = new LambdaFunction(console, name, 0, (cx, scope, thisObj, args) -> {
            printer.accept("console." + name + ": " + print(format(cx, scope, args)));
            return Undefined.instance;
        });
        ScriptableObject.defineProperty(console, name, function, ScriptableObject.DONTENUM);
    }

    /**
     * Console Standard §2.2.1 "Formatter": each specifier in the first argument, if it is a
     * string, takes the next argument, converted as it says; the arguments left over follow.
     */
    private static List<Object> format(Context cx, Scriptable scope, Object[] args) {
        if (args.length == 0 || !(args[0] instanceof CharSequence)) {
            return Arrays.asList(args);
        }
        Matcher specifiers = SPECIFIER.matcher(args[0].toString());
        StringBuilder formatted = new StringBuilder();
        int next = 1;
        while (specifiers.find()) {
            String specifier = specifiers.group();
            String replacement = specifier.equals("%%") ? "%"
                    : next < args.length ? convert(cx, scope, specifier, args[next++]) : specifier;
            specifiers.appendReplacement(formatted, Matcher.quoteReplacement(replacement));
        }
        specifiers.appendTail(formatted);
        List<Object> rest = new ArrayList<>(List.of((Object) formatted.toString()));
        rest.addAll(Arrays.asList(args).subList(next, args.length));
        return rest;
    }

    /**
     * One argument as a specifier wants it: {@code %d} and {@code %i} what {@code parseInt} makes
     * of it, {@code %f} what {@code parseFloat} does, {@code %o} and {@code %O} JSON.
     */
    private static String convert(Context cx, Scriptable scope, String specifier, Object argument) {
        Scriptable global = ScriptableObject.getTopLevelScope(scope);
        return switch (specifier) {
            case "%d", "%i" -> Context.toString(ScriptableObject.callMethod(cx, global, "parseInt", new Object[] {argument, 10}));
            case "%f" -> Context.toString(ScriptableObject.callMethod(cx, global, "parseFloat", new Object[] {argument}));
            case "%o", "%O" -> json(cx, scope, argument);
            case "%c" -> ""; // a style for the text after it, which a log line cannot show
            default -> Context.toString(argument);
        };
    }

    /** An object as JSON, which shows what is in it; what JSON cannot show (a function, a cycle) as a string. */
    private static String json(Context cx, Scriptable scope, Object value) {
        try {
            Object json = NativeJSON.stringify(cx, scope, value, null, null);
            return Undefined.isUndefined(json) ? Context.toString(value) : Context.toString(json);
        } catch (RhinoException e) {
            return Context.toString(value);
        }
    }

    /**
     * The Console Standard leaves printing to the implementation (§2.3 "Printer"); Glassbox
     * prints what JavaScript's {@code String(value)} gives.
     */
    private static String print(List<Object> args) {
        return String.join(" ", args.stream().map(Context::toString).toList());
    }
}
