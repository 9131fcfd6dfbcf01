package org.glassbox.css;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The values expected here are those Chromium computes for the same attributes. */
class PresentationalHintsTest {

    private Map<Element, List<Declaration>> hints;
    private Document dom;

    private void load(String html) {
        dom = Jsoup.parse(html);
        hints = PresentationalHints.collect(dom);
    }

    /** The hints of the element with {@code id}, as CSS. */
    private String hintsOf(String id) {
        return hints.getOrDefault(dom.getElementById(id), List.of()).toString();
    }

    private static String sides(String property, String value) {
        return String.join(", ", List.of("top", "right", "bottom", "left").stream()
                .map(side -> property.replace("*", side) + ": " + value).toList());
    }

    @Test
    void bodyColoursThePageAndItsLinks() {
        load("<body id=body bgcolor=chucknorris text='#336699' link=red><a id=link href=#>l</a><a id=anchor>a</a>");
        assertThat(hintsOf("body")).isEqualTo("[background-color: #c00000, color: #336699]");
        assertThat(hintsOf("link")).isEqualTo("[color: #ff0000]");
        assertThat(hintsOf("anchor")).as("not a link without href").isEqualTo("[]");
    }

    @Test
    void alignBecomesTextAlign() {
        load("<p id=p align=center>c<p id=j align=JUSTIFY>j<div id=div align=middle>m</div><h2 id=h2 align=right>r</h2>"
                + "<p id=bad align=top>x");
        assertThat(hintsOf("p")).isEqualTo("[text-align: center]");
        assertThat(hintsOf("j")).isEqualTo("[text-align: justify]");
        assertThat(hintsOf("div")).isEqualTo("[text-align: center]");
        assertThat(hintsOf("h2")).isEqualTo("[text-align: right]");
        assertThat(hintsOf("bad")).isEqualTo("[]");
    }

    @Test
    void fontSetsColourFamilyAndTheLegacyFontSizes() {
        load("<font id=f color=green face='Courier New, monospace' size=7>7</font><font id=s1 size=1></font>"
                + "<font id=up size=+2></font><font id=down size=-1></font><font id=zero size=0></font>"
                + "<font id=big size=10></font><font id=bad size=x></font>");
        assertThat(hintsOf("f")).isEqualTo("[color: #008000, font-family: \"Courier New\", monospace, font-size: xxx-large]");
        assertThat(hintsOf("s1")).isEqualTo("[font-size: x-small]");
        assertThat(hintsOf("up")).isEqualTo("[font-size: x-large]");
        assertThat(hintsOf("down")).isEqualTo("[font-size: small]");
        assertThat(hintsOf("zero")).isEqualTo("[font-size: x-small]");
        assertThat(hintsOf("big")).isEqualTo("[font-size: xxx-large]");
        assertThat(hintsOf("bad")).isEqualTo("[]");
    }

    @Test
    void aTableWithABorderGivesItsCellsOneToo() {
        load("<table id=t border=3 bgcolor=yellow width=50% height=100 align=center>"
                + "<tr id=tr bgcolor=red valign=top align=right><td id=td width=0 height=20 bgcolor=blue>a</td>"
                + "<th id=th width=40>b</th></tr></table>");
        assertThat(hintsOf("t")).isEqualTo("[background-color: #ffff00, width: 50%, height: 100px, margin-left: auto, "
                + "margin-right: auto, " + sides("border-*-width", "3px") + ", " + sides("border-*-style", "outset") + "]");
        assertThat(hintsOf("tr")).isEqualTo("[background-color: #ff0000, text-align: right, vertical-align: top]");
        assertThat(hintsOf("td")).as("a zero width is ignored").isEqualTo("[background-color: #0000ff, height: 20px, "
                + sides("border-*-width", "1px") + ", " + sides("border-*-style", "inset") + "]");
        assertThat(hintsOf("th")).startsWith("[width: 40px, border-top-width: 1px");
    }

    @Test
    void aBorderWithoutANumberIsOnePixelAndZeroIsNone() {
        load("<table id=one border><tr><td id=a>x</table><table id=none border=0><tr><td id=b>x</table>"
                + "<table id=left align=left><tr><td>x</table>");
        assertThat(hintsOf("one")).isEqualTo("[" + sides("border-*-width", "1px") + ", " + sides("border-*-style", "outset") + "]");
        assertThat(hintsOf("a")).isEqualTo("[" + sides("border-*-width", "1px") + ", " + sides("border-*-style", "inset") + "]");
        assertThat(hintsOf("none")).isEqualTo("[" + sides("border-*-width", "0px") + "]");
        assertThat(hintsOf("b")).isEqualTo("[]");
        assertThat(hintsOf("left")).isEqualTo("[float: left]");
    }

    @Test
    void columnsAndCellsAlignVertically() {
        load("<table><colgroup><col id=col width=20 valign=bottom></colgroup>"
                + "<tr><td id=td valign=middle align=middle>c</td></tr></table>");
        assertThat(hintsOf("col")).isEqualTo("[width: 20px, vertical-align: bottom]");
        assertThat(hintsOf("td")).isEqualTo("[text-align: center, vertical-align: middle]");
    }

    @Test
    void imagesFramesAndRulesHaveSizes() {
        load("<img id=img width=30 height='20.5px' border=2><img id=half width=50%><iframe id=frame width=100 height=50></iframe>"
                + "<hr id=hr width=100 align=left><hr id=wide width=' 50%' align=right>");
        assertThat(hintsOf("img")).isEqualTo("[width: 30px, height: 20.5px, " + sides("border-*-width", "2px") + ", "
                + sides("border-*-style", "solid") + "]");
        assertThat(hintsOf("half")).isEqualTo("[width: 50%]");
        assertThat(hintsOf("frame")).isEqualTo("[width: 100px, height: 50px]");
        assertThat(hintsOf("hr")).isEqualTo("[width: 100px, margin-left: 0px, margin-right: auto]");
        assertThat(hintsOf("wide")).isEqualTo("[width: 50%, margin-left: auto, margin-right: 0px]");
    }

    @Test
    void hiddenElementsAreNotDisplayed() {
        load("<div id=hidden hidden>x</div><div id=found hidden=until-found>y</div><p id=plain>z");
        assertThat(hintsOf("hidden")).isEqualTo("[display: none]");
        assertThat(hintsOf("found")).isEqualTo("[content-visibility: hidden]");
        assertThat(hints).doesNotContainKey(dom.getElementById("plain"));
    }
}
