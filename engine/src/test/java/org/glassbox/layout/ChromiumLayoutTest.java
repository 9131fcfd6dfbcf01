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
import org.glassbox.Engine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every test page laid out by Glassbox and by Chromium: each element box Chromium renders must
 * be within 1px of Glassbox's, compared through {@code dump layout --format json}. The expected
 * files come from {@code ../shared/tools/chrome-layout}, never from Glassbox.
 */
class ChromiumLayoutTest {

    private static final Path TESTPAGES = Path.of("testpages");
    private static final double TOLERANCE = 1;
    /** Elements Chromium lists but that generate no box, as the shared layout-compare tool skips them. */
    private static final Set<String> BOXLESS = Set.of("head", "script", "style", "title", "meta", "link");

    static Stream<String> pages() throws IOException {
        try (Stream<Path> files = Files.list(TESTPAGES.resolve("expected"))) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".layout.json"))
                    .map(name -> name.replace(".layout.json", "")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void everyBoxIsWhereChromiumPutsIt(String page) throws IOException {
        JsonObject chromium = JsonParser.parseString(Files.readString(
                TESTPAGES.resolve("expected/" + page + ".layout.json"))).getAsJsonObject();
        String json = Engine.builder().build().load(TESTPAGES.resolve(page + ".html").toString()).layout().toJson();
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
