package org.glassbox.script;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.glassbox.Log;
import org.glassbox.Phase;
import org.glassbox.PhaseListener;
import org.glassbox.html.HtmlParser;
import org.glassbox.layout.Viewport;
import org.glassbox.net.Network;
import org.glassbox.net.Response;
import org.jsoup.nodes.Document;

/** A small page parsed with its scripts running as the parser reaches them, then loaded: the DOM after its scripts, the report and every log line. */
final class PageRun implements PhaseListener {

    static final String PAGE_URL = "file:///test/page.html";

    final Document dom;
    final ScriptReport report;
    private final List<Message> messages = new ArrayList<>();

    private record Message(Log.Level level, String text) {}

    private PageRun(String html, String url, Duration cpuBudget) {
        this(html, url, cpuBudget, List.of());
    }

    private PageRun(String html, String url, Duration cpuBudget, List<String> clicks) {
        this(html, url, clicks,
                listener -> new ScriptRunner(new Log(Phase.SCRIPT, listener), cpuBudget, Viewport.DEFAULT, true));
    }

    /** @param runnerFor the script runner that reports to the given listener */
    private PageRun(String html, String url, List<String> clicks, Function<PhaseListener, ScriptRunner> runnerFor) {
        Network network = new Network(new Log(Phase.FETCH, PhaseListener.NONE), List.of(), Optional.empty(), Network.DEFAULT_READ_TIMEOUT);
        DocumentScripts scripts = runnerFor.apply(this).forPage(network.fetchAll(URI.create(url), List.of()), ForcedLayout.NONE);
        Response response = new Response(URI.create(url), 200, Map.of("content-type", List.of("text/html")),
                html.getBytes(StandardCharsets.UTF_8));
        dom = new HtmlParser().parse(response, scripts);
        dom.outputSettings().prettyPrint(false);
        report = scripts.finishLoading(dom, clicks);
    }

    /** Runs the scripts of {@code html} as if it had been loaded from {@link #PAGE_URL}. */
    static PageRun of(String html) {
        return of(html, PAGE_URL);
    }

    static PageRun of(String html, String url) {
        return new PageRun(html, url, Duration.ofSeconds(5));
    }

    /** Runs the scripts, then clicks the elements {@code clicks} select, as {@code render --click} does. */
    static PageRun withClicks(String html, List<String> clicks) {
        return new PageRun(html, PAGE_URL, Duration.ofSeconds(5), clicks);
    }

    /** Runs the scripts in a window of another size. */
    static PageRun withViewport(String html, Viewport viewport) {
        return new PageRun(html, PAGE_URL, List.of(),
                listener -> new ScriptRunner(new Log(Phase.SCRIPT, listener), Duration.ofSeconds(5), viewport, true));
    }

    static PageRun withBudget(String html, Duration cpuBudget) {
        return new PageRun(html, PAGE_URL, cpuBudget);
    }

    /** Pages run one after another by one script runner, as one engine loads them, so that they share its storage. */
    static final class SameEngine implements PhaseListener {

        private final ScriptRunner runner =
                new ScriptRunner(new Log(Phase.SCRIPT, this), Duration.ofSeconds(5), Viewport.DEFAULT, true);
        private PhaseListener page = PhaseListener.NONE;

        PageRun run(String html, String url) {
            return new PageRun(html, url, List.of(), listener -> {
                page = listener;
                return runner;
            });
        }

        @Override
        public void message(Phase phase, Log.Level level, String text) {
            page.message(phase, level, text);
        }
    }

    @Override
    public void message(Phase phase, Log.Level level, String text) {
        messages.add(new Message(level, text));
    }

    List<String> infos() {
        return withLevel(Log.Level.INFO);
    }

    List<String> warnings() {
        return withLevel(Log.Level.WARNING);
    }

    List<String> details() {
        return withLevel(Log.Level.DETAIL);
    }

    /** The HTML inside the element with this id. */
    String html(String id) {
        return dom.getElementById(id).html();
    }

    private List<String> withLevel(Log.Level level) {
        return messages.stream().filter(message -> message.level() == level).map(Message::text)
                .collect(Collectors.toList());
    }
}
