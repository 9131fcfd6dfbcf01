package org.glassbox.layout;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Path;
import org.glassbox.Pages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Block and inline layout on small pages, read as printed box trees. The numbers are CSS 2.1's
 * arithmetic; {@link ChromiumLayoutTest} checks whole pages against a real browser.
 */
class LayoutTest {

    @TempDir
    Path dir;

    private LayoutTree layout(String body) {
        return Pages.load(dir, "<!DOCTYPE html><style>body { margin: 0 }</style>" + body).layout();
    }

    /** Chromium puts the {@code <b>} at x=53.546875, 40×17, as this tree does. */
    @Test
    void printsTheBoxTreeWithLinesAndTextRuns() {
        assertThat(layout("<p style='margin: 10px'>Hello, <b>world</b></p>").dump()).isEqualTo("""
                BlockBox <html> x=0 y=0 w=800 h=38
                  BlockBox <body> x=0 y=10 w=800 h=18
                    BlockBox <p> x=10 y=10 w=780 h=18 margin=10 10 10 10
                      LineBox x=10 y=10 w=780 h=18 baseline=24
                        InlineBox <b> x=53.547 y=10 w=40 h=17
                        TextRun "Hello, " x=10 y=10 w=43.547 h=17 font=Liberation Serif 16px color=#000000
                        TextRun "world" x=53.547 y=10 w=40 h=17 font=Liberation Serif Bold 16px color=#000000
                """);
    }

    @Test
    void widthsAddUpToTheContainingBlock() {
        BlockBox auto = body(layout("<div style='margin: 0 30px; padding: 5px; border: 2px solid'>x</div>")).children().get(0);
        assertThat(auto.x()).isEqualTo(30);
        assertThat(auto.width()).as("800 - 2 × 30 margin").isEqualTo(740);

        BlockBox centered = body(layout("<div style='width: 200px; margin: 0 auto; padding: 0 10px'>x</div>")).children().get(0);
        assertThat(centered.x()).isEqualTo(290);
        assertThat(centered.margin().right()).isEqualTo(290);

        BlockBox tooWide = body(layout("<div style='width: 900px; margin-left: 50px'>x</div>")).children().get(0);
        assertThat(tooWide.margin().right()).as("over-constrained: margin-right gives way").isEqualTo(-150);

        BlockBox percent = body(layout("<div style='width: 25%; padding-left: 10%'>x</div>")).children().get(0);
        assertThat(percent.width()).isEqualTo(200 + 80);
    }

    @Test
    void siblingMarginsCollapseToTheLargest() {
        BlockBox body = body(layout("<div style='margin-bottom: 30px'>a</div><div style='margin-top: 20px'>b</div>"));
        assertThat(body.children().get(1).y() - body.children().get(0).y()).isEqualTo(18 + 30);
    }

    @Test
    void aFirstChildsMarginCollapsesThroughItsParentUnlessABorderIsInTheWay() {
        LayoutTree open = layout("<div><p style='margin: 25px 0'>x</p></div>");
        assertThat(body(open).y()).as("the body moves down by the child's margin").isEqualTo(25);
        assertThat(body(open).children().get(0).children().get(0).y()).isZero();

        LayoutTree fenced = layout("<div style='border-top: 1px solid'><p style='margin: 25px 0'>x</p></div>");
        assertThat(body(fenced).y()).isZero();
        assertThat(body(fenced).children().get(0).children().get(0).y()).isEqualTo(26);
    }

    @Test
    void anEmptyBlocksMarginsCollapseThroughIt() {
        BlockBox body = body(layout("<p style='margin: 10px 0'>a</p><div style='margin: 30px 0'></div><p style='margin: 10px 0'>b</p>"));
        assertThat(body.children().get(2).y() - body.children().get(0).y()).isEqualTo(18 + 30);
    }

    @Test
    void negativeMarginsAreAddedToTheLargestPositiveOne() {
        BlockBox body = body(layout("<p style='margin: 0 0 20px'>a</p><p style='margin-top: -5px'>b</p>"));
        assertThat(body.children().get(1).y()).isEqualTo(18 + 15);
    }

    @Test
    void textWrapsAtSpacesAndALongWordGetsALineOfItsOwn() {
        BlockBox div = body(layout("<div style='width: 100px'>aaaa bbbb cccc dddd eeee ffffffffffffffffffff gg</div>"))
                .children().get(0);
        assertThat(div.lines()).extracting(line -> ((InlineFragment.TextRun) line.items().get(0)).text())
                .containsExactly("aaaa bbbb cccc", "dddd eeee", "ffffffffffffffffffff", "gg");
        assertThat(div.height()).isEqualTo(4 * 18);
    }

    @Test
    void aTallerFontMakesItsLineTallerOnASharedBaseline() {
        BlockBox p = body(layout("<p style='margin: 0'>small <span style='font-size: 32px'>BIG</span></p>")).children().get(0);
        LineBox line = p.lines().get(0);
        assertThat(line.baseline()).as("the 32px font's ascent of 29, plus half its line gap").isEqualTo(29);
        assertThat(line.height()).isEqualTo(37);
    }

    @Test
    void lineHeightSplitsItsLeadingAboveAndBelow() {
        BlockBox p = body(layout("<p style='margin: 0; line-height: 40px'>x</p>")).children().get(0);
        InlineFragment text = p.lines().get(0).items().get(0);
        assertThat(p.height()).isEqualTo(40);
        assertThat(text.y()).as("(40 - 17) / 2, rounded down").isEqualTo(11);
    }

    @Test
    void theDocumentIsAtLeastAsLargeAsTheViewport() {
        assertThat(layout("x").documentHeight()).isEqualTo(600);
        assertThat(layout("<div style='height: 1000px'></div>").documentHeight()).isEqualTo(1000);
        assertThat(layout("<div style='width: 1000px'></div>").documentWidth()).isEqualTo(1000);
    }

    @Test
    void writesChromiumsJsonFormatWithInlineBoxesAsTheUnionOfTheirLines() {
        String json = layout("<div style='width: 60px'><span>one two three</span></div>").toJson();
        JsonObject span = JsonParser.parseString(json).getAsJsonObject().getAsJsonArray("boxes").get(3).getAsJsonObject();
        assertThat(span.get("path").getAsString()).isEqualTo("/html[1]/body[1]/div[1]/span[1]");
        assertThat(span.get("tag").getAsString()).isEqualTo("span");
        assertThat(span.get("width").getAsDouble()).as("as wide as its longer line, 'one two'").isEqualTo(51.1016);
        assertThat(span.get("height").getAsDouble()).as("from the top of line 1 to the bottom of line 2").isEqualTo(18 + 17);
    }

    /** A 20×10 image beside {@code html}, which holds it as {@code <img src=i.png>}. */
    private LayoutTree withImage(String html) {
        Pages.writePng(dir, "i.png", 20, 10, 0x00ff00);
        return layout(html);
    }

    private static InlineFragment.ImageBox firstImage(LayoutTree layout) {
        return (InlineFragment.ImageBox) body(layout).lines().get(0).items().stream()
                .filter(InlineFragment.ImageBox.class::isInstance).findFirst().orElseThrow();
    }

    @Test
    void anImageWithAutoWidthAndHeightHasItsIntrinsicSize() {
        InlineFragment.ImageBox image = firstImage(withImage("<img src=i.png>"));
        assertThat(image.width()).isEqualTo(20);
        assertThat(image.height()).isEqualTo(10);
    }

    @Test
    void aWidthAloneScalesTheHeightByTheIntrinsicRatio() {
        InlineFragment.ImageBox image = firstImage(withImage("<img src=i.png style='width: 60px'>"));
        assertThat(image.height()).as("§10.6.2: 60 × 10 / 20").isEqualTo(30);
        InlineFragment.ImageBox percent = firstImage(withImage("<img src=i.png style='width: 50%'>"));
        assertThat(percent.width()).as("half of 800").isEqualTo(400);
        assertThat(percent.height()).isEqualTo(200);
    }

    @Test
    void aHeightAloneScalesTheWidthByTheIntrinsicRatio() {
        InlineFragment.ImageBox image = firstImage(withImage("<img src=i.png style='height: 30px'>"));
        assertThat(image.width()).as("§10.3.2: 30 × 20 / 10").isEqualTo(60);
    }

    @Test
    void aWidthAndHeightBothSetAreUsedAsSetEvenIfThatDistorts() {
        InlineFragment.ImageBox image = firstImage(withImage("<img src=i.png style='width: 40px; height: 40px'>"));
        assertThat(image.width()).isEqualTo(40);
        assertThat(image.height()).isEqualTo(40);
    }

    @Test
    void theWidthAndHeightAttributesAreHintsForTheSize() {
        InlineFragment.ImageBox both = firstImage(withImage("<img src=i.png width=100 height=15>"));
        assertThat(both.width()).isEqualTo(100);
        assertThat(both.height()).isEqualTo(15);
        assertThat(firstImage(withImage("<img src=i.png width=100>")).height()).isEqualTo(50);
    }

    /** Chromium makes the line 54 px tall too: the image's 50 px above the baseline and the strut's 4 px below. */
    @Test
    void anInlineImageSitsOnTheBaselineAndMakesItsLineTaller() {
        assertThat(withImage("Tall <img src=i.png width=100> image").dump()).isEqualTo("""
                BlockBox <html> x=0 y=0 w=800 h=54
                  BlockBox <body> x=0 y=0 w=800 h=54
                    LineBox x=0 y=0 w=800 h=54 baseline=50
                      ImageBox <img> x=28.648 y=0 w=100 h=50
                      TextRun "Tall " x=0 y=36 w=28.648 h=17 font=Liberation Serif 16px color=#000000
                      TextRun " image" x=128.648 y=36 w=43.094 h=17 font=Liberation Serif 16px color=#000000
                """);
    }

    @Test
    void anImageAlignedToTheTopOfTheLineAddsNoDescentBelowIt() {
        LineBox line = body(withImage("<div style='line-height: 10px'><img src=i.png style='vertical-align: top'></div>"))
                .children().get(0).lines().get(0);
        assertThat(line.height()).as("§10.8: as tall as the image and the 10 px strut, no taller").isEqualTo(10);
        assertThat(line.items().get(0).y()).isZero();
    }

    @Test
    void linesBreakAroundImagesThatDoNotFit() {
        BlockBox body = body(withImage("<div style='width: 150px'>a <img src=i.png width=100> "
                + "<img src=i.png width=100></div>")).children().get(0);
        assertThat(body.lines()).hasSize(2);
        assertThat(body.lines().get(1).items().get(0).x()).as("the second image starts the next line").isZero();
    }

    @Test
    void aBlockImageIsABlockBoxOfItsUsedSizeWithItsMarginsBordersAndPadding() {
        BlockBox image = body(withImage("<img src=i.png style='display: block; width: 40px; margin: 5px auto;"
                + " border: 2px solid; padding: 3px'>")).children().get(0);
        assertThat(image.width()).isEqualTo(40 + 2 * 3 + 2 * 2);
        assertThat(image.height()).isEqualTo(20 + 2 * 3 + 2 * 2);
        assertThat(image.x()).as("auto margins center it (§10.3.4)").isEqualTo((800 - 50) / 2.0);
        assertThat(image.image()).isPresent();
    }

    @Test
    void aBrokenImageWithAltTextShowsTheIconAndTheTextBesideIt() {
        assertThat(layout("<img src=missing.png alt='A cat'>").dump()).contains("""
                    LineBox x=0 y=0 w=800 h=18 baseline=14
                      BlockBox <img> x=0 y=0 w=50.203 h=18
                        BlockBox (anonymous) x=0 y=0 w=16 h=16
                """, "TextRun \"A cat\" x=16 y=0");
    }

    /**
     * A shrink-to-fit box measures an inside marker as the first word of its line: Chromium
     * makes these floats 24 and 30 px wide ("1. " or a bullet and its gap, then "x"). Found by
     * {@code PipelineFuzzTest}: the marker was taken for a block.
     */
    @Test
    void anInsideMarkerCountsInAShrinkToFitWidth() {
        BlockBox body = body(layout("""
                <div style="float: left"><ol style="list-style-position: inside; margin: 0; padding: 0"><li>x</ol></div>
                <div style="float: left; clear: left"><ul style="list-style-position: inside; margin: 0; padding: 0"><li>x</ul></div>"""));
        assertThat(body.children()).extracting(BlockBox::width).containsExactly(24.0, 30.0);
    }

    /**
     * CSS 2.1 §9.5 and §17.4: a table establishes a block formatting context, so it is placed
     * beside a float, not over it: in the body's content box, right of the float's 100px, as
     * Chromium places it (at x 108 on the page, past the body's 8px margin).
     */
    @Test
    void aTableBesideAFloatDoesNotOverlapIt() {
        BlockBox body = body(layout("""
                <div style="float: left; width: 100px; height: 50px"></div>
                <table><tr><td>table cell</td></tr></table>"""));
        BlockBox table = body.children().get(1);
        assertThat(table.x()).isEqualTo(100.0);
        assertThat(table.y()).isZero();
    }

    private static BlockBox body(LayoutTree layout) {
        return layout.root().children().get(0);
    }
}
