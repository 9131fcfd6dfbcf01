package org.glassbox.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.glassbox.shell.GlassboxTest.glassbox;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.glassbox.shell.GlassboxTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page of 5,000 nested {@code <div>}s, in the markup or built by a script, goes through every
 * phase, every dump, the overlay, the report and debug stepping without overflowing the stack.
 */
class DeepPageTest {

    private static final int DEPTH = 5000;

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"markup", "script"})
    void everyCommandHandlesAPageOf5000NestedDivs(String builtBy) throws IOException {
        Path page = dir.resolve("deep.html");
        Files.writeString(page, builtBy.equals("markup") ? deepMarkup() : deepScript());

        for (String phase : List.of("dom", "cssom", "style", "render", "layout", "display-list")) {
            assertThat(succeeds("dump", phase, page.toString()).out()).as(phase).isNotEmpty();
        }
        assertThat(succeeds("dump", "layout", page.toString(), "--format", "json").out()).contains("/html[1]/body[1]/div[1]/div[1]");
        succeeds("render", page.toString(), "-o", dir.resolve("deep.png").toString(), "--overlay", dir.resolve("overlay.png").toString(),
                "--dump-dir", dir.resolve("artifacts").toString());
        succeeds("report", page.toString(), "-o", dir.resolve("report.html").toString());
        assertThat(dir.resolve("overlay.png")).isNotEmptyFile();
        assertThat(dir.resolve("report.html")).isNotEmptyFile();
    }

    @ParameterizedTest
    @ValueSource(strings = {"markup", "script"})
    void theDomIsFlattenedBelowDepth512AndAScriptBuiltOneSaysSo(String builtBy) throws IOException {
        Path page = dir.resolve("deep.html");
        Files.writeString(page, builtBy.equals("markup") ? deepMarkup() : deepScript());

        Run run = glassbox("dump", "dom", page.toString());

        int deepest = run.out().lines().mapToInt(line -> line.indexOf('<') / 2).max().orElseThrow();
        assertThat(deepest).as("<html> is at depth 1").isEqualTo(512);
        if (builtBy.equals("script")) {
            assertThat(run.err()).contains("[script]       warning: the DOM was deeper than 512 elements: the 4490 elements"
                    + " below that depth became siblings");
        }
    }

    @Test
    void stepPrintsTheDomAScriptBuiltDeeperThanTheLimitBeforeItIsFlattened() throws IOException {
        Path page = dir.resolve("deep.html");
        Files.writeString(page, deepScript());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        InputStream commands = new ByteArrayInputStream("b parse-html\np\nc\n".getBytes(StandardCharsets.UTF_8));

        int code = Glassbox.run(new String[] {"step", page.toString(), "-q"}, commands, false,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("  ".repeat(DEPTH + 2) + "<div>").endsWith("done: every phase has run"
                + " (render --step would write the PNG)\n");
    }

    private Run succeeds(String... args) {
        Run run = glassbox(args);
        assertThat(run.exitCode()).as(String.join(" ", args) + "\n" + run.err()).isZero();
        return run;
    }

    private static String deepMarkup() {
        return "<!doctype html><body>" + "<div>".repeat(DEPTH) + "deep" + "</div>".repeat(DEPTH);
    }

    private static String deepScript() {
        return "<!doctype html><body><script>var element = document.body;"
                + " for (var i = 0; i < " + DEPTH + "; i++) { element = element.appendChild(document.createElement('div')); }"
                + " element.textContent = 'deep';</script>";
    }
}
