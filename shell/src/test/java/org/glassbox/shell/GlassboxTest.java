package org.glassbox.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.awt.image.BufferedImage;
import javax.imageio.ImageIO;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.QueueDispatcher;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.tls.Certificates;
import okhttp3.tls.HandshakeCertificates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code glassbox} command as a user types it, run in-process with captured output. */
class GlassboxTest {

    @TempDir
    Path dir;

    /** What one run of the command printed, and its exit code. */
    record Run(int exitCode, String out, String err) {}

    /** Runs {@code glassbox ARGS} in-process, as a user would type it. */
    static Run glassbox(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Glassbox.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void rendersATestPageToAPngAndLogsEveryPhase() throws Exception {
        Path png = dir.resolve("page.png");
        Run run = glassbox("render", "testpages/headings.html", "-o", png.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("wrote " + png + " (800×600)\n");
        assertThat(run.err().lines().map(line -> line.split("\\s+")[0])).containsExactly(
                "[navigate]", "[fetch]", "[subresources]", "[parse-html]", "[script]", "[parse-css]", "[style]", "[render-tree]",
                "[layout]", "[paint]", "[raster]", "[encode]");
        assertThat(run.err()).containsPattern("\\[layout\\] +\\d+\\.\\d ms  \\d+ block boxes");
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(800);
        assertThat(image.getRGB(10, 30) & 0xffffff).as("the h1's first letter is black ink").isNotEqualTo(0xffffff);
    }

    @Test
    void takesTheViewportSizeFromOptions() throws Exception {
        Path png = dir.resolve("small.png");
        assertThat(glassbox("render", "testpages/headings.html", "-o", png.toString(), "--width", "400", "--height", "2000", "-q")
                .err()).isEmpty();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(400);
        assertThat(image.getHeight()).isEqualTo(2000);
    }

    @Test
    void rendersTheViewportAtScale2AndTheBoxModelOverlay() throws Exception {
        Path png = dir.resolve("page.png");
        Path overlay = dir.resolve("overlay.png");
        Run run = glassbox("render", "testpages/box-model.html", "-o", png.toString(), "--scale", "2", "--viewport-only",
                "--overlay", overlay.toString(), "-q");

        assertThat(run.out()).isEqualTo("wrote " + png + " (1600×1200)\nwrote " + overlay + " (1600×1200)\n");
        BufferedImage page = ImageIO.read(png.toFile());
        BufferedImage boxes = ImageIO.read(overlay.toFile());
        assertThat(page.getRGB(4, 4) & 0xffffff).as("the page's gray canvas").isEqualTo(0xf4f4f4);
        assertThat(boxes.getRGB(4, 4) & 0xffffff).as("the body's margin: DevTools' orange, rgba(246, 178, 107, 0.66), over it")
                .isEqualTo(0xf5c899);
    }

    @Test
    void aScaleOfZeroIsAWrongCommandLine() {
        Run run = glassbox("render", "testpages/headings.html", "-o", dir.resolve("x.png").toString(), "--scale", "0");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("--scale must be a number above 0 and at most 4\n");
    }

    @Test
    void dumpsEachPhasesArtifact() {
        assertThat(glassbox("dump", "dom", "testpages/headings.html", "-q").out()).startsWith("#document\n  <!DOCTYPE html>\n  <html>\n");
        assertThat(glassbox("dump", "cssom", "testpages/box-model.html", "-q").out())
                .contains("Stylesheet user-agent user-agent.css\n").contains("Stylesheet author <style> #1\n");
        assertThat(glassbox("dump", "style", "testpages/headings.html", "-q").out()).contains("<h1> display: block;");
        assertThat(glassbox("dump", "render", "testpages/headings.html", "-q").out()).startsWith("RenderBlock <html>\n");
        assertThat(glassbox("dump", "layout", "testpages/headings.html", "-q").out()).startsWith("BlockBox <html> x=0 y=0 w=800");
        assertThat(glassbox("dump", "display-list", "testpages/headings.html", "-q").out())
                .startsWith("FillRect x=0 y=0 w=800 h=600 color=#ffffff\n").contains("DrawText \"How a page becomes pixels\"");
    }

    @Test
    void everyCommandHelpsWithHelp() {
        for (String command : List.of("render", "step", "dump", "fetch", "report", "serve", "reftest")) {
            Run run = glassbox(command, "--help");

            assertThat(run.exitCode()).as(command).isZero();
            assertThat(run.out()).as(command).startsWith("Usage: glassbox " + command);
        }
    }

    @Test
    void noJsLoadsThePageWithoutRunningItsScripts() {
        assertThat(glassbox("dump", "dom", "testpages/script-order.html", "-q").out()).contains("<li class=\"head\">");
        assertThat(glassbox("dump", "dom", "testpages/script-order.html", "-q", "--no-js").out())
                .contains("<ol id=\"order\">\n      <script>").doesNotContain("<li");
    }

    @Test
    void scriptBudgetStopsAScriptThatRunsLongerAndThePageStillRenders() throws IOException {
        Path page = Files.writeString(dir.resolve("loop.html"), "<p>still here<script>for (;;) {}</script>");

        Run run = glassbox("dump", "dom", page.toString(), "--script-budget", "0.2");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("script stopped: ran longer than 200 ms");
        assertThat(run.out()).contains("still here");
    }

    @Test
    void explainsWhichDeclarationWonTheCascadeAndWhichItBeat() {
        Run run = glassbox("dump", "style", "testpages/cascade.html", "--why", "color", "--element", ".important", "-q");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines().map(String::strip).map(line -> line.replaceAll("\\s{2,}", " | ")).toList()).containsExactly(
                "color of <p.note.important> at /html[1]/body[1]/section[1]/p[2]",
                "wins | teal !important | .important | author, specificity (0,1,0) | <style> #1, line 25",
                "beaten | navy | author, specificity (0,0,0) | style attribute",
                "beaten | #c2660a | .note | author, specificity (0,1,0) | <style> #1, line 12",
                "beaten | green | p | author, specificity (0,0,1) | <style> #1, line 11",
                "beaten | gray | p | author, specificity (0,0,1) | " + Path.of("testpages/cascade.css").toAbsolutePath().toUri().toString().replace("file:///", "file:/") + ", line 2",
                "computed value: rgb(0, 128, 128)",
                "");
    }

    @Test
    void dumpsComputedStylesAsJsonAsGetComputedStyleSerializesThem() {
        String json = glassbox("dump", "style", "testpages/cascade.html", "--format", "json", "-q").out();

        assertThat(json).startsWith("{\n \"boxes\": [\n  {\n   \"path\": \"/html[1]\",\n   \"tag\": \"html\",\n   \"style\": {")
                .contains("\"color\": \"rgb(0, 128, 128)\"").contains("\"font-weight\": \"700\"");
    }

    @Test
    void dumpsLayoutAsJsonInChromiumsFormat() {
        String json = glassbox("dump", "layout", "testpages/headings.html", "--format", "json", "-q").out();
        assertThat(json).startsWith("{\n \"width\": 800.0,\n \"height\": ").contains("\"path\": \"/html[1]/body[1]/h1[1]\"");
    }

    @Test
    void aMissingPageIsOneClearLineAndAFailingExitCode() {
        Run run = glassbox("render", dir.resolve("missing.html").toString(), "-o", dir.resolve("x.png").toString(), "-q");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("glassbox: no such file: " + dir.resolve("missing.html") + "\n");
        assertThat(dir.resolve("x.png")).doesNotExist();

        assertThat(glassbox("dump", "dom", dir.resolve("missing.html").toString(), "-v").err())
                .contains("glassbox: no such file").contains("at org.glassbox.net.Network");
    }

    @Test
    void aWrongCommandLineSaysWhatIsWrong() {
        Run json = glassbox("dump", "dom", "testpages/headings.html", "--format", "json");
        assertThat(json.exitCode()).isEqualTo(2);
        assertThat(json.err()).startsWith("--format json is only available for layout");
        Run phase = glassbox("dump", "pixels", "testpages/headings.html");
        assertThat(phase.exitCode()).isEqualTo(2);
        assertThat(phase.err()).contains("PHASE").contains("pixels");
    }

    @Test
    void rendersAPageAndItsStylesheetFromAServer() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            QueueDispatcher dispatcher = new QueueDispatcher();
            server.setDispatcher(dispatcher);
            server.start(InetAddress.getLoopbackAddress(), 0);
            server.enqueue(new MockResponse.Builder().setHeader("Content-Type", "text/html")
                    .body("<!DOCTYPE html><link rel=stylesheet href=/s.css><div>styled</div>").build());
            server.enqueue(new MockResponse.Builder().setHeader("Content-Type", "text/css")
                    .body("body { margin: 0 } div { background: #00ff00; height: 50px }").build());
            Path png = dir.resolve("served.png");

            Run run = glassbox("render", server.url("/page").toString(), "-o", png.toString());

            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(server.takeRequest().getTarget()).isEqualTo("/page");
            assertThat(server.takeRequest().getTarget()).isEqualTo("/s.css");
            assertThat(ImageIO.read(png.toFile()).getRGB(400, 25) & 0xffffff).isEqualTo(0x00ff00);
            assertThat(Files.size(png)).isPositive();
        }
    }

    @Test
    void servesADirectoryOverHttpsUntilStopped() throws Exception {
        Files.writeString(dir.resolve("index.html"), "<p>Served</p>");
        Path ca = dir.resolve("ca.pem");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int[] exitCode = {-1};
        Thread serve = new Thread(() -> exitCode[0] = Glassbox.run(
                new String[] {"serve", dir.toString(), "--port", "0", "--tls", "--ca-out", ca.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)));
        serve.start();
        String announced = awaitLines(out, 2);

        Matcher serving = Pattern.compile("serving " + Pattern.quote(dir.toString())
                + " at (https://localhost:\\d+/) \\(Ctrl-C to stop\\)\n").matcher(announced);
        assertThat(serving.lookingAt()).as(announced).isTrue();
        assertThat(announced).endsWith("CA certificate written to " + ca + " — pass --ca " + ca + " to glassbox render and fetch\n");
        HandshakeCertificates trust = new HandshakeCertificates.Builder()
                .addTrustedCertificate(Certificates.decodeCertificatePem(Files.readString(ca))).build();
        OkHttpClient client = new OkHttpClient.Builder().sslSocketFactory(trust.sslSocketFactory(), trust.trustManager()).build();
        try (Response response = client.newCall(new Request.Builder().url(serving.group(1)).build()).execute()) {
            assertThat(response.body().string()).isEqualTo("<p>Served</p>");
        }

        serve.interrupt();
        serve.join(5000);
        assertThat(serve.isAlive()).isFalse();
        assertThat(exitCode[0]).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("GET / → 200 OK, 13 bytes\n");
    }

    @Test
    void servingOnATakenPortIsOneClearLine() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            Run run = glassbox("serve", dir.toString(), "--port", String.valueOf(taken.getLocalPort()));

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err()).isEqualTo("glassbox: cannot listen on 127.0.0.1:" + taken.getLocalPort()
                    + ": Address already in use\n");
            assertThat(run.out()).isEmpty();
        }
    }

    /** Waits until {@code out} holds {@code count} lines, and returns them. */
    private static String awaitLines(ByteArrayOutputStream out, int count) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (out.toString(StandardCharsets.UTF_8).lines().count() < count && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
