package org.glassbox.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okio.Buffer;
import org.glassbox.Engine;
import org.glassbox.Page;
import org.glassbox.Pages;
import org.glassbox.Recorder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page from the web cannot read the user's files, by any of the ways a page loads something;
 * each refusal is one warning (an image used twice is one refusal), and the page renders without
 * what was refused. A page that is itself a file may load files, and {@code data:} URLs stay
 * allowed everywhere.
 */
class LocalFilesTest {

    private static final int GREEN = 0x00ff00;
    private static final int WHITE = 0xffffff;

    @TempDir
    Path files;

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private final Recorder recorder = new Recorder();
    private final Engine engine = Engine.builder().listener(recorder).build();
    private String refused;

    /** The user's files: a stylesheet and a script that would show they ran, and a green image. */
    @BeforeEach
    void writeTheUsersFiles() {
        Pages.write(files, "local.css", "body { background: red }");
        Pages.write(files, "local.js", "document.title = 'ran'; console.log('the local script ran');");
        Pages.writePng(files, "green.png", 50, 50, GREEN);
        refused = ": not allowed to load local resource: a page from http: may not read files";
    }

    @Test
    void aWebPageLoadsNoFileThroughItsElementsOrItsCss() {
        serve("""
                <!DOCTYPE html>
                <link rel=stylesheet href="%1$s/local.css">
                <style>
                  @import url(%1$s/local.css);
                  div { width: 50px; height: 50px; background: url(%1$s/green.png) }
                  body { margin: 0 }
                </style>
                <script src="%1$s/local.js"></script>
                <div></div><img src="%1$s/green.png">""".formatted(filesUrl()));

        Page page = engine.load(server.url("/page.html").toString());
        BufferedImage pixels = engine.rasterize(page);

        assertThat(warnings()).containsExactlyInAnyOrder(
                "WARNING script: cannot load script " + file("local.js") + refused,
                "WARNING parse-css: stylesheet " + file("local.css") + " not loaded" + refused,
                "WARNING parse-css: <style> #1: @import of " + filesUrl() + "/local.css not loaded" + refused,
                "WARNING render-tree: image " + file("green.png") + " failed to load" + refused);
        assertThat(page.dom().title()).isEmpty();
        assertThat(pixels.getRGB(25, 25) & WHITE).as("the background image").isEqualTo(WHITE);
        assertThat(pixels.getRGB(400, 300) & WHITE).as("the body's background").isEqualTo(WHITE);
    }

    @Test
    void aWebPagesScriptCannotFetchAFileNorReadOneWithXmlHttpRequest() {
        serve("""
                <script>
                  fetch('%1$s/local.css').then(function () { console.log('fetch read it'); },
                                               function (error) { console.log('fetch:', error.message); });
                  var xhr = new XMLHttpRequest();
                  xhr.open('GET', '%1$s/local.css');
                  xhr.onload = function () { console.log('XMLHttpRequest read it'); };
                  xhr.onerror = function () { console.log('XMLHttpRequest: error', xhr.status); };
                  xhr.send();
                </script>""".formatted(filesUrl()));

        engine.load(server.url("/page.html").toString());

        assertThat(recorder.messages()).contains("INFO script: console.log: fetch: Failed to fetch",
                "INFO script: console.log: XMLHttpRequest: error 0");
        assertThat(warnings()).containsExactly(
                "WARNING script: GET " + file("local.css") + " failed" + refused,
                "WARNING script: GET " + file("local.css") + " failed" + refused);
    }

    /** What a script adds to the page is fetched when needed, by the same rule: not before the preload scan, not around it. */
    @Test
    void elementsAScriptAddsLoadNoFileEither() {
        serve("""
                <body style="margin: 0">
                <script>
                  var files = '%s';
                  document.body.insertAdjacentHTML('beforeend', '<img src="' + files + '/green.png">'
                      + '<link rel=stylesheet href="' + files + '/local.css">');
                </script>""".formatted(filesUrl()));

        Page page = engine.load(server.url("/page.html").toString());

        assertThat(warnings()).containsExactlyInAnyOrder(
                "WARNING parse-css: stylesheet " + file("local.css") + " not loaded" + refused,
                "WARNING render-tree: image " + file("green.png") + " failed to load" + refused);
        assertThat(engine.rasterize(page).getRGB(25, 25) & WHITE).isEqualTo(WHITE);
    }

    /** Fetch §4.4: a redirect leads only to http(s), so a server cannot send the page on to a file either. */
    @Test
    void aRedirectToAFileIsRefused() {
        String location = filesUrl() + "/green.png";
        server.enqueue(page("<img src=/image.png>"));
        server.enqueue(new MockResponse.Builder().code(302).addHeader("Location", location).build());

        Page page = engine.load(server.url("/page.html").toString());

        assertThat(warnings()).containsExactly("WARNING render-tree: image " + server.url("/image.png") + " failed to load: redirect from "
                + server.url("/image.png") + " refused: its Location is not an http(s) URL: " + location);
        assertThat(engine.rasterize(page).getRGB(8, 8) & WHITE).isNotEqualTo(GREEN);
    }

    /** A click is the user's, but where the link leads is the page's choice: it may not lead to a file either. */
    @Test
    void aClickOnALinkToAFileDoesNotFollowIt() {
        serve("<a id=link href='%s/local.css'>the user's files</a>".formatted(filesUrl()));

        Page page = engine.load(server.url("/page.html").toString(), List.of("#link"));

        assertThat(page.url()).isEqualTo(server.url("/page.html").uri());
        assertThat(warnings()).containsExactly("WARNING script: link to " + file("local.css") + " not followed" + refused);
    }

    @Test
    void aWebPageMayStillUseDataUrls() throws IOException {
        String png = Base64.getEncoder().encodeToString(Files.readAllBytes(files.resolve("green.png")));
        serve("""
                <body style="margin: 0"><img src="data:image/png;base64,%s">
                <script>fetch('data:,hello').then(function (r) { return r.text(); }).then(console.log);</script>""".formatted(png));

        Page page = engine.load(server.url("/page.html").toString());

        assertThat(warnings()).isEmpty();
        assertThat(recorder.messages()).contains("INFO script: console.log: hello");
        assertThat(engine.rasterize(page).getRGB(25, 25) & WHITE).isEqualTo(GREEN);
    }

    /** The test pages and the CSS test suite are files that link to files. */
    @Test
    void aPageThatIsAFileMayLoadFiles() {
        Page page = Pages.load(files, """
                <link rel=stylesheet href=local.css><script src=local.js></script>
                <body style="margin: 0"><img src=green.png>""", recorder);

        assertThat(warnings()).isEmpty();
        assertThat(page.dom().title()).isEqualTo("ran");
        assertThat(Engine.builder().build().rasterize(page).getRGB(25, 25) & WHITE).isEqualTo(GREEN);
    }

    /** A file: URL with a host names a file on another machine: a failed fetch, not a crash. */
    @Test
    void aFileOnAnotherMachineIsAFailedFetch() {
        Pages.load(files, "<img src=file://server/share/image.png>", recorder);

        assertThat(warnings()).containsExactly("WARNING render-tree: image file://server/share/image.png failed to load: "
                + "not a file on this machine: file://server/share/image.png (URI has an authority component)");
    }

    private void serve(String html) {
        server.enqueue(page(html));
    }

    private static MockResponse page(String html) {
        return new MockResponse.Builder().addHeader("Content-Type", "text/html").body(new Buffer().writeUtf8(html)).build();
    }

    /** The directory of the user's files as a URL, without the slash at its end: {@code file:///tmp/junit123}. */
    private String filesUrl() {
        return "file://" + files.toUri().getRawPath().replaceAll("/$", "");
    }

    /** A file as the engine names it in the log, once jsoup has resolved it: {@code file:/tmp/junit123/name}. */
    private String file(String name) {
        return "file:" + files.resolve(name).toUri().getRawPath();
    }

    private List<String> warnings() {
        return recorder.messages().stream().filter(message -> message.startsWith("WARNING")).toList();
    }
}
