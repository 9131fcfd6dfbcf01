package org.glassbox.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.glassbox.shell.GlassboxTest.glassbox;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import java.util.zip.GZIPOutputStream;
import javax.imageio.ImageIO;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import okio.Buffer;
import org.glassbox.css.RuleLimit;
import org.glassbox.html.ElementLimit;
import org.glassbox.html.TextLimit;
import org.glassbox.shell.GlassboxTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 10's limits and faults as a user meets them: each test runs {@code glassbox render} on
 * a hostile page or against a misbehaving server on loopback, and shows the one line the user
 * reads on stderr and what became of the page: a PNG whenever a page can be made (a page cut
 * short is what arrived; one that never arrives is one line and exit code 1), and never a hang
 * or a stack trace. The DOM depth limit has its own test, {@link DeepPageTest}; the engine's own
 * tests (HtmlParserTest, RuleLimitTest, TextLimitTest, NetworkTest, ImagesTest, RasterizerTest)
 * pin each message in its phase.
 */
class LimitsTest {

    /** Made before any server answers with it, so making it takes none of a request's time. */
    private static final Buffer GZIPPED_ZEROS = gzipBomb();

    @TempDir
    Path dir;

    @StartStop
    private final MockWebServer server = new MockWebServer();

    // --- Limits a page can reach ---

    @Test
    void aPageOfMoreElementsThanTheParserKeepsIsCutThere() throws IOException {
        Path page = write("elements.html", "<!DOCTYPE html><body style='margin: 0'>" + "<div></div>".repeat(ElementLimit.MAX_ELEMENTS)
                + "<div style='height: 100px; background: #ff0000'>");

        Run run = rendered(page.toString());

        assertThat(run.err()).contains("[parse-html]   warning: the page has more than " + ElementLimit.MAX_ELEMENTS + " elements, the most Glassbox keeps:"
                + " parsing stopped there, and the rest of the page is left out\n");
        assertThat(run.err().split("more than " + ElementLimit.MAX_ELEMENTS + " elements", -1)).as("said once, not again by the preload scan").hasSize(2);
        assertThat(pixel(400, 50)).as("the red block past the limit is left out").isEqualTo(0xffffff);
    }

    @Test
    void elementsAScriptAddsPastTheLimitAreRemovedOnceItHasRun() throws IOException {
        Path page = write("script.html", "<!DOCTYPE html><body style='margin: 0'><script>"
                + "for (var i = 0; i < " + ElementLimit.MAX_ELEMENTS + "; i++) document.body.appendChild(document.createElement('div'));"
                + "var red = document.body.appendChild(document.createElement('div'));"
                + "red.style.height = '100px'; red.style.background = '#ff0000';</script>");

        Run run = rendered(page.toString());

        // <head> and <script> count first, so the last two empty divs and the red one are past the limit.
        assertThat(run.err()).contains("[script]       warning: scripts made the page more than " + ElementLimit.MAX_ELEMENTS + " elements, the most Glassbox"
                + " keeps: the 3 elements past that were removed\n");
        assertThat(pixel(400, 50)).as("the red block past the limit is left out").isEqualTo(0xffffff);
    }

    @Test
    void aStylesheetOfMoreRulesThanTheLimitKeepsItsFirstRules() throws IOException {
        int limit = RuleLimit.MAX_RULES;
        String kept = "body { background: #00ff00 }";
        String lost = " body { background: #ff0000 }";
        Path page = write("rules.html", "<!DOCTYPE html><style>" + kept + " .unused { color: red }".repeat(limit - 1) + lost
                + "</style>");

        Run run = rendered(page.toString());

        assertThat(run.err()).contains("[parse-css]    warning: <style> #1: more than 32768 rules, the most Glassbox keeps of a"
                + " stylesheet: the rest of the sheet is left out\n");
        assertThat(pixel(400, 300)).as("the first rule applies, the one past the limit does not").isEqualTo(0x00ff00);
    }

    @Test
    void aPageOfMoreTextThanLayoutTakesKeepsItsBeginning() throws IOException {
        int words = TextLimit.MAX_TEXT_LENGTH / 5 + 1000;
        Path page = write("text.html", "<!DOCTYPE html><p>" + "word ".repeat(words));

        Run run = rendered(page.toString());

        assertThat(run.err()).contains("[parse-html]   warning: the page has " + 5 * words + " characters of text; layout takes"
                + " the first " + TextLimit.MAX_TEXT_LENGTH + ", the most Glassbox keeps, and the rest is left out\n");
        assertThat(image().getHeight()).isEqualTo(16_384);
    }

    @Test
    void anImageLargerThanThePixelBudgetIsBroken() throws IOException {
        Files.write(dir.resolve("huge.png"), pngHeaderClaiming(50_000, 50_000));
        Path page = write("image.html", "<!DOCTYPE html><img src=huge.png>");

        Run run = rendered(page.toString());

        assertThat(run.err()).contains("[render-tree]  warning: image file:" + dir.resolve("huge.png")
                + " is 50000×50000 pixels, more than the 50000000 Glassbox decodes\n");
        assertThat(image().getWidth()).isEqualTo(800);
    }

    @Test
    void aPageWiderThanTheCanvasIsCutAtItsRightEdge() throws IOException {
        Path page = write("wide.html", "<!DOCTYPE html><body style='margin: 0'><div style='width: 20000px; height: 10px'>");

        Run run = rendered(page.toString());

        assertThat(run.err()).contains("[raster]       warning: page is 20000 px wide; the image stops at 16384 px\n");
        assertThat(image().getWidth()).isEqualTo(16_384);
    }

    @Test
    void aPageTallerThanTheCanvasIsCutAtItsBottomEdge() throws IOException {
        Path page = write("tall.html", "<!DOCTYPE html><body style='margin: 0'><div style='height: 20000px'>");

        Run run = rendered(page.toString());

        assertThat(run.err()).contains("[raster]       warning: page is 20000 px tall; the image stops at 16384 px\n");
        assertThat(image().getHeight()).isEqualTo(16_384);
    }

    // --- What the bytes of a page can be ---

    @Test
    void invalidUtf8ShowsAsReplacementCharacters() throws IOException {
        Path page = dir.resolve("bad.html");
        Files.write(page, bytes("<!DOCTYPE html><meta charset=utf-8><p>caf", 0xc3, " ", 0xff, 0xfe, " end"));

        Run run = rendered(page.toString());

        assertThat(run.err()).contains("[parse-html]   warning: the page is not valid UTF-8 (the first bad byte is at offset 41):"
                + " every bad sequence shows as U+FFFD \uFFFD\n");
        assertThat(glassbox("dump", "dom", page.toString(), "-q").out()).contains("\"caf\uFFFD \uFFFD\uFFFD end\"");
    }

    @Test
    void aPngServedAsHtmlRendersAsText() throws IOException {
        server.enqueue(new MockResponse.Builder().setHeader("Content-Type", "text/html").body(new Buffer().write(pngHeaderClaiming(1, 1)))
                .build());

        Run run = rendered(server.url("/picture.png").toString());

        assertThat(run.err()).contains("[parse-html]   warning: the page is not valid UTF-8 (the first bad byte is at offset 0)");
    }

    @Test
    void randomBytesWithNulsServedAsHtmlRenderSomething() throws IOException {
        byte[] noise = new byte[20_000];
        new Random(10).nextBytes(noise);
        server.enqueue(new MockResponse.Builder().setHeader("Content-Type", "text/html").body(new Buffer().write(noise)).build());

        Run run = rendered(server.url("/noise").toString());

        assertThat(run.err()).contains("[parse-html]   warning: the page is not valid UTF-8");
    }

    // --- What a server can do wrong ---

    /** A server misbehaving, with the reason the user reads for it. */
    enum Fault {
        REDIRECT_LOOP("redirect loop: http://localhost:\\d+/a → http://localhost:\\d+/b → http://localhost:\\d+/a"),
        TOO_MANY_REDIRECTS("too many redirects \\(more than 20\\) from http://localhost:\\d+/a"),
        GZIP_BOMB("response larger than 64 MiB: http://localhost:\\d+/a"),
        SILENT("response: timed out: localhost:\\d+ sent nothing for 0.5 s"),
        TRICKLE("response body: gave up: the exchange took longer than 1.0 s"),
        CLOSED_MID_BODY("response body: unexpected end of stream"),
        CONTENT_LENGTH_TOO_LONG("response body: unexpected end of stream");

        final String reason;

        Fault(String reason) {
            this.reason = reason;
        }

        /** How the server answers a request for {@code path}. */
        MockResponse answer(String path) {
            return switch (this) {
                case REDIRECT_LOOP -> redirect(path.equals("/a") ? "/b" : "/a");
                case TOO_MANY_REDIRECTS -> redirect(path + "a");
                case GZIP_BOMB -> new MockResponse.Builder().addHeader("Content-Encoding", "gzip").body(GZIPPED_ZEROS.copy()).build();
                case SILENT -> new MockResponse.Builder().body("late").headersDelay(2, TimeUnit.SECONDS).build();
                case TRICKLE -> new MockResponse.Builder().body("<p>arrived" + " ".repeat(100))
                        .throttleBody(1, 50, TimeUnit.MILLISECONDS).build();
                case CLOSED_MID_BODY -> new MockResponse.Builder().body("<p>arrived" + " ".repeat(100_000))
                        .onResponseBody(new SocketEffect.CloseSocket()).build();
                case CONTENT_LENGTH_TOO_LONG -> new MockResponse.Builder().body("<p>arrived").setHeader("Content-Length", 1000)
                        .onResponseEnd(new SocketEffect.CloseSocket()).build();
            };
        }

        /** Half a second for the server's next bytes, where the fault is slowness; else time enough to decode 64 MiB. */
        String timeout() {
            return this == SILENT || this == TRICKLE ? "0.5" : "30";
        }

        private static MockResponse redirect(String location) {
            return new MockResponse.Builder().code(302).setHeader("Location", location).build();
        }
    }

    @ParameterizedTest
    @EnumSource(value = Fault.class, names = {"REDIRECT_LOOP", "TOO_MANY_REDIRECTS", "GZIP_BOMB", "SILENT"})
    void aPageThatNeverArrivesIsOneLineAndNoImage(Fault fault) {
        server.setDispatcher(dispatcher(fault, "<unused>"));
        long start = System.nanoTime();

        Run run = glassbox("render", server.url("/a").toString(), "-o", dir.resolve("out.png").toString(), "--no-cache",
                "--timeout", fault.timeout());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).as("one line, no stack trace").containsPattern("(?m)^glassbox: " + fault.reason + "$")
                .doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(dir.resolve("out.png")).doesNotExist();
        assertThat(System.nanoTime() - start).as("no hang").isLessThan(TimeUnit.SECONDS.toNanos(5));
    }

    @ParameterizedTest
    @EnumSource(value = Fault.class, names = {"TRICKLE", "CLOSED_MID_BODY", "CONTENT_LENGTH_TOO_LONG"})
    void aPageCutShortIsWhatArrived(Fault fault) throws IOException {
        server.setDispatcher(dispatcher(fault, "<unused>"));

        Run run = rendered(server.url("/a").toString(), fault.timeout());

        assertThat(run.err()).containsPattern("(?m)^\\[fetch\\] +warning: " + fault.reason + "; the page is the \\d+ bytes that arrived$");
        assertThat(inkIn(8, 16, 60, 34)).as("the text that arrived is drawn").isTrue();
    }

    @ParameterizedTest
    @EnumSource(Fault.class)
    void aStylesheetFromAMisbehavingServerIsLeftOutOfTheRenderedPage(Fault fault) throws IOException {
        server.setDispatcher(dispatcher(fault, "<!DOCTYPE html><link rel=stylesheet href=/a><body style='background: #00ff00'>"));

        Run run = rendered(server.url("/page").toString(), fault.timeout());

        assertThat(run.err()).containsPattern("warning: stylesheet http://localhost:\\d+/a not loaded: " + fault.reason + "\n");
        assertThat(pixel(400, 300)).isEqualTo(0x00ff00);
    }

    @Test
    void aContentLengthShorterThanTheBodyEndsThePageThere() throws IOException {
        String page = "<!DOCTYPE html><p>kept</p>";
        MockResponse lying = new MockResponse.Builder().body(page + "<p>beyond the length</p>").setHeader("Content-Length", page.length())
                .build();
        server.enqueue(lying);
        server.enqueue(lying);

        Run run = rendered(server.url("/").toString());

        assertThat(run.err()).containsPattern("\\[fetch\\] .*body +26 bytes received\n");
        assertThat(glassbox("dump", "dom", server.url("/").toString(), "--no-cache", "--timeout", "0.5", "-q").out())
                .contains("\"kept\"").doesNotContain("beyond");
    }

    // --- Errors of the engine itself ---

    @Test
    void aStackOverflowIsOneLineAndAFailingExitCode() throws Exception {
        Path page = write("deep.html", "<!DOCTYPE html><body>" + "<div>".repeat(500) + "deep");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int[] exitCode = {-1};
        // A stack of 128 KiB, too small for the recursion of style and layout through a DOM 500
        // deep, which the default stack takes easily: the engine meets a real StackOverflowError.
        Thread small = new Thread(null, () -> exitCode[0] = Glassbox.run(new String[] {"render", page.toString(), "-o",
                dir.resolve("out.png").toString(), "-q"}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8)), "small stack", 128 * 1024);
        small.start();
        small.join();

        assertThat(exitCode[0]).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("glassbox: internal error: java.lang.StackOverflowError\n"
                + "glassbox: run again with -v to see where it happened\n");
    }

    // --- Helpers ---

    /** Renders {@code address} to out.png, which must succeed and decode, and returns what the run printed. */
    private Run rendered(String address) throws IOException {
        return rendered(address, "0.5");
    }

    private Run rendered(String address, String timeout) throws IOException {
        Run run = glassbox("render", address, "-o", dir.resolve("out.png").toString(), "--no-cache", "--timeout", timeout);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).doesNotContain("\tat ");
        assertThat(image()).isNotNull();
        return run;
    }

    private BufferedImage image() throws IOException {
        return ImageIO.read(dir.resolve("out.png").toFile());
    }

    private int pixel(int x, int y) throws IOException {
        return image().getRGB(x, y) & 0xffffff;
    }

    /** Whether anything but white is drawn in the rectangle from (x0, y0) to (x1, y1). */
    private boolean inkIn(int x0, int y0, int x1, int y1) throws IOException {
        BufferedImage image = image();
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                if ((image.getRGB(x, y) & 0xffffff) != 0xffffff) {
                    return true;
                }
            }
        }
        return false;
    }

    private Path write(String name, String html) throws IOException {
        return Files.writeString(dir.resolve(name), html);
    }

    /** The page at /page; every other path answered as {@code fault} says. */
    private static Dispatcher dispatcher(Fault fault, String page) {
        return new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String path = request.getUrl().encodedPath();
                return path.equals("/page") ? new MockResponse.Builder().setHeader("Content-Type", "text/html").body(page).build()
                        : fault.answer(path);
            }
        };
    }

    private static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object part : parts) {
            if (part instanceof String text) {
                out.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
            } else {
                out.write((Integer) part);
            }
        }
        return out.toByteArray();
    }

    /** A PNG's signature and header chunk claiming {@code width}×{@code height} pixels, and nothing else. */
    private static byte[] pngHeaderClaiming(int width, int height) {
        ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 6).put((byte) 0).put((byte) 0).put((byte) 0);
        byte[] type = "IHDR".getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(type);
        crc.update(header.array());
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        png.writeBytes(ByteBuffer.allocate(4).putInt(13).array());
        png.writeBytes(type);
        png.writeBytes(header.array());
        png.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
        return png.toByteArray();
    }

    /** 65 MiB of zeros, gzipped into 65 KiB: one more MiB than a body may hold once decoded. */
    private static Buffer gzipBomb() {
        Buffer bomb = new Buffer();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bomb.outputStream())) {
            byte[] zeros = new byte[1 << 20];
            for (int mebibytes = 0; mebibytes <= 64; mebibytes++) {
                gzip.write(zeros);
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return bomb;
    }
}
