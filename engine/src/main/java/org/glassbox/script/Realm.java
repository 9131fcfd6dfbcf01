package org.glassbox.script;

import org.glassbox.Log;
import org.jsoup.nodes.Document;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.EvaluatorException;
import org.mozilla.javascript.RhinoException;
import org.mozilla.javascript.Script;
import org.mozilla.javascript.ScriptStackElement;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.ScriptableObject;

/**
 * One page's JavaScript world (ECMAScript §9.3 realms; HTML §8.1.3): a global object holding
 * the standard built-ins, the {@link DomInterfaces DOM interfaces}, and the page's
 * {@code document} and {@code console}. All the page's scripts
 * run in it, so a global one script sets is there for the next.
 */
final class Realm {

    /** How much of an error's JavaScript stack the log shows. */
    private static final int STACK_FRAMES_SHOWN = 10;

    private final Sandbox sandbox;
    private final Log log;
    private final ScriptableObject global;

    Realm(Sandbox sandbox, Document dom, Log log) {
        this.sandbox = sandbox;
        this.log = log;
        try (Context cx = sandbox.enterContext()) {
            // The "safe" standard objects leave out Packages, java and the other doors to Java.
            this.global = cx.initSafeStandardObjects();
            DomInterfaces.define(global);
            // [LegacyUnforgeable] on Window (HTML §7.2): a page cannot replace its document.
            global.defineProperty("document", new WrapperCache(global, dom).wrap(dom),
                    ScriptableObject.READONLY | ScriptableObject.PERMANENT);
            global.defineProperty("console", Console.create(cx, global, log), ScriptableObject.DONTENUM);
        }
    }

    /**
     * Runs one script to its end (HTML §8.1.4.4 "run a classic script") and says whether it got
     * there without an uncaught error. An error becomes one warning naming the file, line and
     * column, with the JavaScript stack if it was thrown inside a function (HTML §8.1.4.6
     * "report an exception"); a script stopped by the sandbox, one naming where the script
     * starts. Either way the page goes on.
     */
    boolean run(ClassicScript script) {
        log.detail("running " + script.location());
        try (Context cx = sandbox.enterContext()) {
            compile(cx, script).exec(cx, global, global);
            return true;
        } catch (RhinoException e) {
            log.warn(where(e, script) + ": " + describe(e) + stack(e));
        } catch (Sandbox.BudgetExceeded e) {
            log.warn(script.location() + ": script stopped: " + e.getMessage());
        } catch (StackOverflowError e) {
            // Calls that go through Java (a callback of Array.prototype.map, say) are not
            // counted by the interpreter's stack depth; they end here instead.
            log.warn(script.location() + ": script stopped: calls nested too deeply");
        } catch (OutOfMemoryError e) {
            // One allocation too large for the heap, such as 'x'.repeat(2 ** 31): it failed, so
            // its memory was never taken, and the engine can go on.
            log.warn(script.location() + ": script stopped: out of memory");
        }
        return false;
    }

    /**
     * {@code file:line}, or {@code file:line:column} where Rhino knows the column; where the
     * script starts for the few errors Rhino places nowhere.
     */
    private static String where(RhinoException e, ClassicScript script) {
        if (e.sourceName() == null) {
            return script.location();
        }
        return e.sourceName() + ":" + e.lineNumber() + (e.columnNumber() > 0 ? ":" + e.columnNumber() : "");
    }

    /**
     * The JavaScript stack below an error thrown inside a function, innermost call first, as V8
     * prints it; nothing for one thrown at the top of a script. A deep stack shows its top
     * {@link #STACK_FRAMES_SHOWN} calls.
     */
    private static String stack(RhinoException e) {
        ScriptStackElement[] frames = e.getScriptStack();
        if (frames.length < 2) {
            return "";
        }
        StringBuilder stack = new StringBuilder();
        for (int i = 0; i < Math.min(frames.length, STACK_FRAMES_SHOWN); i++) {
            ScriptStackElement frame = frames[i];
            String place = frame.fileName + ":" + frame.lineNumber;
            stack.append("\n    at ").append(frame.functionName == null ? place : frame.functionName + " (" + place + ")");
        }
        if (frames.length > STACK_FRAMES_SHOWN) {
            stack.append("\n    ... ").append(frames.length - STACK_FRAMES_SHOWN).append(" more");
        }
        return stack.toString();
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
}
