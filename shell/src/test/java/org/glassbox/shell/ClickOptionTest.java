package org.glassbox.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code glassbox render --click SELECTOR}: clicks once the page has loaded, before it is painted. */
class ClickOptionTest {

    @TempDir
    Path dir;

    @Test
    void aClickOnALinkRendersTheLinkedPageWhereTheNextClickGoesOn() throws Exception {
        Files.writeString(dir.resolve("first.html"), """
                <p><a id=next href="second.html">next page</a></p>""");
        Files.writeString(dir.resolve("second.html"), """
                <body style="margin: 0">
                <div id=box style="height: 50px; background: red" onclick="this.setAttribute('style', 'height: 50px; background: black')"></div>""");
        Path png = dir.resolve("page.png");

        GlassboxTest.Run run = GlassboxTest.glassbox("render", dir.resolve("first.html").toString(), "--click", "#next",
                "--click", "#box", "-o", png.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).containsPattern("the click on '#next' follows a link to file:.*/second.html");
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getRGB(10, 10) & 0xffffff).as("the second page's box, blackened by the second click").isZero();
    }

    @Test
    void aClickThatMatchesNothingIsAWarningAndThePageStillRenders() {
        Path png = dir.resolve("page.png");

        GlassboxTest.Run run = GlassboxTest.glassbox("render", "testpages/headings.html", "--click", ".missing", "-o",
                png.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("cannot click '.missing': no element matches it");
        assertThat(Files.exists(png)).isTrue();
    }
}
