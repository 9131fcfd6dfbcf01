package org.glassbox.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.MalformedURLException;
import java.nio.file.Files;
import java.nio.file.Path;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScriptRunnerTest {

    @Test
    void scriptsRunInDocumentOrderAndShareTheirGlobals() {
        PageRun page = PageRun.of("""
                <script>var steps = ['first'];</script>
                <p>between</p>
                <script>steps.push('second'); console.log(steps.join(' then '));</script>""");

        assertThat(page.infos()).containsExactly("console.log: first then second");
        assertThat(page.report).isEqualTo(new ScriptReport(2, 0));
    }


    @Test
    void onlyClassicScriptsRun() {
        PageRun page = PageRun.of("""
                <script>console.log('no type');</script>
                <script type="">console.log('empty type');</script>
                <script type=" Text/JavaScript ">console.log('text/javascript');</script>
                <script type="application/x-javascript">console.log('legacy type');</script>
                <script type="module">console.log('module');</script>
                <script type="text/template"><p>not JavaScript</p></script>
                <script type="text/javascript; charset=utf-8">console.log('parameters');</script>""");

        assertThat(page.infos()).containsExactly(
                "console.log: no type", "console.log: empty type", "console.log: text/javascript",
                "console.log: legacy type");
        assertThat(page.details()).contains("file:///test/page.html:5: module script skipped: modules are not supported");
        assertThat(page.warnings()).isEmpty();
        assertThat(page.report).isEqualTo(new ScriptReport(4, 0));
    }

    @Test
    void anErrorNamesThePageLineAndTheNextScriptStillRuns() {
        PageRun page = PageRun.of("""
                <!doctype html>
                <p>before</p>
                <script>
                  var fine = 1;
                  foo();
                  console.log('not reached');
                </script>
                <script>console.log('next script');</script>""");

        assertThat(page.warnings()).containsExactly(
                "file:///test/page.html:5: ReferenceError: \"foo\" is not defined.");
        assertThat(page.infos()).containsExactly("console.log: next script");
        assertThat(page.report).isEqualTo(new ScriptReport(2, 1));
    }

    @Test
    void aScriptThatDoesNotParseDoesNotRunAtAll() {
        PageRun page = PageRun.of("""
                <script>
                  console.log('first statement');
                  var = 2;
                </script>""");

        assertThat(page.infos()).isEmpty();
        assertThat(page.warnings()).singleElement().asString()
                .matches("file:///test/page\\.html:3:\\d+: SyntaxError: .+");
    }

    @Test
    void aThrownErrorIsReportedWithItsName() {
        PageRun page = PageRun.of("<script>throw new RangeError('too far');</script>");

        assertThat(page.warnings()).containsExactly("file:///test/page.html:1: RangeError: too far");
    }

    @Test
    void externalScriptFromAFile(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("app.js"), "document.body.setAttribute('data-loaded', 'file');\n\nmissing();\n");
        PageRun page = PageRun.of("<body><script src=app.js></script>", dir.resolve("page.html").toUri().toString());

        assertThat(page.dom.body().attr("data-loaded")).isEqualTo("file");
        assertThat(page.warnings()).containsExactly(
                fileUrl(dir.resolve("app.js")) + ":3: ReferenceError: \"missing\" is not defined.");
    }

    @Test
    void externalScriptOverHttp() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.enqueue(new MockResponse.Builder()
                    .addHeader("Content-Type", "text/javascript")
                    .body("document.body.setAttribute('data-loaded', 'http');")
                    .build());
            server.start(InetAddress.getLoopbackAddress(), 0);

            PageRun page = PageRun.of("<body><script src=/js/app.js></script>", server.url("/page.html").toString());

            assertThat(server.takeRequest().getTarget()).isEqualTo("/js/app.js");
            assertThat(page.dom.body().attr("data-loaded")).isEqualTo("http");
            assertThat(page.report).isEqualTo(new ScriptReport(1, 0));
        }
    }

    @Test
    void aScriptThatCannotBeFetchedIsAWarningAndTheNextOneRuns(@TempDir Path dir) throws IOException {
        PageRun page = PageRun.of("""
                <script src=missing.js></script>
                <script>console.log('next script');</script>""", dir.resolve("page.html").toUri().toString());

        assertThat(page.warnings()).singleElement().asString()
                .startsWith("cannot load script " + fileUrl(dir.resolve("missing.js")) + ": no such file");
        assertThat(page.infos()).containsExactly("console.log: next script");
        assertThat(page.report).isEqualTo(new ScriptReport(1, 1));
    }

    @Test
    void anHttpErrorStatusMeansTheScriptDoesNotRun() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.enqueue(new MockResponse.Builder().code(404).body("console.log('error page');").build());
            server.start(InetAddress.getLoopbackAddress(), 0);

            PageRun page = PageRun.of("<script src=/gone.js></script>", server.url("/page.html").toString());

            assertThat(page.warnings()).containsExactly("cannot load script " + server.url("/gone.js") + ": HTTP 404");
            assertThat(page.infos()).isEmpty();
        }
    }

    @Test
    void anEmptySrcRunsNothing() {
        PageRun page = PageRun.of("<script src=''>console.log('inline text is ignored');</script>");

        assertThat(page.warnings()).containsExactly("file:///test/page.html:1: script src '' is not a valid URL");
        assertThat(page.infos()).isEmpty();
    }

    /** A file's URL as jsoup resolves a relative one: {@code file:/tmp/app.js}. */
    private static String fileUrl(Path file) throws MalformedURLException {
        return file.toUri().toURL().toExternalForm();
    }

    @Test
    void summaryCountsScriptsAndErrors() {
        assertThat(new ScriptReport(3, 1).summary()).isEqualTo("3 scripts, 1 error");
        assertThat(new ScriptReport(1, 0).summary()).isEqualTo("1 script, 0 errors");
    }
}
