package org.glassbox.paint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.glassbox.Pages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The expected shades and widths were measured on Chromium's screenshots of the same boxes. */
class BordersTest {

    @TempDir
    Path dir;

    private String borders(String border) {
        String dump = Pages.load(dir, "<!DOCTYPE html><body style='margin: 0'><div style='width: 40px; height: 20px; "
                + border + "'>").displayList().dump();
        return dump.substring(dump.indexOf('\n') + 1);
    }

    /** CSS 2.1 §8.5.3: where two sides of different colors meet, the corner is cut diagonally. */
    @Test
    void sidesMeetInMitredCorners() {
        assertThat(borders("border-style: solid; border-width: 10px 20px 15px 5px; border-color: red green blue orange"))
                .isEqualTo("""
                FillPolygon 0,0 65,0 45,10 5,10 color=#ff0000
                FillPolygon 65,0 65,45 45,30 45,10 color=#008000
                FillPolygon 65,45 0,45 5,30 45,30 color=#0000ff
                FillPolygon 0,45 0,0 5,10 5,30 color=#ffa500
                """);
    }

    /**
     * CSS Backgrounds 3 §5.2: a rounded border is the band between the rounded border box and
     * the padding box inside it, whose radii are the border's less the border widths. Each side
     * takes the part of the band on its side of the mitre lines, carried on to the chord of the
     * inner curve: from 0,0 past the inner corner 10,10 to 12.5,12.5.
     */
    @Test
    void aRoundedBorderIsTheBandBetweenTwoCurves() {
        assertThat(borders("border: 10px solid blue; border-radius: 15px").lines().limit(2)).containsExactly(
                "FillRoundedBand outer x=0 y=0 w=60 h=40 radii=[15 15 15 15] inner x=10 y=10 w=40 h=20 radii=[5 5 5 5]"
                        + " within 0,0 60,0 47.5,12.5 12.5,12.5 color=#0000ff",
                "FillRoundedBand outer x=0 y=0 w=60 h=40 radii=[15 15 15 15] inner x=10 y=10 w=40 h=20 radii=[5 5 5 5]"
                        + " within 60,0 60,40 47.5,27.5 47.5,12.5 color=#0000ff");
    }

    /** A radius no wider than the border leaves the inner corner square, and the mitre ends there. */
    @Test
    void aRadiusWithinTheBorderLeavesThePaddingBoxSquare() {
        assertThat(borders("border: 10px solid red; border-radius: 6px")).startsWith(
                "FillRoundedBand outer x=0 y=0 w=60 h=40 radii=[6 6 6 6] inner x=10 y=10 w=40 h=20"
                        + " within 0,0 60,0 50,10 10,10 color=#ff0000\n");
    }

    /** Each rounded side keeps its own color; a double border is two rounded bands, dashes are drawn solid. */
    @Test
    void roundedSidesKeepTheirColorsAndStyles() {
        assertThat(borders("border: 9px double; border-color: red green; border-radius: 20px").lines()
                .map(line -> line.replaceAll(".* color=", "")).toList())
                .containsExactly("#ff0000", "#ff0000", "#008000", "#008000", "#ff0000", "#ff0000", "#008000", "#008000");
        assertThat(borders("border: 4px dashed blue; border-radius: 8px").lines())
                .hasSize(4).allMatch(line -> line.startsWith("FillRoundedBand "));
    }

    /** Chromium draws a 10px double border as lines of 3px with 4px between them. */
    @Test
    void aDoubleBorderIsTwoLinesOfAThirdEach() {
        assertThat(borders("border: 10px double blue").lines().limit(2)).containsExactly(
                "FillPolygon 0,0 60,0 57,3 3,3 color=#0000ff",
                "FillPolygon 7,7 53,7 50,10 10,10 color=#0000ff");
    }

    /** Chromium shades rgb(200, 100, 50) as #743a1d and #ff7f3f, and black as #545454 and #a8a8a8. */
    @Test
    void insetShadowsTheTopAndLeftAndLightsTheBottomAndRight() {
        assertThat(borders("border: 12px inset rgb(200, 100, 50)")).contains(
                "FillPolygon 0,0 64,0 52,12 12,12 color=#743a1d", "FillPolygon 64,0 64,44 52,32 52,12 color=#ff7f3f");
        assertThat(borders("border: 12px outset black")).contains(
                "FillPolygon 0,0 64,0 52,12 12,12 color=#a8a8a8", "FillPolygon 64,0 64,44 52,32 52,12 color=#545454");
    }

    /** A groove is shadowed outside and lit inside on the top; a ridge the other way round. */
    @Test
    void grooveAndRidgeSplitEachSideInTwoHalves() {
        assertThat(borders("border: 12px groove rgb(200, 100, 50)").lines().limit(2)).containsExactly(
                "FillPolygon 0,0 64,0 58,6 6,6 color=#743a1d",
                "FillPolygon 6,6 58,6 52,12 12,12 color=#ff7f3f");
        assertThat(borders("border: 12px ridge rgb(200, 100, 50)").lines().limit(2)).containsExactly(
                "FillPolygon 0,0 64,0 58,6 6,6 color=#ff7f3f",
                "FillPolygon 6,6 58,6 52,12 12,12 color=#743a1d");
    }

    /** A dash at each end, the gaps stretched to fit: 100px of 2px dashes is 13 dashes of 6px. */
    @Test
    void dashesStartAndEndAtTheCorners() {
        List<String> top = borders("border: 2px dashed blue; width: 96px").lines()
                .filter(line -> line.contains(" y=0 w=6 h=2 ")).toList();
        assertThat(top).hasSize(13);
        assertThat(top.get(0)).isEqualTo("FillRect x=0 y=0 w=6 h=2 color=#0000ff");
        assertThat(top.get(12)).isEqualTo("FillRect x=94 y=0 w=6 h=2 color=#0000ff");
    }

    /** Like Chromium, dots are round from 3px wide and square below. */
    @Test
    void dotsAreRoundOnlyWhenWideEnough() {
        assertThat(borders("border: 4px dotted blue")).startsWith("FillEllipse x=0 y=0 w=4 h=4 color=#0000ff\n");
        assertThat(borders("border: 2px dotted blue")).startsWith("FillRect x=0 y=0 w=2 h=2 color=#0000ff\n");
    }

    @Test
    void noneAndHiddenDrawNothing() {
        assertThat(borders("border: 5px none red")).isEmpty();
        assertThat(borders("border: 5px hidden red")).isEmpty();
    }
}
