package org.glassbox.shell;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.glassbox.net.FetchTiming;

/**
 * A timeline as Chrome's Trace Event Format, the JSON that Perfetto (ui.perfetto.dev) and
 * chrome://tracing open: {@code {"traceEvents": [...]}}, each phase a complete event
 * ({@code "ph": "X"}) with its start {@code ts} and duration {@code dur} in microseconds.
 *
 * <p>The phases run one after another on one row, the "thread" {@value #PIPELINE}. Fetches run in
 * parallel, and complete events on one row must nest, so each fetch has a row of its own, named
 * by a metadata event ({@code "ph": "M"}), with its steps — DNS, connect, TLS, waiting, download —
 * as events nested inside it.
 */
final class TraceEvents {

    /** The row of the phases. */
    private static final int PIPELINE = 1;

    private static final int PROCESS = 1;

    private TraceEvents() {}

    /** The trace of everything {@code timeline} heard of, as JSON. */
    static String of(Timeline timeline, String title) {
        StringWriter text = new StringWriter();
        try (JsonWriter json = new JsonWriter(text)) {
            json.setIndent(" ");
            json.beginObject().name("displayTimeUnit").value("ms").name("traceEvents").beginArray();
            metadata(json, "process_name", PIPELINE, "glassbox " + title);
            metadata(json, "thread_name", PIPELINE, "pipeline");
            for (Timeline.PhaseTime phase : timeline.phases()) {
                complete(json, phase.phase().label(), "phase", PIPELINE, phase.start(), phase.millis()).name("args")
                        .beginObject().name("summary").value(phase.summary()).endObject().endObject();
            }
            List<Timeline.Fetch> fetches = timeline.fetches();
            for (int i = 0; i < fetches.size(); i++) {
                fetch(json, PIPELINE + 1 + i, fetches.get(i));
            }
            json.endArray().endObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text + "\n";
    }

    /** A fetch on a row of its own: one event for the whole fetch, with its steps nested in it. */
    private static void fetch(JsonWriter json, int row, Timeline.Fetch fetch) throws IOException {
        FetchTiming timing = fetch.timing();
        metadata(json, "thread_name", row, timing.request());
        complete(json, timing.request(), "fetch", row, fetch.start(), timing.millis()).name("args").beginObject()
                .name("cache").value(timing.cacheVerdict()).endObject().endObject();
        for (FetchTiming.Step step : timing.steps()) {
            complete(json, step.name(), "fetch-step", row, fetch.start() + step.start(), step.end() - step.start())
                    .endObject();
        }
    }

    /** Opens a complete event; the caller may add its args, and closes it. */
    private static JsonWriter complete(JsonWriter json, String name, String category, int row, double startMillis,
            double millis) throws IOException {
        return json.beginObject().name("name").value(name).name("cat").value(category).name("ph").value("X")
                .name("ts").value(micros(startMillis)).name("dur").value(micros(millis))
                .name("pid").value(PROCESS).name("tid").value(row);
    }

    /** Names a process or a row ("thread"), as the viewers show it. */
    private static void metadata(JsonWriter json, String kind, int row, String name) throws IOException {
        json.beginObject().name("name").value(kind).name("ph").value("M").name("pid").value(PROCESS).name("tid").value(row)
                .name("args").beginObject().name("name").value(name).endObject().endObject();
    }

    /** Microseconds, to the nanosecond. */
    private static double micros(double millis) {
        return Math.round(millis * 1e6) / 1e3;
    }
}
