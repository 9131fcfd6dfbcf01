package org.glassbox.paint;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.glassbox.Engine;
import org.glassbox.Page;
import org.glassbox.Pages;
import org.glassbox.Phase;
import org.glassbox.Recorder;
import org.glassbox.css.Color;
import org.glassbox.paint.CornerRadii.Corner;
import org.glassbox.paint.DisplayCommand.ClipEnd;
import org.glassbox.paint.DisplayCommand.ClipStart;
import org.glassbox.paint.DisplayCommand.FillRect;
import org.glassbox.paint.DisplayCommand.TileImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RasterizerTest {

    @TempDir
    Path dir;

    private final Recorder recorder = new Recorder();

    @Test
    void drawsBoxesOnWholePixelsAndTextInItsColor() {
        Page page = Pages.load(dir, "<!DOCTYPE html><body style='margin: 0'>"
                + "<div style='margin: 10.4px 20px; height: 30px; background: #0000ff; color: #ff0000'>WWW</div>");
        BufferedImage image = new Rasterizer(recorder.log(Phase.RASTER)).raster(page.displayList());

        assertThat(image.getWidth()).isEqualTo(800);
        assertThat(image.getHeight()).isEqualTo(600);
        assertThat(image.getRGB(5, 5) & 0xffffff).as("canvas").isEqualTo(0xffffff);
        assertThat(image.getRGB(20, 10) & 0xffffff).as("10.4 snaps to 10").isEqualTo(0x0000ff);
        assertThat(image.getRGB(20, 40) & 0xffffff).as("10.4 + 30 snaps to 40").isEqualTo(0xffffff);
        assertThat(image.getRGB(19, 20) & 0xffffff).isEqualTo(0xffffff);
        assertThat(reddest(image, 20, 10, 60, 40)).as("text drawn in red on the blue box").isGreaterThan(200);
    }

    @Test
    void drawsAnImageScaledToItsBox() {
        Pages.writePng(dir, "green.png", 1, 1, 0x00ff00);
        Page page = Pages.load(dir, "<!DOCTYPE html><body style='margin: 0'><img src=green.png style='display: block;"
                + " width: 100px; height: 50px; margin-left: 10px'>");
        BufferedImage image = new Rasterizer(recorder.log(Phase.RASTER)).raster(page.displayList());

        assertThat(image.getRGB(10, 0) & 0xffffff).isEqualTo(0x00ff00);
        assertThat(image.getRGB(109, 49) & 0xffffff).as("a 1×1 picture stays solid at any size").isEqualTo(0x00ff00);
        assertThat(image.getRGB(110, 25) & 0xffffff).isEqualTo(0xffffff);
        assertThat(image.getRGB(50, 50) & 0xffffff).isEqualTo(0xffffff);
        assertThat(image.getRGB(9, 25) & 0xffffff).isEqualTo(0xffffff);
    }

    /** A two-color tile shows where each copy starts; the rectangle clips the copies. */
    @Test
    void tilesABackgroundImageFromItsOriginWithinItsRectangle() {
        BufferedImage tile = new BufferedImage(4, 1, BufferedImage.TYPE_INT_RGB);
        tile.setRGB(0, 0, 0xff0000);
        for (int x = 1; x < 4; x++) {
            tile.setRGB(x, 0, 0x0000ff);
        }
        DisplayList list = new DisplayList(40, 10, List.of(new TileImage(5, 2, 20, 5, 7, 3, true, false, tile)));
        BufferedImage image = new Rasterizer(recorder.log(Phase.RASTER)).raster(list);

        assertThat(image.getRGB(7, 3) & 0xffffff).as("the first copy at the origin").isEqualTo(0xff0000);
        assertThat(image.getRGB(11, 3) & 0xffffff).as("the next copy").isEqualTo(0xff0000);
        assertThat(image.getRGB(6, 3) & 0xffffff).as("a copy before the origin").isEqualTo(0x0000ff);
        assertThat(image.getRGB(4, 3) & 0xffffff).as("clipped left of the rectangle").isEqualTo(0x000000);
        assertThat(image.getRGB(25, 3) & 0xffffff).as("clipped right of the rectangle").isEqualTo(0x000000);
        assertThat(image.getRGB(8, 4) & 0xffffff).as("repeat-x: one row only").isEqualTo(0x000000);
    }

    /** Two sides of one color leave no seam on their mitre; of two colors, the later covers the diagonal. */
    @Test
    void fillsMitredBorderSidesWithoutSeams() {
        Page page = Pages.load(dir, "<!DOCTYPE html><body style='margin: 0; background: white'><div style='width: 10px;"
                + " height: 10px; border: 10px solid #0000ff'></div><div style='width: 10px; height: 10px;"
                + " border: 10px solid #0000ff; border-top-color: #ff0000'>");
        BufferedImage image = new Rasterizer(recorder.log(Phase.RASTER)).raster(page.displayList());

        for (int i = 0; i < 10; i++) {
            assertThat(image.getRGB(i, i) & 0xffffff).as("diagonal pixel %d", i).isEqualTo(0x0000ff);
        }
        assertThat(image.getRGB(2, 31) & 0xffffff).as("red top, beside the mitre").isEqualTo(0xff0000);
        assertThat(image.getRGB(1, 32) & 0xffffff).as("blue left, beside the mitre").isEqualTo(0x0000ff);
    }

    /**
     * CSS Backgrounds 3 §5: a rounded background and border are drawn with smooth curves, as
     * Chromium draws them: a pixel the curve crosses is a blend, within a few units of
     * Chromium's (#dedeff on the circle's edge, #5d5dff on the ring's), and the sides of a
     * rounded border of one color show no seam on their mitre.
     */
    @Test
    void drawsRoundedCornersAntiAliasedAndRingsWithoutSeams() {
        Page page = Pages.load(dir, "<!DOCTYPE html><body style='margin: 0; background: white'><div style='width: 40px;"
                + " height: 40px; background: #0000ff; border-radius: 20px'></div><div style='width: 40px;"
                + " height: 20px; border: 10px solid #0000ff; border-radius: 20px'></div>");
        BufferedImage image = new Rasterizer(recorder.log(Phase.RASTER)).raster(page.displayList());

        assertThat(image.getRGB(0, 0) & 0xffffff).as("outside the curve").isEqualTo(0xffffff);
        assertThat(image.getRGB(20, 20) & 0xffffff).as("inside").isEqualTo(0x0000ff);
        assertThat(image.getRGB(2, 9) & 0xff).as("on the circle's curve").isEqualTo(0xff);
        assertThat(image.getRGB(2, 9) >> 8 & 0xff).as("on the circle's curve").isBetween(0xd0, 0xf0);
        assertThat(image.getRGB(2, 50) >> 8 & 0xff).as("on the ring's outer curve").isBetween(0x40, 0x80);
        assertThat(image.getRGB(9, 49) & 0xffffff).as("the ring's mitre").isEqualTo(0x0000ff);
        assertThat(image.getRGB(17, 57) & 0xffffff).as("inside the ring").isEqualTo(0xffffff);
    }

    /** A rounded clip keeps what is drawn inside the curve only, its edge smooth as Chromium's. */
    @Test
    void clipsToARoundedRectangle() {
        Corner round = Corner.of(20, 20);
        RoundedRect circle = new RoundedRect(new Rect(0, 0, 40, 40), new CornerRadii(round, round, round, round));
        DisplayList list = new DisplayList(40, 40, List.of(new ClipStart(circle),
                new FillRect(0, 0, 40, 40, new Color(255, 0, 0, 1)), new ClipEnd()));
        BufferedImage image = new Rasterizer(recorder.log(Phase.RASTER)).raster(list);

        assertThat(image.getRGB(1, 1) & 0xffffff).as("outside the curve").isEqualTo(0x000000);
        assertThat(image.getRGB(20, 1) & 0xffffff).as("inside").isEqualTo(0xff0000);
        assertThat(image.getRGB(2, 9) >> 16 & 0xff).as("on the curve, partly inside").isBetween(0x10, 0x40);
    }

    /** At scale 2 the image is twice as large and every edge lands where the 1× edge lands, doubled. */
    @Test
    void drawsTheSameDisplayListAtTwiceTheResolution() {
        Page page = Pages.load(dir, "<!DOCTYPE html><body style='margin: 0'>"
                + "<div style='margin: 10.4px 20px; height: 30px; background: #0000ff; color: #ff0000'>WWW</div>");
        BufferedImage image = new Rasterizer(recorder.log(Phase.RASTER)).raster(page.displayList(), 800, 600, 2);

        assertThat(image.getWidth()).isEqualTo(1600);
        assertThat(image.getHeight()).isEqualTo(1200);
        assertThat(image.getRGB(40, 20) & 0xffffff).as("10.4 snaps to 10, drawn at 20").isEqualTo(0x0000ff);
        assertThat(image.getRGB(40, 19) & 0xffffff).isEqualTo(0xffffff);
        assertThat(image.getRGB(40, 80) & 0xffffff).as("40 drawn at 80").isEqualTo(0xffffff);
        assertThat(image.getRGB(39, 20) & 0xffffff).isEqualTo(0xffffff);
        assertThat(reddest(image, 40, 20, 120, 80)).as("text drawn in red on the blue box").isGreaterThan(200);
    }

    @Test
    void drawsOnlyTheTopLeftPartOfTheCanvasItIsAskedFor() {
        DisplayList list = new DisplayList(40, 100, List.of(new FillRect(0, 0, 40, 100, Color.BLACK)));
        BufferedImage image = new Rasterizer(recorder.log(Phase.RASTER)).raster(list, 40, 30, 1);
        assertThat(image.getHeight()).isEqualTo(30);
        assertThat(image.getRGB(39, 29) & 0xffffff).isEqualTo(0);
    }

    @Test
    void capsTheCanvasHeightInImagePixels() {
        DisplayList tall = new DisplayList(10, 10_000, List.of(new FillRect(0, 0, 10, 10_000, Color.BLACK)));
        BufferedImage image = new Rasterizer(recorder.log(Phase.RASTER)).raster(tall, 10, 10_000, 2);
        assertThat(image.getHeight()).isEqualTo(Rasterizer.MAX_CANVAS_HEIGHT);
        assertThat(image.getRGB(19, Rasterizer.MAX_CANVAS_HEIGHT - 1) & 0xffffff).isEqualTo(0);
    }

    @Test
    void capsTheCanvasHeightAndSaysSo() {
        DisplayList tall = new DisplayList(10, 20_000, List.of(new FillRect(0, 0, 10, 20_000, Color.BLACK)));
        BufferedImage image = new Rasterizer(recorder.log(Phase.RASTER)).raster(tall);
        assertThat(image.getHeight()).isEqualTo(Rasterizer.MAX_CANVAS_HEIGHT);
        assertThat(recorder.messages()).containsExactly(
                "WARNING raster: page is 20000 px tall; the image stops at 16384 px");
    }

    @Test
    void capsTheCanvasWidthAndSaysSo() {
        DisplayList wide = new DisplayList(20_000, 10, List.of(new FillRect(0, 0, 20_000, 10, Color.BLACK)));
        BufferedImage image = new Rasterizer(recorder.log(Phase.RASTER)).raster(wide);
        assertThat(image.getWidth()).isEqualTo(Rasterizer.MAX_CANVAS_WIDTH);
        assertThat(image.getRGB(Rasterizer.MAX_CANVAS_WIDTH - 1, 9) & 0xffffff).isEqualTo(0);
        assertThat(recorder.messages()).containsExactly(
                "WARNING raster: page is 20000 px wide; the image stops at 16384 px");
    }

    @Test
    void encodesAPngThatDecodesToTheSameImage() throws Exception {
        Engine engine = Engine.builder().viewport(320, 200).build();
        Page page = engine.load(Pages.write(dir, "p.html", "<body style='background: #123456'>").toString());
        byte[] png = engine.encodePng(engine.rasterize(page));

        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(decoded.getWidth()).isEqualTo(320);
        assertThat(decoded.getHeight()).isEqualTo(200);
        assertThat(decoded.getRGB(100, 100) & 0xffffff).isEqualTo(0x123456);
    }

    private static int reddest(BufferedImage image, int x0, int y0, int x1, int y1) {
        int best = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                int rgb = image.getRGB(x, y);
                best = Math.max(best, (rgb >> 16 & 0xff) - (rgb & 0xff));
            }
        }
        return best;
    }

    /**
     * CSS Color 3 §3.2: the translucent box and its child are drawn as one group, so the red
     * child hides the blue parent before the group lets the white canvas through by half.
     * Chromium shows #7e7eff, #ff7e7e and, over the lime block behind, #007e80: one unit darker,
     * from rounding the alpha its own way.
     */
    @Test
    void composesAnOpacityGroupAsAWholeOverWhatIsBeneath() {
        Page page = Pages.load(dir, "<!DOCTYPE html><body style='margin: 0'><div style='opacity: 0.5;"
                + " background: blue; width: 100px; height: 50px'><div style='background: red; width: 50px;"
                + " height: 30px; margin-left: 25px'></div></div>"
                + "<div style='background: lime; height: 20px; width: 60px; margin-top: -20px'></div>");
        BufferedImage image = new Rasterizer(recorder.log(Phase.RASTER)).raster(page.displayList());

        assertThat(image.getRGB(10, 10) & 0xffffff).isEqualTo(0x7f7fff);
        assertThat(image.getRGB(40, 10) & 0xffffff).isEqualTo(0xff7f7f);
        assertThat(image.getRGB(10, 40) & 0xffffff).as("the group is painted over the later block").isEqualTo(0x007f80);
    }
}
