package org.glassbox.paint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.glassbox.Pages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PainterTest {

    @TempDir
    Path dir;

    private String displayList(String html) {
        return Pages.load(dir, "<!DOCTYPE html>" + html).displayList().dump();
    }

    @Test
    void paintsTheCanvasThenBlockBackgroundsAndBordersThenText() {
        String html = "<body style='margin: 0'><div style='background: #eee; border-bottom: 2px solid red'>Hi"
                + "<div style='background: #ccc'>there</div></div>";
        assertThat(displayList(html)).isEqualTo("""
                FillRect x=0 y=0 w=800 h=600 color=#ffffff
                FillRect x=0 y=0 w=800 h=38 color=#eeeeee
                FillPolygon 800,38 0,38 0,36 800,36 color=#ff0000
                FillRect x=0 y=18 w=800 h=18 color=#cccccc
                DrawText "Hi" x=0 y=14 font=Liberation Serif 16px color=#000000
                DrawText "there" x=0 y=32 font=Liberation Serif 16px color=#000000
                """);
    }

    @Test
    void theBodysBackgroundPaintsTheWholeCanvasWhenTheRootHasNone() {
        assertThat(displayList("<body style='background: navy; margin: 50px'>")).isEqualTo("""
                FillRect x=0 y=0 w=800 h=600 color=#000080
                """);
        assertThat(displayList("<html style='background: teal'><body style='background: navy; height: 10px'>"))
                .startsWith("FillRect x=0 y=0 w=800 h=600 color=#008080\nFillRect x=8 y=8 w=784 h=10 color=#000080\n");
    }

    /** CSS 2.1 Appendix E: a positioned box is painted after all the flow's text, a float after the blocks' backgrounds. */
    @Test
    void floatsAndPositionedBoxesArePaintedAsLayersAboveTheFlow() {
        String html = "<body style='margin: 0'><div style='position: relative; background: red; height: 5px'></div>"
                + "<div style='float: left; background: lime; width: 5px; height: 5px'></div>"
                + "<div style='background: blue; height: 5px'>a</div>";
        assertThat(displayList(html)).isEqualTo("""
                FillRect x=0 y=0 w=800 h=600 color=#ffffff
                FillRect x=0 y=5 w=800 h=5 color=#0000ff
                FillRect x=0 y=5 w=5 h=5 color=#00ff00
                DrawText "a" x=5 y=19 font=Liberation Serif 16px color=#000000
                FillRect x=0 y=0 w=800 h=5 color=#ff0000
                """);
    }

    @Test
    void overflowHiddenClipsTheContentToThePaddingBoxAndHiddenBoxesDrawNothing() {
        String html = "<body style='margin: 0'><div style='overflow: hidden; height: 5px; border: 1px solid black'>"
                + "<span style='visibility: hidden; background: red'>gone</span></div>";
        assertThat(displayList(html)).contains("""
                ClipStart x=1 y=1 w=798 h=5
                ClipEnd
                """);
        assertThat(displayList(html)).doesNotContain("#ff0000").doesNotContain("DrawText");
    }

    /**
     * CSS Backgrounds 3 §5.1, §5.5: percentages are of the border box's width and height, and
     * radii that would overlap on a side all shrink by the same factor: on a 120×80 box,
     * {@code 100px 40px} add up to 140px on each side, and the height needs a factor of 80/140.
     */
    @Test
    void cornerRadiiArePercentagesOfTheBoxAndShrinkTogetherToFit() {
        String box = "<body style='margin: 0'><div style='width: 120px; height: 80px; background: blue; border-radius: ";
        assertThat(displayList(box + "50% / 25%'>"))
                .contains("FillRoundRect x=0 y=0 w=120 h=80 radii=[60/20 60/20 60/20 60/20] color=#0000ff");
        assertThat(displayList(box + "100px 40px'>"))
                .contains("FillRoundRect x=0 y=0 w=120 h=80 radii=[57.143 22.857 57.143 22.857] color=#0000ff");
        assertThat(displayList(box + "0 10px'>"))
                .as("a corner with a zero radius is square").contains("radii=[0 10 0 10]");
    }

    /**
     * CSS Backgrounds 3 §5.3: the background color and image are clipped to the rounded border
     * box; a color alone is a rounded rectangle.
     */
    @Test
    void aRoundedBoxClipsItsBackgroundToItsCurve() {
        Pages.writePng(dir, "tile.png", 10, 5, 0x00ff00);
        assertThat(displayList("<body style='margin: 0'><div style='height: 20px; border-radius: 8px 0;"
                + " background: yellow url(tile.png)'>")).isEqualTo("""
                FillRect x=0 y=0 w=800 h=600 color=#ffffff
                ClipStart x=0 y=0 w=800 h=20 radii=[8 0 8 0]
                FillRect x=0 y=0 w=800 h=20 color=#ffff00
                TileImage x=0 y=0 w=800 h=20 origin=0,0 repeat image=10×5
                ClipEnd
                """);
        assertThat(displayList("<body style='margin: 0'><div style='height: 20px; border-radius: 8px 0;"
                + " background: yellow'>")).contains("FillRoundRect x=0 y=0 w=800 h=20 radii=[8 0 8 0] color=#ffff00");
    }

    /** CSS Backgrounds 3 §5.3: overflow is clipped to the padding box, whose curve is inside the border's. */
    @Test
    void overflowHiddenClipsToTheRoundedPaddingBox() {
        assertThat(displayList("<body style='margin: 0'><div style='overflow: hidden; height: 40px;"
                + " border: 4px solid; border-radius: 10px 20px'>a</div>"))
                .contains("ClipStart x=4 y=4 w=792 h=40 radii=[6 16 6 16]\nDrawText \"a\"");
    }

    /**
     * CSS 2.1 §11.1.1: floats and translucent boxes, painted as layers of their own, are still
     * clipped by the boxes around them; an absolutely positioned box only by its containing block.
     */
    @Test
    void layersInsideAClippingBoxAreClippedByIt() {
        String clip = "ClipStart x=0 y=0 w=100 h=50 radii=[10 10 10 10]\n";
        String box = "<body style='margin: 0'><div style='overflow: hidden; width: 100px; height: 50px; border-radius: 10px'>";
        assertThat(displayList(box + "<div style='float: left; background: blue; width: 200px; height: 5px'>"))
                .contains(clip + "FillRect x=0 y=0 w=200 h=5 color=#0000ff\nClipEnd\n");
        assertThat(displayList(box + "<div style='opacity: 0.5; background: blue; height: 5px'>"))
                .contains(clip + "OpacityStart alpha=0.5\nFillRect x=0 y=0 w=100 h=5 color=#0000ff\nOpacityEnd\nClipEnd\n");
        assertThat(displayList(box + "<div style='position: absolute; background: blue; width: 5px; height: 5px'>"))
                .as("its containing block is the viewport").contains("ClipEnd\nFillRect x=0 y=0 w=5 h=5 color=#0000ff\n")
                .doesNotContain(clip + "FillRect");
        assertThat(displayList("<body style='margin: 0'><div style='position: relative; overflow: hidden; width: 100px;"
                + " height: 50px; border-radius: 10px'><div style='position: absolute; background: blue; width: 5px;"
                + " height: 5px'>")).contains(clip + "FillRect x=0 y=0 w=5 h=5 color=#0000ff\nClipEnd\n");
    }

    /** CSS Backgrounds 3 §5.3: a replaced element's picture is clipped to its content box's curve. */
    @Test
    void aRoundedImageIsClippedToItsContentBoxCurve() {
        Pages.writePng(dir, "tile.png", 10, 5, 0x00ff00);
        assertThat(displayList("<body style='margin: 0'><img src='tile.png' style='display: block; width: 60px;"
                + " height: 40px; padding: 4px; border-radius: 50%'>")).contains("""
                ClipStart x=4 y=4 w=60 h=40 radii=[30/20 30/20 30/20 30/20]
                DrawImage x=4 y=4 w=60 h=40 image=10×5
                ClipEnd
                """);
    }

    /** Like Chromium, an outline follows the curve of a rounded border box, its radii grown by its width. */
    @Test
    void anOutlineFollowsARoundedBorderBox() {
        assertThat(displayList("<body style='margin: 0'><div style='margin: 20px; height: 30px; width: 100px;"
                + " outline: 5px solid red; border-radius: 10px'>")).contains(
                "FillRoundedBand outer x=15 y=15 w=110 h=40 radii=[15 15 15 15] inner x=20 y=20 w=100 h=30"
                        + " radii=[10 10 10 10] within 15,15 125,15 ");
    }

    /** Chromium puts the {@code <mark>} at x=11.109375, 8×17. */
    @Test
    void inlineBoxesPaintTheirBackgroundUnderTheirText() {
        assertThat(displayList("<body style='margin: 0'>a <mark style='background: yellow'>b</mark>")).isEqualTo("""
                FillRect x=0 y=0 w=800 h=600 color=#ffffff
                FillRect x=11.102 y=0 w=8 h=17 color=#ffff00
                DrawText "a " x=0 y=14 font=Liberation Serif 16px color=#000000
                DrawText "b" x=11.102 y=14 font=Liberation Serif 16px color=#000000
                """);
    }

    @Test
    void drawsAnImageInItsContentBoxAfterItsBorders() {
        Pages.writePng(dir, "i.png", 20, 10, 0x00ff00);
        assertThat(displayList("<body style='margin: 0'><img src=i.png style='display: block; width: 40px;"
                + " border: 1px solid red; padding: 2px'>")).isEqualTo("""
                FillRect x=0 y=0 w=800 h=600 color=#ffffff
                FillPolygon 0,0 46,0 45,1 1,1 color=#ff0000
                FillPolygon 46,0 46,26 45,25 45,1 color=#ff0000
                FillPolygon 46,26 0,26 1,25 45,25 color=#ff0000
                FillPolygon 0,26 0,0 1,1 1,25 color=#ff0000
                DrawImage x=3 y=3 w=40 h=20 image=20×10
                """);
    }

    /** CSS 2.1 §14.2.1: the image is placed in the padding box and tiled over the whole border box. */
    @Test
    void tilesABackgroundImageOverTheBorderBoxFromThePaddingBox() {
        Pages.writePng(dir, "tile.png", 10, 5, 0x00ff00);
        assertThat(displayList("<body style='margin: 0'><div style='height: 20px; border: 3px solid;"
                + " background: yellow url(tile.png)'>")).isEqualTo("""
                FillRect x=0 y=0 w=800 h=600 color=#ffffff
                FillRect x=0 y=0 w=800 h=26 color=#ffff00
                TileImage x=0 y=0 w=800 h=26 origin=3,3 repeat image=10×5
                FillPolygon 0,0 800,0 797,3 3,3 color=#000000
                FillPolygon 800,0 800,26 797,23 797,3 color=#000000
                FillPolygon 800,26 0,26 3,23 797,23 color=#000000
                FillPolygon 0,26 0,0 3,3 3,23 color=#000000
                """);
    }

    /** A percentage puts that point of the image on the same point of the area: 100% aligns right edges. */
    @Test
    void placesTheImageByBackgroundPositionAndRepeatsItAsAsked() {
        Pages.writePng(dir, "tile.png", 10, 5, 0x00ff00);
        assertThat(displayList("<body style='margin: 0'><div style='height: 20px; width: 110px;"
                + " background: url(tile.png) repeat-y 100% 4px'>")).contains(
                "TileImage x=0 y=0 w=110 h=20 origin=100,4 repeat-y image=10×5");
        assertThat(displayList("<body style='margin: 0'><div style='height: 20px; width: 110px;"
                + " background: url(tile.png) no-repeat center; background-attachment: fixed'>")).contains(
                "TileImage x=0 y=0 w=110 h=20 origin=395,297.5 no-repeat image=10×5");
    }

    /** CSS 2.1 §14.2: the body's image covers the canvas, placed as for the root element. */
    @Test
    void theBodysBackgroundImageCoversTheCanvas() {
        Pages.writePng(dir, "tile.png", 10, 5, 0x00ff00);
        assertThat(displayList("<html style='border-left: 5px solid'><body style='background: url(tile.png) repeat-x'>"))
                .startsWith("""
                FillRect x=0 y=0 w=800 h=600 color=#ffffff
                TileImage x=0 y=0 w=800 h=600 origin=5,0 repeat-x image=10×5
                """);
    }

    /** A {@code data:} URL needs no fetch; an inline box's image starts at its own top left corner. */
    @Test
    void paintsADataUrlImageBehindAnInlineBox() throws IOException {
        String png = Base64.getEncoder().encodeToString(Files.readAllBytes(Pages.writePng(dir, "tile.png", 10, 5, 0x00ff00)));
        assertThat(displayList("<body style='margin: 0'>a <mark style='background: url(data:image/png;base64," + png
                + ")'>b</mark>")).contains("TileImage x=11.102 y=0 w=8 h=17 origin=11.102,0 repeat image=10×5");
    }

    /**
     * CSS 2.1 §16.3.1: the block's underline runs under all its text, in its color, and the
     * span adds its line-through over its own text, in its own color. Chromium draws the
     * underline 1px thick at y=15 and the line-through at y=9.
     */
    @Test
    void decorationsRunUnderAndThroughTheTextOfTheElementsThatSetThem() {
        String html = "<body style='margin: 0'><div style='text-decoration: underline'>a "
                + "<span style='text-decoration: line-through; color: blue'>b</span></div>";
        assertThat(displayList(html)).isEqualTo("""
                FillRect x=0 y=0 w=800 h=600 color=#ffffff
                FillRect x=0 y=15 w=11.102 h=1 color=#000000
                DrawText "a " x=0 y=14 font=Liberation Serif 16px color=#000000
                FillRect x=11.102 y=15 w=8 h=1 color=#000000
                DrawText "b" x=11.102 y=14 font=Liberation Serif 16px color=#0000ff
                FillRect x=11.102 y=8.833 w=8 h=1 color=#0000ff
                """);
    }

    /**
     * A block's decoration is one straight line under text that {@code vertical-align} moves, in
     * its {@code text-decoration-color}, and does not reach into an inline block.
     */
    @Test
    void aBlocksDecorationStaysOnItsLineAndSkipsInlineBlocks() {
        String html = "<body style='margin: 0'><div style='text-decoration: underline red'>a<sub>b</sub>"
                + "<span style='display: inline-block'>c</span></div>";
        assertThat(displayList(html)).contains("""
                FillRect x=0 y=15 w=7.102 h=1 color=#ff0000
                DrawText "a" x=0 y=14 font=Liberation Serif 16px color=#000000
                FillRect x=7.102 y=15 w=6.664 h=1 color=#ff0000
                DrawText "b" x=7.102 y=18.188 font=Liberation Serif 13.333px color=#000000
                """).doesNotContain("FillRect x=13.766");
    }

    /**
     * CSS 2.1 §18.4, Appendix E step 10: the outline is drawn outside the border box, after the
     * text and the positioned boxes; Chromium's red ring covers x 15 to 124, y 15 to 54.
     */
    @Test
    void outlinesAreDrawnOutsideTheBorderBoxOverEverythingElse() {
        String html = "<body style='margin: 0'><div style='margin: 20px; height: 30px; width: 100px;"
                + " outline: 5px solid red'>a<div style='position: absolute; top: 0; background: blue'>b</div></div>";
        assertThat(displayList(html)).endsWith("""
                DrawText "b" x=20 y=14 font=Liberation Serif 16px color=#000000
                FillPolygon 15,15 125,15 120,20 20,20 color=#ff0000
                FillPolygon 125,15 125,55 120,50 120,20 color=#ff0000
                FillPolygon 125,55 15,55 20,50 120,50 color=#ff0000
                FillPolygon 15,55 15,15 20,20 20,50 color=#ff0000
                """);
    }

    /** CSS Color 3 §3.2: a translucent box is a group painted as a positioned box, after the flow's text. */
    @Test
    void aTranslucentBoxIsAGroupPaintedAboveTheFlow() {
        String html = "<body style='margin: 0'><div style='opacity: 0.5; background: blue'>a</div>b";
        assertThat(displayList(html)).isEqualTo("""
                FillRect x=0 y=0 w=800 h=600 color=#ffffff
                DrawText "b" x=0 y=32 font=Liberation Serif 16px color=#000000
                OpacityStart alpha=0.5
                FillRect x=0 y=0 w=800 h=18 color=#0000ff
                DrawText "a" x=0 y=14 font=Liberation Serif 16px color=#000000
                OpacityEnd
                """);
    }

    /** CSS 2.1 Appendix E step 8: a relatively positioned inline box covers the text after it; one with a negative z-index goes under the flow. */
    @Test
    void relativelyPositionedInlineBoxesArePaintedAsLayersByZIndex() {
        String html = "<body style='margin: 0'>a <span style='position: relative; top: 5px; background: yellow'>b</span> c"
                + " <span style='position: relative; z-index: -1'>d</span>";
        assertThat(displayList(html)).isEqualTo("""
                FillRect x=0 y=0 w=800 h=600 color=#ffffff
                DrawText "d" x=34.203 y=14 font=Liberation Serif 16px color=#000000
                DrawText "a " x=0 y=14 font=Liberation Serif 16px color=#000000
                DrawText " c " x=19.102 y=14 font=Liberation Serif 16px color=#000000
                FillRect x=11.102 y=5 w=8 h=17 color=#ffff00
                DrawText "b" x=11.102 y=19 font=Liberation Serif 16px color=#000000
                """);
    }

    @Test
    void aTranslucentInlineBoxIsAGroupPaintedAboveTheFlow() {
        String html = "<body style='margin: 0'>a <span style='opacity: 0.25; background: yellow'>b <b>c</b></span> d";
        assertThat(displayList(html)).isEqualTo("""
                FillRect x=0 y=0 w=800 h=600 color=#ffffff
                DrawText "a " x=0 y=14 font=Liberation Serif 16px color=#000000
                DrawText " d" x=30.203 y=14 font=Liberation Serif 16px color=#000000
                OpacityStart alpha=0.25
                FillRect x=11.102 y=0 w=19.102 h=17 color=#ffff00
                DrawText "b " x=11.102 y=14 font=Liberation Serif 16px color=#000000
                DrawText "c" x=23.102 y=14 font=Liberation Serif Bold 16px color=#000000
                OpacityEnd
                """);
    }

    /** As Chromium draws it, an outside marker hangs left of the list item's border box, not of its content. */
    @Test
    void anOutsideMarkerHangsOutsideTheListItemsBorderAndPadding() {
        String list = displayList("<body style='margin: 0'><ol style='margin: 0; padding-left: 40px'>"
                + "<li style='padding-left: 30px; border-left: 6px solid red'>item</li></ol>");
        String marker = list.lines().filter(line -> line.startsWith("DrawText \"1. \"")).findFirst().orElseThrow();
        double x = Double.parseDouble(marker.replaceAll(".* x=([0-9.]+) .*", "$1"));

        assertThat(x).as("the marker's text ends where the border box starts, at 40").isBetween(40 - 20.0, 40 - 10.0);
        assertThat(list).contains("DrawText \"item\" x=76 ");
    }
}
