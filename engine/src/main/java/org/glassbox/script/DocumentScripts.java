package org.glassbox.script;

import java.net.URI;
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
     * as soon as it has loaded; here they all have), the load event; then the event loop runs
     * the page's timers and callbacks until it is idle, and the user's {@code clicks} come, each
     * with what it sets off. Never throws for anything a page does: a script that fails is one
     * warning in the log, and the next one runs.
     *
     * @param clicks selectors of the elements to click, in turn, once the page has loaded; a
     *     click that follows a link ends the page, and the report names the link and the clicks left
     */
    public ScriptReport finishLoading(Document dom, List<String> clicks) {
        documentBecomesInteractive();
        deferred.forEach(script -> execute(script, null));
        domContentLoaded();
        async.forEach(script -> execute(script, null));
        documentBecomesComplete();
        if (realm == null && runner.scriptingEnabled && (!clicks.isEmpty() || hasLoadEventHandler(dom))) {
            realm(dom); // a body's onload, or a click, runs even on a page without scripts
        }
        if (realm == null) {
            return new ScriptReport(scriptsRun, errors);
        }
        realm.fireLoad();
        realm.runEventLoop();
        return new ScriptReport(scriptsRun, errors, click(clicks));
    }

    /** "The end": the document's readiness becomes {@code interactive}; parsing is over. */
    private void documentBecomesInteractive() {
        loading.readiness(LoadingDocument.Readiness.INTERACTIVE);
        fireAtDocument("readystatechange", false);
    }

    /** "The end": DOMContentLoaded is fired at the document, once the deferred scripts have run; it bubbles to the window. */
    private void domContentLoaded() {
        fireAtDocument("DOMContentLoaded", true);
    }

    /** "The end": readiness becomes {@code complete}, just before the load event. */
    private void documentBecomesComplete() {
        loading.readiness(LoadingDocument.Readiness.COMPLETE);
        fireAtDocument("readystatechange", false);
    }

    /** An event at the document, if the page has scripts to hear it. */
    private void fireAtDocument(String type, boolean bubbles) {
        if (realm != null) {
            realm.fireAtDocument(type, bubbles);
        }
    }

    /**
     * The user's clicks, in turn. Only a user's click navigates: a navigation the page started by
     * itself is logged and not followed, since such a page could go on loading pages forever.
     */
    private Optional<ScriptReport.Navigation> click(List<String> clicks) {
        realm.takeNavigation().ifPresent(url -> runner.log.info("not following a navigation the page started by itself: " + url));
        for (int clicked = 0; clicked < clicks.size(); clicked++) {
            if (!realm.click(clicks.get(clicked))) {
                runner.log.warn("cannot click '" + clicks.get(clicked) + "': no element matches it");
            }
            Optional<URI> navigation = realm.takeNavigation();
            if (navigation.isPresent()) {
                runner.log.info("the click on '" + clicks.get(clicked) + "' follows a link to " + navigation.get());
                return Optional.of(new ScriptReport.Navigation(navigation.get(), clicks.subList(clicked + 1, clicks.size())));
            }
        }
        return Optional.empty();
    }

    /** Whether the body has an {@code onload} attribute, the window's load event handler (HTML §8.1.8.2). */
    private static boolean hasLoadEventHandler(Document dom) {
        Element html = dom.firstElementChild(); // not jsoup's body(), which would make a body if there were none
        return html != null && html.children().stream().anyMatch(child -> child.nameIs("body") && child.hasAttr("onload"));
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
            realm = new Realm(runner.sandbox, dom, runner.viewport, runner.storage, subresources, runner.log);
            loading.installIn(realm.global());
            LayoutQueries.install(realm.global(), dom, layout, runner.log);
        }
        return realm;
    }
}
