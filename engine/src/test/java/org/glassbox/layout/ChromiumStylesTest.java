package org.glassbox.layout;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.stream.Stream;
import org.glassbox.Engine;
import org.glassbox.Page;
import org.glassbox.html.DomPrinter;
import org.glassbox.style.StyledNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every test page's computed styles, set beside Chromium's {@code getComputedStyle}: for each
 * element and each property Chromium was asked about, Glassbox's resolved value must be the
 * same string, or for lengths within 0.01px. The expected files come from
 * {@code ../shared/tools/chrome-layout URL OUT.json --styles PROPERTIES}, never from Glassbox.
 */
class ChromiumStylesTest {

    private static final Path TESTPAGES = Path.of("testpages");
    private static final double TOLERANCE = 0.01;

    /** Sizes and edges that come from layout are compared as layout is: within 1px (Chromium lays out in 1/64 px). */
    private static final double LAYOUT_TOLERANCE = 1;

    static Stream<String> pages() throws IOException {
        try (Stream<Path> files = Files.list(TESTPAGES.resolve("expected"))) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".styles.json"))
                    .map(name -> name.replace(".styles.json", "")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("pages")
    void computedStylesMatchChromiums(String page) throws IOException {
        JsonObject chromium = JsonParser.parseString(Files.readString(
                TESTPAGES.resolve("expected/" + page + ".styles.json"))).getAsJsonObject();
        Page loaded = Engine.builder().build().load(TESTPAGES.resolve(page + ".html").toString());
        ResolvedStyles resolved = new ResolvedStyles(loaded.styles(), loaded.layout());
        Map<String, StyledNode> elements = new HashMap<>();
        index(loaded.styles().root(), elements);

        List<String> differences = new ArrayList<>();
        for (JsonElement box : chromium.getAsJsonArray("boxes")) {
            compare(box.getAsJsonObject(), elements, resolved, differences);
        }
        assertThat(differences).as("properties whose values differ from Chromium's").isEmpty();
    }

    private static void compare(JsonObject box, Map<String, StyledNode> elements, ResolvedStyles resolved, List<String> differences) {
        String path = box.get("path").getAsString();
        StyledNode node = elements.get(path);
        if (node == null) {
            differences.add(path + ": no such element in Glassbox");
            return;
        }
        for (Map.Entry<String, JsonElement> property : box.getAsJsonObject("style").entrySet()) {
            String expected = property.getValue().getAsString();
            String actual = resolved.value(node.element(), node.style(), property.getKey());
            if (!same(expected, actual, fromLayout(property.getKey()))) {
                differences.add(path + " " + property.getKey() + ": Chromium " + expected + ", Glassbox " + actual);
            }
        }
    }

    private static boolean same(String expected, String actual, boolean fromLayout) {
        if (expected.equals(actual)) {
            return true;
        }
        boolean lengths = expected.matches("-?[0-9.]+px") && actual.matches("-?[0-9.]+px");
        double difference = lengths ? Math.abs(pixels(expected) - pixels(actual)) : Double.MAX_VALUE;
        return difference <= (fromLayout ? LAYOUT_TOLERANCE : TOLERANCE);
    }

    private static boolean fromLayout(String property) {
        return property.equals("width") || property.equals("height") || property.startsWith("margin-") || property.startsWith("padding-");
    }

    private static double pixels(String length) {
        return Double.parseDouble(length.replace("px", ""));
    }

    private static void index(StyledNode node, Map<String, StyledNode> elements) {
        if (node.element() != null) {
            elements.put(DomPrinter.path(node.element()), node);
        }
        node.children().forEach(child -> index(child, elements));
    }
}
