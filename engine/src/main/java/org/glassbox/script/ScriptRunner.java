package org.glassbox.script;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.glassbox.LoadException;
import org.glassbox.Log;
import org.glassbox.html.HtmlParser;
import org.glassbox.layout.Viewport;
import org.glassbox.net.Response;
import org.glassbox.net.Subresources;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;

/**
 * The script phase: runs a page's classic scripts, inline and external, in document order, in
 * one sandboxed realm per page. See the package documentation for the story and its limits.
 */
public final class ScriptRunner {

    /** The JavaScript MIME type essences (MIME Sniffing §4.6); a type attribute naming one runs. */
    private static final Set<String> JAVASCRIPT_MIME_TYPES = Set.of(
            "application/ecmascript", "application/javascript", "application/x-ecmascript",
            "application/x-javascript", "text/ecmascript", "text/javascript", "text/javascript1.0",
            "text/javascript1.1", "text/javascript1.2", "text/javascript1.3", "text/javascript1.4",
            "text/javascript1.5", "text/jscript", "text/livescript", "text/x-ecmascript",
            "text/x-javascript");

    private final Log log;
    private final Sandbox sandbox;
    private final Viewport viewport;
    private final WebStorage storage = new WebStorage();

    /**
     * @param log where script errors and console output go
     * @param cpuBudget how much CPU time one script may use before it is stopped
     */
    public ScriptRunner(Log log, Duration cpuBudget) {
        this(log, cpuBudget, Viewport.DEFAULT);
    }

    /** @param viewport the window's size, as {@code innerWidth} and {@code innerHeight} tell scripts */
    public ScriptRunner(Log log, Duration cpuBudget, Viewport viewport) {
        this.log = log;
        this.sandbox = new Sandbox(cpuBudget);
        this.viewport = viewport;
    }

    /**
     * Runs the page's classic scripts in document order, each to its end, against the whole
     * parsed DOM, which they may change. Never throws for anything a page does: a script that
     * cannot be fetched, does not parse, throws or runs too long is one warning in the log, and
     * the next script runs.
     *
     * @param subresources where external scripts come from
     */
    public ScriptReport run(Document dom, Subresources subresources) {
        return run(dom, subresources, List.of());
    }

    /**
     * Runs the page's scripts as {@link #run(Document, Subresources)} does, then clicks the first
     * element each of {@code clicks} selects, in turn, as a user would. A click that follows a link
     * ends the page: the report names the link's URL and the clicks left for that page.
     */
    public ScriptReport run(Document dom, Subresources subresources, List<String> clicks) {
        List<Element> scripts = classicScriptElements(dom);
        if (scripts.isEmpty() && clicks.isEmpty() && !hasLoadEventHandler(dom)) {
            return new ScriptReport(0, 0); // a page without scripts does not pay for starting Rhino
        }
        Realm realm = new Realm(sandbox, dom, viewport, storage, subresources, log);
        int scriptsRun = 0;
        int errors = 0;
        for (Element element : scripts) {
            Optional<ClassicScript> script = classicScript(element, subresources);
            if (script.isEmpty()) {
                errors++;
            } else {
                scriptsRun++;
                errors += realm.run(script.get()) ? 0 : 1;
            }
        }
        return new ScriptReport(scriptsRun, errors, finishLoading(realm, clicks));
    }

    /**
     * Once every script has run, HTML §13.2.7 "the end" fires {@code load} at the window — whose
     * handler a body's {@code onload} attribute sets (HTML §8.1.8.2) — and the event loop runs
     * the page's timers and callbacks until it is idle. Then come the user's clicks, each with
     * what it sets off; one that follows a link ends the page. Only a user's click navigates: a
     * page that navigates by itself could go on loading pages forever.
     */
    private Optional<ScriptReport.Navigation> finishLoading(Realm realm, List<String> clicks) {
        realm.finishLoading();
        realm.takeNavigation().ifPresent(url -> log.info("not following a navigation the page started by itself: " + url));
        for (int clicked = 0; clicked < clicks.size(); clicked++) {
            if (!realm.click(clicks.get(clicked))) {
                log.warn("cannot click '" + clicks.get(clicked) + "': no element matches it");
            }
            Optional<URI> navigation = realm.takeNavigation();
            if (navigation.isPresent()) {
                log.info("the click on '" + clicks.get(clicked) + "' follows a link to " + navigation.get());
                return Optional.of(new ScriptReport.Navigation(navigation.get(), clicks.subList(clicked + 1, clicks.size())));
            }
        }
        return Optional.empty();
    }

    /** Whether the body has an {@code onload} attribute, the window's load event handler, which runs even on a page without scripts. */
    private static boolean hasLoadEventHandler(Document dom) {
        Element html = dom.firstElementChild(); // not jsoup's body(), which would make a body if there were none
        return html != null && html.children().stream().anyMatch(child -> child.nameIs("body") && child.hasAttr("onload"));
    }

    /**
     * The {@code <script>} elements whose type makes them classic scripts, in document order
     * (HTML §4.12.1.1 "prepare the script element"): no type, an empty one, or a JavaScript MIME
     * type. A module script is left out with a note; any other type (a template, JSON data) is
     * not a script to the browser at all.
     */
    private List<Element> classicScriptElements(Document dom) {
        List<Element> classic = new ArrayList<>();
        for (Element element : dom.getElementsByTag("script")) {
            String type = element.attr("type").strip().toLowerCase(Locale.ROOT);
            if (type.isEmpty() || JAVASCRIPT_MIME_TYPES.contains(type)) {
                classic.add(element);
            } else if (type.equals("module")) {
                log.detail(location(element) + ": module script skipped: modules are not supported");
            }
        }
        return classic;
    }

    /** The element's script: its own text, or what its {@code src} points to; empty if that failed. */
    private Optional<ClassicScript> classicScript(Element element, Subresources subresources) {
        return element.hasAttr("src") ? fetchClassicScript(element, subresources) : Optional.of(inlineScript(element));
    }

    /** Rhino counts the lines of an inline script from its first line, so its errors give the page's lines. */
    private static ClassicScript inlineScript(Element element) {
        return new ClassicScript(HtmlParser.rawText(element), element.ownerDocument().location(), firstLine(element));
    }

    /**
     * The page line where a script element's text starts: right after its start tag, which is
     * where jsoup's source range of an element ends. 1 if the parser did not track positions.
     */
    private static int firstLine(Element element) {
        Range startTag = element.sourceRange();
        return startTag.isTracked() ? startTag.end().lineNumber() : 1;
    }

    /** Where a script element is, for messages: {@code page URL:line}. */
    private static String location(Element element) {
        return element.ownerDocument().location() + ":" + firstLine(element);
    }

    /**
     * Fetches an external script (HTML §8.1.4.2 "fetch a classic script"). An empty or
     * unresolvable {@code src}, a network failure or a status outside 200–299 means the script
     * does not run.
     */
    private Optional<ClassicScript> fetchClassicScript(Element element, Subresources subresources) {
        String src = element.attr("src");
        String url = element.absUrl("src");
        if (src.isBlank() || url.isEmpty()) {
            return failed(location(element) + ": script src '" + src + "' is not a valid URL");
        }
        try {
            Response response = subresources.fetch(URI.create(url));
            if (response.status() < 200 || response.status() > 299) {
                return failed("cannot load script " + url + ": HTTP " + response.status());
            }
            return Optional.of(new ClassicScript(response.text(), response.url().toString(), 1));
        } catch (LoadException | IllegalArgumentException e) {
            return failed("cannot load script " + url + ": " + e.getMessage());
        }
    }

    private Optional<ClassicScript> failed(String warning) {
        log.warn(warning);
        return Optional.empty();
    }
}
