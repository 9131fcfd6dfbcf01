package org.glassbox.script;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.glassbox.Log;
import org.glassbox.Phase;
import org.glassbox.PhaseListener;
import org.glassbox.html.HtmlParser;
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
        Log log = new Log(Phase.SCRIPT, this);
        Network network = new Network(new Log(Phase.FETCH, PhaseListener.NONE), List.of(), Optional.empty(), Network.DEFAULT_READ_TIMEOUT);
        DocumentScripts scripts = new ScriptRunner(log, cpuBudget, true)
                .forPage(network.fetchAll(URI.create(url), List.of()), ForcedLayout.NONE);
        Response response = new Response(URI.create(url), 200, Map.of("content-type", List.of("text/html")),
                html.getBytes(StandardCharsets.UTF_8));
        dom = new HtmlParser().parse(response, scripts);
        dom.outputSettings().prettyPrint(false);
        report = scripts.finishLoading(dom);
    }

    /** Runs the scripts of {@code html} as if it had been loaded from {@link #PAGE_URL}. */
    static PageRun of(String html) {
        return of(html, PAGE_URL);
    }

    static PageRun of(String html, String url) {
        return new PageRun(html, url, Duration.ofSeconds(5));
    }

    static PageRun withBudget(String html, Duration cpuBudget) {
        return new PageRun(html, PAGE_URL, cpuBudget);
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
