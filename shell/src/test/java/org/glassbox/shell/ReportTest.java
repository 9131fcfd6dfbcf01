package org.glassbox.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.glassbox.shell.GlassboxTest.glassbox;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code glassbox report}: the report of a page served over loopback, opened in real headless
 * Chromium, which must run its script without an error and show every section.
 */
class ReportTest {

    private static final List<String> SECTIONS = List.of("phases", "network", "dom", "stylesheets", "render-tree",
            "layout-tree", "display-list", "images", "log");

    private static final String PAGE = """
            <!DOCTYPE html>
            <title>Report me</title>
            <link rel="stylesheet" href="style.css">
            <h1 id="title">A heading</h1>
            <div class="box"><p>Some <em>text</em> in a box.</p></div>
            """;

    private static final String STYLESHEET = "div.box { border: 2px solid navy; padding: 10px; width: 300px }\n"
            + "p { color: red; ; }\n h1 { color: }\n";

    @TempDir
    Path dir;

    @StartStop
    private final MockWebServer server = new MockWebServer();

    @Test
    void theReportOpensInChromiumWithoutErrorsAndShowsEverySection() throws Exception {
        Path report = report();
        Chromium chromium = Chromium.open(report, dir);

        assertThat(chromium.errors()).as("errors Chromium logged for the report's script").isEmpty();
        Document drawn = Jsoup.parse(chromium.dom());
        assertThat(drawn.body().attr("data-drawn")).as("the script ran to its end").isEqualTo("every section");
        for (String id : SECTIONS) {
            assertThat(drawn.getElementById(id)).as("section #" + id).isNotNull();
            assertThat(drawn.select("#" + id + " .body").first().childrenSize()).as("what the script drew in #" + id).isPositive();
        }
        assertThat(drawn.select(".tree")).as("DOM, render tree, layout tree, display list").hasSize(4);
        assertThat(drawn.select("#dom .node").eachText()).contains("<h1 id=\"title\">", "\"A heading\"");
        assertThat(drawn.select("#layout-tree .node.has-box")).as("layout lines that outline their box").isNotEmpty();
        assertThat(drawn.select("#render-tree .node.has-box")).isNotEmpty();
        assertThat(drawn.select("#dom .node.has-box")).isNotEmpty();
        assertThat(drawn.select("#phases .bar.phase")).hasSize(12);
        assertThat(drawn.select("#network .bar.connect, #network .bar.waiting, #network .bar.download")).hasSizeGreaterThanOrEqualTo(4);
        assertThat(drawn.select("#network .detail").text()).contains("cache: not cached: the cache is off");
        assertThat(drawn.select("#stylesheets .errors").text()).contains("error");
        assertThat(drawn.select("#viewer-image").attr("src")).startsWith("data:image/png;base64,");
        assertThat(drawn.select("#images img")).allSatisfy(img -> assertThat(img.attr("src")).startsWith("data:image/png;base64,"));
    }

    @Test
    void theReportNeedsNothingFromOutside() throws Exception {
        Document report = Jsoup.parse(Files.readString(report()));

        assertThat(report.select("link, script[src], img[src], iframe, object")).isEmpty();
        assertThat(report.select("style")).hasSize(1);
        assertThat(report.select("script:not([type])").first().data()).contains("function drawTree(");
        assertThat(report.getElementById("report-data").data()).doesNotContain("</");
    }

    /** Serves the page and its stylesheet on loopback and writes the report of it. */
    private Path report() {
        server.enqueue(new MockResponse.Builder().setHeader("Content-Type", "text/html").body(PAGE).build());
        server.enqueue(new MockResponse.Builder().setHeader("Content-Type", "text/css").body(STYLESHEET).build());
        Path report = dir.resolve("report.html");
        GlassboxTest.Run run = glassbox("report", server.url("/page.html").toString(), "-o", report.toString(), "--no-cache", "-q");
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo("wrote " + report + "\n");
        return report;
    }

    /** Debian's chromium run headless on a file: the DOM once its scripts ran, and the errors it logged. */
    record Chromium(String dom, List<String> errors) {

        static Chromium open(Path page, Path scratch) throws IOException, InterruptedException {
            Path log = scratch.resolve("chromium.log");
            Process process = new ProcessBuilder(executable(), "--headless", "--disable-gpu", "--no-sandbox", "--disable-dev-shm-usage",
                    "--enable-logging=stderr", "--v=0", "--user-data-dir=" + scratch.resolve("profile"),
                    "--dump-dom", page.toUri().toString())
                    .redirectError(log.toFile()).start();
            String dom = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail("Chromium did not finish within 60 s");
            }
            return new Chromium(dom, errors(Files.readAllLines(log)));
        }

        /** The page's uncaught exceptions and console errors, as Chromium logs them to stderr. */
        private static List<String> errors(List<String> log) {
            List<String> errors = new ArrayList<>();
            for (String line : log) {
                if (line.contains(":CONSOLE") && (line.contains("Uncaught") || line.contains("Error"))) {
                    errors.add(line);
                }
            }
            return errors;
        }

        /** Chromium must be there: CI installs it (.ci/run); a test that skipped would hide a broken report. */
        private static String executable() {
            for (String directory : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
                Path candidate = Path.of(directory, "chromium");
                if (Files.isExecutable(candidate)) {
                    return candidate.toString();
                }
            }
            throw new AssertionError("ReportTest opens the report in headless Chromium, and there is no `chromium` on the PATH:"
                    + " install Debian's package (apt-get install -y chromium), as .ci/run does");
        }
    }
}
