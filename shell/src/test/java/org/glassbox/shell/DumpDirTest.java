package org.glassbox.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.glassbox.shell.GlassboxTest.glassbox;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.StreamSupport;
import org.glassbox.Phase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code glassbox render ADDRESS --dump-dir DIR}: every artifact of a page load as a file. */
class DumpDirTest {

    private static final String PAGE = "testpages/external-stylesheet.html";

    @TempDir
    static Path dir;

    static Path dump;

    @BeforeAll
    static void renderWithADumpDirectory() {
        dump = dir.resolve("artifacts");
        GlassboxTest.Run run = glassbox("render", PAGE, "-o", dir.resolve("page.png").toString(), "--dump-dir", dump.toString(), "-q");
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("wrote 11 files to " + dump + "\n");
    }

    @Test
    void writesEveryArtifactAsAFileThatIsNotEmpty() throws Exception {
        for (String name : List.of("network.log", "dom.html", "cssom.txt", "style.txt", "render-tree.txt", "layout.txt",
                "layout.json", "display-list.txt", "page.png", "overlay.png", "trace.json")) {
            assertThat(dump.resolve(name)).as(name).isNotEmptyFile();
        }
        assertThat(Files.readString(dump.resolve("dom.html"))).contains("<link rel=\"stylesheet\" href=\"external-stylesheet.css\">");
        assertThat(Files.readString(dump.resolve("network.log"))).contains("[fetch]", "waterfall", "external-stylesheet.css");
        assertThat(Files.readString(dump.resolve("cssom.txt"))).contains("Stylesheet author file:");
    }

    @Test
    void theLayoutJsonIsWhatDumpLayoutPrints() throws Exception {
        String printed = glassbox("dump", "layout", PAGE, "--format", "json", "-q").out();
        String written = Files.readString(dump.resolve("layout.json"));

        assertThat(JsonParser.parseString(written)).isEqualTo(JsonParser.parseString(printed));
        assertThat(written).isEqualTo(printed);
    }

    @Test
    void theTraceHasOneCompleteEventPerPhaseInOrder() throws Exception {
        List<JsonObject> events = events(dump.resolve("trace.json"));

        List<JsonObject> phases = events.stream().filter(event -> event.get("cat") != null
                && event.get("cat").getAsString().equals("phase")).toList();
        assertThat(phases).extracting(event -> event.get("name").getAsString())
                .containsExactlyElementsOf(Arrays.stream(Phase.values()).map(Phase::label).toList());
        assertThat(phases).allSatisfy(event -> {
            assertThat(event.get("ph").getAsString()).isEqualTo("X");
            assertThat(event.get("dur").getAsDouble()).isPositive();
            assertThat(event.get("tid").getAsInt()).isEqualTo(1);
        });
        for (int i = 1; i < phases.size(); i++) {
            JsonObject before = phases.get(i - 1);
            assertThat(phases.get(i).get("ts").getAsDouble()).as("each phase starts after the one before ends")
                    .isGreaterThanOrEqualTo(before.get("ts").getAsDouble() + before.get("dur").getAsDouble());
        }
    }

    @Test
    void theTraceHasTheFetchesOnRowsOfTheirOwn() throws Exception {
        List<JsonObject> fetches = events(dump.resolve("trace.json")).stream().filter(event -> event.get("cat") != null
                && event.get("cat").getAsString().equals("fetch")).toList();

        assertThat(fetches).extracting(event -> event.get("name").getAsString()).hasSize(2)
                .anyMatch(name -> name.startsWith("GET file:") && name.endsWith("/testpages/external-stylesheet.html"))
                .anyMatch(name -> name.endsWith("/testpages/external-stylesheet.css"));
        assertThat(fetches).extracting(event -> event.get("tid").getAsInt()).doesNotHaveDuplicates().doesNotContain(1);
        assertThat(fetches).allSatisfy(event -> assertThat(event.get("ph").getAsString()).isEqualTo("X"));
    }

    private static List<JsonObject> events(Path trace) throws Exception {
        JsonElement json = JsonParser.parseString(Files.readString(trace));
        return StreamSupport.stream(json.getAsJsonObject().getAsJsonArray("traceEvents").spliterator(), false)
                .map(JsonElement::getAsJsonObject).toList();
    }
}
