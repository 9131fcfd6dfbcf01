package org.glassbox.script;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.glassbox.LoadException;
import org.glassbox.Log;
import org.glassbox.html.HtmlParser;
import org.glassbox.layout.Viewport;
import org.glassbox.net.Response;
import org.glassbox.net.Subresources;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;

/**
 * The engine's JavaScript: the sandbox every page's scripts run in, and what all pages share —
 * which script elements are classic scripts, and where their text comes from. Each page gets a
 * {@link DocumentScripts} from {@link #forPage}, which runs the page's scripts as the parser
 * reaches them. See the package documentation for the story and its limits.
 */
public final class ScriptRunner {

    /** The JavaScript MIME type essences (MIME Sniffing §4.6); a type attribute naming one runs. */
    private static final Set<String> JAVASCRIPT_MIME_TYPES = Set.of(
            "application/ecmascript", "application/javascript", "application/x-ecmascript",
            "application/x-javascript", "text/ecmascript", "text/javascript", "text/javascript1.0",
            "text/javascript1.1", "text/javascript1.2", "text/javascript1.3", "text/javascript1.4",
            "text/javascript1.5", "text/jscript", "text/livescript", "text/x-ecmascript",
            "text/x-javascript");

    final Log log;
    final Sandbox sandbox;
    final Viewport viewport;
    final boolean scriptingEnabled;
    /** {@code localStorage} and {@code sessionStorage}, kept for the engine's later pages. */
    final WebStorage storage = new WebStorage();

    /**
     * @param log where script errors and console output go
     * @param cpuBudget how much CPU time one script may use before it is stopped
     * @param viewport the window's size, as {@code innerWidth} and {@code innerHeight} tell scripts
     * @param scriptingEnabled false to run no script at all, as a browser with JavaScript turned off
     */
    public ScriptRunner(Log log, Duration cpuBudget, Viewport viewport, boolean scriptingEnabled) {
        this.log = log;
        this.sandbox = new Sandbox(cpuBudget);
        this.viewport = viewport;
        this.scriptingEnabled = scriptingEnabled;
    }

    /**
     * The scripts of one page, to hand to the HTML parser and to finish once it is done.
     *
     * @param subresources where external scripts come from
     * @param layout how scripts that ask where things are get the style and layout phases run early
     */
    public DocumentScripts forPage(Subresources subresources, ForcedLayout layout) {
        return new DocumentScripts(this, subresources, layout);
    }

    /**
     * Whether a {@code <script>}'s type makes it a classic script (HTML §4.12.1.1 "prepare the
     * script element"): no type, an empty one, or a JavaScript MIME type. A module script is
     * left out with a note; any other type (a template, JSON data) is not a script to the
     * browser at all.
     */
    boolean isClassic(Element element) {
        String type = element.attr("type").strip().toLowerCase(Locale.ROOT);
        if (type.equals("module")) {
            log.detail(location(element) + ": module script skipped: modules are not supported");
        }
        return type.isEmpty() || JAVASCRIPT_MIME_TYPES.contains(type);
    }

    /** The element's script: its own text, or what its {@code src} points to; empty if that failed. */
    Optional<ClassicScript> classicScript(Element element, Subresources subresources) {
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
