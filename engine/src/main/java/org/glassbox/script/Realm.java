package org.glassbox.script;

import java.util.List;
import org.glassbox.Log;
import org.jsoup.nodes.Document;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.EvaluatorException;
import org.mozilla.javascript.RhinoException;
import org.mozilla.javascript.Script;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.ScriptableObject;

/**
 * One page's JavaScript world (ECMAScript §9.3 realms; HTML §8.1.3): a global object holding
 * the standard built-ins, the DOM interfaces {@code Node}, {@code Element}, {@code Text} and
 * {@code Document}, and the page's {@code document} and {@code console}. All the page's scripts
 * run in it, so a global one script sets is there for the next.
 */
final class Realm {

    private final Sandbox sandbox;
    private final Log log;
    private final ScriptableObject global;

    Realm(Sandbox sandbox, Document dom, Log log) {
        this.sandbox = sandbox;
        this.log = log;
        try (Context cx = sandbox.enterContext()) {
            // The "safe" standard objects leave out Packages, java and the other doors to Java.
            this.global = cx.initSafeStandardObjects();
            defineInterfaces(global);
            // [LegacyUnforgeable] on Window (HTML §7.2): a page cannot replace its document.
            global.defineProperty("document", new WrapperCache(global).wrap(dom),
                    ScriptableObject.READONLY | ScriptableObject.PERMANENT);
            global.defineProperty("console", Console.create(cx, global, log), ScriptableObject.DONTENUM);
        }
    }

    /** The global object, where the page's host objects live. */
    ScriptableObject global() {
        return global;
    }

    /**
     * Runs one script to its end (HTML §8.1.4.4 "run a classic script") and says whether it got
     * there without an uncaught error. An error becomes one warning naming the file and line
     * (HTML §8.1.4.6 "report an exception"); a script stopped by the sandbox, one naming where
     * the script starts. Either way the page goes on.
     */
    boolean run(ClassicScript script) {
        log.detail("running " + script.location());
        try (Context cx = sandbox.enterContext()) {
            compile(cx, script).exec(cx, global, global);
            return true;
        } catch (RhinoException e) {
            log.warn(e.sourceName() + ":" + e.lineNumber() + ": " + describe(e));
        } catch (Sandbox.BudgetExceeded e) {
            log.warn(script.location() + ": script stopped: " + e.getMessage());
        } catch (StackOverflowError e) {
            // Calls that go through Java (a callback of Array.prototype.map, say) are not
            // counted by the interpreter's stack depth; they end here instead.
            log.warn(script.location() + ": script stopped: calls nested too deeply");
        }
        return false;
    }

    /**
     * Compiles the whole script first: one that does not parse does not run at all. Rhino
     * reports a parse error as a bare EvaluatorException; this makes it the SyntaxError
     * JavaScript would show.
     */
    private static Script compile(Context cx, ClassicScript script) {
        try {
            return cx.compileString(script.text(), script.sourceName(), script.firstLine(), null);
        } catch (EvaluatorException e) {
            throw ScriptRuntime.constructError("SyntaxError", e.details(), e.sourceName(), e.lineNumber(),
                    e.lineSource(), e.columnNumber());
        }
    }

    /**
     * The error as JavaScript names it, such as {@code ReferenceError: "foo" is not defined.}
     * Rhino's own run-time errors (exceeding the stack depth) carry no name; a script that
     * catches one sees an InternalError.
     */
    private static String describe(RhinoException e) {
        return (e instanceof EvaluatorException ? "InternalError: " : "") + e.details();
    }

    /**
     * Defines the interface objects and their prototypes (WebIDL §3.7) from the wrapper
     * classes' annotations; each after the one it extends, so its prototype can inherit.
     */
    private static void defineInterfaces(ScriptableObject global) {
        List<Class<? extends NodeWrapper>> interfaces =
                List.of(NodeWrapper.class, ElementWrapper.class, TextWrapper.class, DocumentWrapper.class);
        try {
            for (Class<? extends NodeWrapper> wrapper : interfaces) {
                ScriptableObject.defineClass(global, wrapper, false, true);
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot define the DOM interfaces", e);
        }
    }
}
