package org.glassbox.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okio.Buffer;
import org.glassbox.Engine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every test page laid out by Glassbox and by Chromium: each element box Chromium renders must
 * be within 1px of Glassbox's, compared through {@code dump layout --format json}. The expected
 * files come from {@code ../shared/tools/chrome-layout}, never from Glassbox. The pages whose
 * expectations are in {@code expected/served/} need a server (their scripts fetch the page's
 * other files, which a page opened from a file may not); Chromium's layout of them was taken
 * from {@code glassbox serve testpages}, and here they come from a server on loopback.
 */
class ChromiumLayoutTest {

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private static final Path TESTPAGES = Path.of("testpages");
    private static final double TOLERANCE = 1;
    /** Elements Chromium lists but that generate no box, as the shared layout-compare tool skips them. */
    private static final Set<String> BOXLESS = Set.of("head", "script", "style", "title", "meta", "link");

    static Stream<String> pages() throws IOException {
        return pagesWithLayoutsIn(TESTPAGES.resolve("expected"));
    }

    static Stream<String> servedPages() throws IOException {
        return pagesWithLayoutsIn(TESTPAGES.resolve("expected/served"));
    }

    private static Stream<String> pagesWithLayoutsIn(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".layout.json"))
                    .map(name -> name.replace(".layout.json", "")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void everyBoxIsWhereChromiumPutsIt(String page) throws IOException {
        compare(page, TESTPAGES.resolve("expected/" + page + ".layout.json"), TESTPAGES.resolve(page + ".html").toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("servedPages")
    void everyBoxOfAServedPageIsWhereChromiumPutsIt(String page) throws IOException {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                Path file = TESTPAGES.resolve(request.getUrl().encodedPath().substring(1));
                try {
                    return new MockResponse.Builder().body(new Buffer().write(Files.readAllBytes(file))).build();
                } catch (IOException notThere) {
                    return new MockResponse.Builder().code(404).build();
                }
            }
        });
        compare(page, TESTPAGES.resolve("expected/served/" + page + ".layout.json"), server.url(page + ".html").toString());
    }

    private static void compare(String page, Path expected, String address) throws IOException {
        JsonObject chromium = JsonParser.parseString(Files.readString(expected)).getAsJsonObject();
        String json = Engine.builder().build().load(address).layout().toJson();
        JsonObject glassbox = JsonParser.parseString(json).getAsJsonObject();

        assertThat(misses(chromium, glassbox)).as("boxes off by more than %spx in %s", TOLERANCE, page).isEmpty();
        assertThat(glassbox.get("height").getAsDouble()).as("document height")
                .isCloseTo(chromium.get("height").getAsDouble(), offset(TOLERANCE));
        assertThat(glassbox.get("width").getAsDouble()).as("document width")
                .isCloseTo(chromium.get("width").getAsDouble(), offset(TOLERANCE));
    }

    /** Chromium's rendered boxes that Glassbox misses or places more than the tolerance away. */
    private static List<String> misses(JsonObject chromium, JsonObject glassbox) {
        Map<String, JsonObject> ours = new HashMap<>();
        glassbox.getAsJsonArray("boxes").forEach(box -> ours.put(path(box), box.getAsJsonObject()));
        List<String> misses = new ArrayList<>();
        for (JsonElement element : chromium.getAsJsonArray("boxes")) {
            JsonObject expected = element.getAsJsonObject();
            if (!expected.get("rendered").getAsBoolean() || BOXLESS.contains(expected.get("tag").getAsString())) {
                continue;
            }
            JsonObject actual = ours.get(path(expected));
            if (actual == null || !within(expected, actual)) {
                misses.add(path(expected) + ": Chromium " + rect(expected) + ", Glassbox " + (actual == null ? "none" : rect(actual)));
            }
        }
        return misses;
    }

    private static boolean within(JsonObject expected, JsonObject actual) {
        return Stream.of("x", "y", "width", "height").allMatch(key ->
                Math.abs(expected.get(key).getAsDouble() - actual.get(key).getAsDouble()) <= TOLERANCE);
    }

    private static String path(JsonElement box) {
        return box.getAsJsonObject().get("path").getAsString();
    }

    private static String rect(JsonObject box) {
        return box.get("x") + "," + box.get("y") + " " + box.get("width") + "x" + box.get("height");
    }
}
