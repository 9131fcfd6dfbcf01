package org.glassbox.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.glassbox.shell.GlassboxTest.glassbox;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.glassbox.Phase;
import org.glassbox.shell.GlassboxTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code glassbox step} and {@code render --step}, driven through standard input as a script would. */
class StepCommandTest {

    private static final String PAGE = "testpages/headings.html";

    @TempDir
    Path dir;

    /** Runs {@code glassbox ARGS} with {@code commands} as its standard input, a pipe rather than a terminal. */
    static Run step(String commands, String... args) {
        return run(commands, false, args);
    }

    /** Runs {@code glassbox ARGS} as {@link #step} does, with commands a person types on a terminal, or piped. */
    private static Run run(String commands, boolean terminal, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Glassbox.run(args, new ByteArrayInputStream(commands.getBytes(StandardCharsets.UTF_8)), terminal,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The lines where the load paused after a phase, such as {@code [layout] layout tree: …}. */
    private static String[] pauses(Run run) {
        return run.out().lines().filter(line -> line.startsWith("[")).map(line -> line.substring(0, line.indexOf(':') + 1))
                .toArray(String[]::new);
    }

    @Test
    void pausesAfterEachPhaseWithItsSummaryInPipelineOrder() {
        Run run = step("n\n".repeat(11), "step", PAGE, "-q");

        assertThat(run.exitCode()).isZero();
        assertThat(pauses(run)).containsExactly("[navigate] URL:", "[fetch] response:", "[subresources] subresources:",
                "[parse-html] DOM:", "[script] scripts:", "[parse-css] CSSOM:", "[style] computed styles:",
                "[render-tree] render tree:", "[layout] layout tree:", "[paint] display list:", "[raster] image:");
        assertThat(run.out()).contains("[parse-html] DOM: 20 elements, 41 text nodes   (html/HtmlParser.java,")
                .contains("[layout] layout tree: 13 block boxes, 14 line boxes, page 800×600"
                        + "   (layout/DocumentLayout.java,")
                .endsWith("done: every phase has run (render --step would write the PNG)\n");
        assertThat(run.err()).as("the log is quiet as asked, and stays on stderr").isEmpty();
    }

    @Test
    void theEndOfTheInputContinuesToTheEnd() {
        Run run = step("", "step", PAGE, "-q");

        assertThat(pauses(run)).containsExactly("[navigate] URL:");
        assertThat(run.out()).contains("(end of input: continuing to the end)").contains("done:");
    }

    @Test
    void pausesAfterEachFetchAndEachScript() {
        Run run = step("n\n".repeat(20), "step", "testpages/script-order.html", "-q");

        assertThat(run.out()).containsSubsequence("[fetch] response: 200 text/html",
                "  [fetch] GET file:", "script-order-defer.js: 200 text/javascript, 250 bytes",
                "  [fetch] GET file:", "script-order-async.js: 200 text/javascript, 147 bytes",
                "[subresources] subresources: 2 fetched in parallel",
                "  [script] ran file:", "script-order.html:22",
                "[parse-html] DOM:",
                "  [script] ran file:", "script-order-defer.js:1",
                "[script] scripts: 7 scripts, 0 errors");
    }

    @Test
    void printsAndSavesTheArtifactOfThePhaseJustFinished() throws Exception {
        Path saved = dir.resolve("dom.txt");
        Run run = step("n\nn\nn\np\ns " + saved + "\nc\n", "step", PAGE, "-q");

        String dom = glassbox("dump", "dom", PAGE, "-q").out();
        assertThat(dom).contains("<h1>");
        assertThat(run.out()).contains("step> p\n" + dom + "step> s " + saved + "\nwrote " + saved);
        assertThat(Files.readString(saved)).isEqualTo(dom);
    }

    @Test
    void pagesTheArtifactFortyLinesAtATimeOnATerminal() {
        Run run = run("n\nn\nn\np\n\nc\n", true, "step", PAGE, "-q");

        String[] dom = glassbox("dump", "dom", PAGE, "-q").out().split("\n");
        assertThat(dom).hasSizeGreaterThan(40);
        assertThat(run.out()).as("40 lines, then a prompt for the rest; commands typed are not echoed")
                .contains("step> " + dom[0] + "\n")
                .contains(dom[39] + "\n-- more: " + (dom.length - 40) + " lines (Enter for more, q to stop) -- "
                        + dom[40] + "\n");
    }

    @Test
    void runsUntilAPhaseWithoutPausingBefore() {
        Run run = step("b layout\nc\n", "step", PAGE, "-q");

        assertThat(pauses(run)).containsExactly("[navigate] URL:", "[layout] layout tree:");
    }

    @Test
    void inspectsOneElementThroughEveryPhase() {
        Run run = step("b paint\ni h1\nc\n", "step", PAGE, "-q");

        String inspected = run.out().substring(run.out().indexOf("step> i h1"));
        assertThat(inspected).contains("DOM node: <h1> at /html[1]/body[1]/h1[1]\n")
                .contains("  h1   user-agent, specificity (0,0,1)   user-agent.css, line")
                .contains("    font-size: 2em; font-weight: bold; margin-top: 0.67em; margin-bottom: 0.67em\n")
                .containsPattern("computed style \\(.*\\): display: block; font-size: 32px; font-weight: 700;")
                .contains("render tree: RenderBlock <h1> containing RenderText \"How a page becomes pixels\"\n")
                .contains("paint: 1 command drawn inside its border box\n  DrawText \"How a page becomes pixels\" x=8");
        assertThat(layoutBox(inspected)).containsExactly(dumpedLayoutBox("/html[1]/body[1]/h1[1]"));
    }

    @Test
    void inspectsAnInlineElementAndOneWithNoBox() {
        Run run = step("b paint\ni em\ni title\nc\n", "step", PAGE, "-q");

        assertThat(run.out()).as("the text after the <em> starts on its right edge, outside it")
                .contains("render tree: RenderInline <em> containing RenderText \"HTML\"\n")
                .contains("paint: 1 command drawn inside its border box\n  DrawText \"HTML\"")
                .contains("render tree: no box (display: none, or inside an element that has none)\n"
                        + "layout: no box\npaint: no box, so nothing drawn\n");
    }

    @Test
    void inspectingBeforeAPhaseSaysItIsNotMadeYet() {
        Run run = step("n\nn\nn\ni p\ni nothing-matches\nc\n", "step", PAGE, "-q");

        assertThat(run.out()).contains("DOM node: <p> at /html[1]/body[1]/p[1]")
                .contains("layout: not made yet (layout makes it; b layout runs until then)")
                .contains("no element matches nothing-matches");
    }

    @Test
    void anUnknownCommandPrintsHelp() {
        Run run = step("what\nc\n", "step", PAGE, "-q");

        assertThat(run.out()).contains("step> what\n" + Stepper.HELP);
    }

    @Test
    void renderStepWritesThePngAtTheEnd() {
        Path png = dir.resolve("page.png");
        Run run = step("b encode\nc\n", "render", PAGE, "--step", "-o", png.toString(), "-q");

        assertThat(pauses(run)).containsExactly("[navigate] URL:", "[encode] PNG:");
        assertThat(run.out()).endsWith("wrote " + png + " (800×600)\n");
        assertThat(png).exists();
    }

    @Test
    void quittingStopsBeforePaintAndWritesNothing() {
        Path png = dir.resolve("page.png");
        Run run = step("b layout\nq\n", "render", PAGE, "--step", "-o", png.toString(), "-q");

        assertThat(run.exitCode()).isZero();
        assertThat(pauses(run)).containsExactly("[navigate] URL:", "[layout] layout tree:");
        assertThat(run.out()).endsWith("step> q\nquit: nothing written\n");
        assertThat(png).doesNotExist();
    }

    @Test
    void namesASourceFileThatExistsForEveryPhase() {
        Path sources = Path.of("engine/src/main/java/org/glassbox");
        assertThat(Arrays.stream(Phase.values()).map(phase -> sources.resolve(Artifacts.source(phase))))
                .allMatch(Files::isRegularFile);
    }

    /** x, y, w and h of the inspector's layout line. */
    private static double[] layoutBox(String inspected) {
        Matcher box = Pattern.compile("layout: border box x=(\\S+) y=(\\S+) w=(\\S+) h=(\\S+)").matcher(inspected);
        assertThat(box.find()).isTrue();
        return IntStream.rangeClosed(1, 4).mapToDouble(group -> Double.parseDouble(box.group(group))).toArray();
    }

    /** The same element's border box in {@code glassbox dump layout --format json}: x, y, width and height. */
    private static double[] dumpedLayoutBox(String path) {
        String json = glassbox("dump", "layout", PAGE, "--format", "json", "-q").out();
        Matcher box = Pattern.compile("\"path\": \"" + Pattern.quote(path) + "\",\\s*\"tag\": \"\\w+\",\\s*"
                + "\"x\": ([\\d.]+),\\s*\"y\": ([\\d.]+),\\s*\"width\": ([\\d.]+),\\s*\"height\": ([\\d.]+)").matcher(json);
        assertThat(box.find()).isTrue();
        return IntStream.rangeClosed(1, 4).mapToDouble(group -> Double.parseDouble(box.group(group))).toArray();
    }
}
