package org.glassbox.script;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.glassbox.Log;
import org.glassbox.html.InsertionPoint;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;

/**
 * What {@code document} knows about its own load that the DOM does not hold: its readiness
 * ({@code document.readyState}, HTML §3.1 "current document readiness") and the parser's
 * insertion point, where {@code document.write} puts markup (HTML §8.4.3). One per page, kept
 * with the realm's global object, where the document wrapper finds it.
 */
final class LoadingDocument {

    /** HTML's DocumentReadyState: loading while parsing, interactive after, complete once loaded. */
    enum Readiness { LOADING, INTERACTIVE, COMPLETE }

    /** The key the realm's global keeps this under; scripts cannot see it. */
    private static final String KEY = LoadingDocument.class.getName();

    private final Log log;
    private Readiness readiness = Readiness.LOADING;
    private InsertionPoint insertionPoint;

    LoadingDocument(Log log) {
        this.log = log;
    }

    /** The one for the page whose scripts run in {@code scope}'s realm. */
    static LoadingDocument of(Scriptable scope) {
        return (LoadingDocument) ScriptableObject.getTopScopeValue(scope, KEY);
    }

    void installIn(ScriptableObject global) {
        global.associateValue(KEY, this);
    }

    /** {@code document.readyState}: {@code "loading"}, {@code "interactive"} or {@code "complete"}. */
    String readyState() {
        return readiness.name().toLowerCase(Locale.ROOT);
    }

    void readiness(Readiness next) {
        readiness = next;
    }

    /** A script starts: its writes go to {@code script}'s insertion point; returns the one of the script around it. */
    InsertionPoint enter(InsertionPoint script) {
        InsertionPoint outer = insertionPoint;
        insertionPoint = script;
        return outer;
    }

    /** The script has ended: writes go back to where they went before it. */
    void leave(InsertionPoint outer) {
        insertionPoint = outer;
    }

    /**
     * {@code document.write(...text)} (HTML §8.4.3): the arguments joined, parsed where the
     * running parser-blocking script stands. With no insertion point — a deferred or async
     * script, an event handler, a timer — a browser would open a new document and replace this
     * one (or, for an async script, ignore the call); Glassbox ignores it with a warning.
     */
    void write(Object[] text) {
        insert(Arrays.stream(text).map(Context::toString).collect(Collectors.joining()));
    }

    /** {@code document.writeln(...text)}: as {@link #write}, with a line feed after. */
    void writeln(Object[] text) {
        insert(Arrays.stream(text).map(Context::toString).collect(Collectors.joining()) + "\n");
    }

    private void insert(String markup) {
        if (insertionPoint == null) {
            log.warn("document.write ignored: the parser is not running a script here"
                    + " (a browser would replace the whole document)");
        } else {
            insertionPoint.write(markup);
        }
    }
}
