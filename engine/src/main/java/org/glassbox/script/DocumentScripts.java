package org.glassbox.script;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.glassbox.html.InsertionPoint;
import org.glassbox.html.ScriptHost;
import org.glassbox.net.Subresources;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One page's scripts, from the first {@code <script>} the parser reaches to the load event. The
 * parser hands over each script element as it reaches its end tag; a classic script then runs
 * at once, waits for the end of parsing ({@code defer}), or runs once the page has loaded
 * ({@code async}). When the parser is done, {@link #finishLoading} takes the steps of HTML
 * §13.2.7 "the end", one method a step. All the page's scripts share one {@link Realm}, made
 * when the first script runs, so that a page without scripts does not pay for starting Rhino.
 */
public final class DocumentScripts implements ScriptHost {

    /** When a classic script runs (HTML §4.12.1.1 "prepare the script element", its last steps). */
    private enum Timing {
        /** Inline, or external without defer or async: the parser waits for it. */
        PARSER_BLOCKING,
        /** External with defer: in order, once the document is parsed. */
        DEFERRED,
        /** External with async: as soon as it has loaded, which is here after DOMContentLoaded. */
        ASYNC
    }

    private final ScriptRunner runner;
    private final Subresources subresources;
    private final ForcedLayout layout;
    private final LoadingDocument loading;
    private final Set<Element> alreadyStarted = Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<Element> deferred = new ArrayList<>();
    private final List<Element> async = new ArrayList<>();
    private Realm realm;
    private int scriptsRun;
    private int errors;

    DocumentScripts(ScriptRunner runner, Subresources subresources, ForcedLayout layout) {
        this.runner = runner;
        this.subresources = subresources;
        this.layout = layout;
        this.loading = new LoadingDocument(runner.log);
    }

    @Override
    public boolean scriptingEnabled() {
        return runner.scriptingEnabled;
    }

    /**
     * Prepares a script element the parser has completed (HTML §4.12.1.1): a script runs once at
     * most (its "already started" flag), only with scripting enabled, and only if it is classic.
     * Inline scripts ignore {@code defer} and {@code async}.
     */
    @Override
    public void scriptEndTagReached(Element script, InsertionPoint insertionPoint) {
        if (!runner.scriptingEnabled || !alreadyStarted.add(script) || !runner.isClassic(script)) {
            return;
        }
        switch (timing(script)) {
            case PARSER_BLOCKING -> execute(script, insertionPoint);
            case DEFERRED -> deferred.add(script);
            case ASYNC -> async.add(script);
        }
    }

    private static Timing timing(Element script) {
        if (!script.hasAttr("src")) {
            return Timing.PARSER_BLOCKING;
        }
        if (script.hasAttr("async")) {
            return Timing.ASYNC;
        }
        return script.hasAttr("defer") ? Timing.DEFERRED : Timing.PARSER_BLOCKING;
    }

    /**
     * What happens once the parser has stopped (HTML §13.2.7 "the end"), in the order a browser
     * most often shows: deferred scripts, DOMContentLoaded, async scripts (a browser runs each
     * as soon as it has loaded; here they all have), the load event. Never throws for anything a
     * page does: a script that fails is one warning in the log, and the next one runs.
     */
    public ScriptReport finishLoading(Document dom) {
        documentBecomesInteractive();
        deferred.forEach(script -> execute(script, null));
        domContentLoaded(dom);
        async.forEach(script -> execute(script, null));
        documentBecomesComplete();
        load(dom);
        return new ScriptReport(scriptsRun, errors);
    }

    /** "The end": the document's readiness becomes {@code interactive}; parsing is over. */
    private void documentBecomesInteractive() {
        loading.readiness(LoadingDocument.Readiness.INTERACTIVE);
    }

    /** "The end": DOMContentLoaded is fired at the document, once the deferred scripts have run. Events are not there yet. */
    private void domContentLoaded(Document dom) {}

    /** "The end": readiness becomes {@code complete}, just before the load event. */
    private void documentBecomesComplete() {
        loading.readiness(LoadingDocument.Readiness.COMPLETE);
    }

    /** "The end": the load event, here the body's {@code onload} attribute. */
    private void load(Document dom) {
        Optional<ClassicScript> onload = runner.scriptingEnabled ? ScriptRunner.loadEventHandler(dom) : Optional.empty();
        onload.ifPresent(handler -> run(dom, handler, null));
    }

    /** Fetches or reads a script and runs it (HTML §4.12.1.1 "execute the script element"). */
    private void execute(Element script, InsertionPoint insertionPoint) {
        runner.classicScript(script, subresources).ifPresentOrElse(
                classic -> run(script.ownerDocument(), classic, insertionPoint), () -> errors++);
    }

    /** Runs a script with {@code document.write} going to {@code insertionPoint}, or nowhere if it is null. */
    private void run(Document dom, ClassicScript script, InsertionPoint insertionPoint) {
        scriptsRun++;
        InsertionPoint outer = loading.enter(insertionPoint);
        errors += realm(dom).run(script) ? 0 : 1;
        loading.leave(outer);
    }

    private Realm realm(Document dom) {
        if (realm == null) {
            realm = new Realm(runner.sandbox, dom, runner.log);
            loading.installIn(realm.global());
            LayoutQueries.install(realm.global(), dom, layout, runner.log);
        }
        return realm;
    }
}
