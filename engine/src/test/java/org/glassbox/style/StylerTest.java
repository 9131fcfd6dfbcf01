package org.glassbox.style;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.nio.file.Path;
import org.glassbox.Page;
import org.glassbox.Pages;
import org.glassbox.css.Color;
import org.glassbox.css.CssValue;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StylerTest {

    @TempDir
    Path dir;

    private ComputedStyle style(String html, String id) {
        Page page = Pages.load(dir, html);
        return page.styles().styleOf(page.dom().getElementById(id)).orElseThrow();
    }

    @Test
    void authorRulesBeatTheUserAgentAndLaterRulesBeatEarlierOnes() {
        ComputedStyle p = style("<style>p { margin-top: 3px } p { margin-top: 5px }</style><p id=p>x", "p");
        assertThat(p.px(Property.MARGIN_TOP)).isEqualTo(5);
        assertThat(p.px(Property.MARGIN_BOTTOM)).as("the user agent's 1em still applies").isEqualTo(16);
    }

    @Test
    void specificityBeatsOrderAndImportantBeatsSpecificity() {
        String html = "<style>#a { color: red } p { color: blue } .c { width: 10px !important } #a { width: 20px }</style>"
                + "<p id=a class=c>x";
        ComputedStyle p = style(html, "a");
        assertThat(p.color(Property.COLOR)).isEqualTo(new Color(255, 0, 0, 1));
        assertThat(p.get(Property.WIDTH)).isEqualTo(new CssValue.Length(10, "px"));
    }

    @Test
    void theStyleAttributeBeatsEverySelector() {
        ComputedStyle p = style("<style>#a#a { color: red }</style><p id=a style='color: green'>x", "a");
        assertThat(p.color(Property.COLOR)).isEqualTo(new Color(0, 128, 0, 1));
    }

    @Test
    void anInvalidDeclarationLeavesTheEarlierOneStanding() {
        ComputedStyle p = style("<style>p { width: 30px } p { width: red }</style><p id=p>x", "p");
        assertThat(p.get(Property.WIDTH)).isEqualTo(new CssValue.Length(30, "px"));
    }

    @Test
    void inheritedPropertiesFlowDownAndOthersDoNot() {
        String html = "<div style='color: #123456; font-size: 20px; background-color: red; margin-left: 7px'>"
                + "<span id=s>x</span></div>";
        ComputedStyle span = style(html, "s");
        assertThat(span.color(Property.COLOR)).isEqualTo(new Color(0x12, 0x34, 0x56, 1));
        assertThat(span.fontSize()).isEqualTo(20);
        assertThat(span.color(Property.BACKGROUND_COLOR)).isEqualTo(Color.TRANSPARENT);
        assertThat(span.px(Property.MARGIN_LEFT)).isZero();
    }

    @Test
    void relativeLengthsBecomePixels() {
        String html = "<div style='font-size: 20px'><p id=p style='font-size: 150%; margin-left: 2em; padding-top: 1rem;"
                + " line-height: 1.5em; width: 50%'>x</p></div>";
        ComputedStyle p = style(html, "p");
        assertThat(p.fontSize()).isEqualTo(30);
        assertThat(p.px(Property.MARGIN_LEFT)).as("em is the element's own font size").isEqualTo(60);
        assertThat(p.px(Property.PADDING_TOP)).as("rem is the root's").isEqualTo(16);
        assertThat(p.get(Property.LINE_HEIGHT)).isEqualTo(new CssValue.Length(45, "px"));
        assertThat(p.get(Property.WIDTH)).as("left for layout").isEqualTo(new CssValue.Percentage(50));
    }

    @Test
    void headingsAndMonospaceGetTheirDefaultSizes() {
        ComputedStyle h1 = style("<h1 id=h>x</h1>", "h");
        assertThat(h1.fontSize()).isEqualTo(32);
        assertThat(h1.px(Property.MARGIN_TOP)).isCloseTo(21.44, offset(1e-9));
        assertThat(h1.fontWeight()).isEqualTo(700);
        assertThat(style("<pre id=p>x</pre>", "p").fontSize()).as("monospace's own medium").isEqualTo(13);
        assertThat(style("<div style='font-size: 20px'><pre id=p>x</pre></div>", "p").fontSize()).isEqualTo(20);
    }

    @Test
    void borderWidthsDependOnTheirStyleAndColorsOnCurrentColor() {
        String html = "<div id=d style='color: blue; border-top: 4px solid; border-left-width: 9px; border-right: 1.7px dotted'>x</div>";
        ComputedStyle div = style(html, "d");
        assertThat(div.px(Property.BORDER_TOP_WIDTH)).isEqualTo(4);
        assertThat(div.px(Property.BORDER_LEFT_WIDTH)).as("no style, no border").isZero();
        assertThat(div.px(Property.BORDER_RIGHT_WIDTH)).as("snapped down to whole pixels").isEqualTo(1);
        assertThat(div.color(Property.BORDER_TOP_COLOR)).isEqualTo(new Color(0, 0, 255, 1));
    }

    @Test
    void theRootIsAlwaysABlock() {
        assertThat(style("<html id=r style='display: inline'>", "r").display()).isEqualTo("block");
    }

    @Test
    void dumpsEachElementWithWhatDiffersFromTheInitialValues() {
        Page page = Pages.load(dir, "<!DOCTYPE html><body><p class=x>Hi</p>");
        assertThat(page.styles().dump()).isEqualTo("""
                <html> display: block
                  <head> display: none
                  <body> display: block; margin-top: 8px; margin-right: 8px; margin-bottom: 8px; margin-left: 8px
                    <p.x> display: block; margin-top: 16px; margin-bottom: 16px
                      "Hi"
                """);
    }

    @Test
    void explainsTheCascadeForOneProperty() {
        Page page = Pages.load(dir, "<style>\np { color: red }\n#x { color: 12px }\n.y { color: blue !important }\n</style>"
                + "<a id=x class=y href=/ style='color: green'>link</a>");
        Element link = page.dom().getElementById("x");

        CascadeExplanation explanation = Styler.explain(link, page.cssom(), page.styles(), "color");

        assertThat(explanation.candidates()).extracting(c -> c.declaration().toString() + " " + c.valid() + " " + c.origin())
                .containsExactly("color: blue !important true author", "color: green true author",
                        "color: 12px false author", "color: #0000ee true user-agent");
        assertThat(explanation.candidates().get(0).source()).isEqualTo("<style> #1, line 4");
        assertThat(explanation.toString()).contains("invalid", "computed value: rgb(0, 0, 255)");
    }

    @Test
    void aPropertyNothingDeclaresIsExplainedAsInheritedOrInitial() {
        Page page = Pages.load(dir, "<div id=d>text</div>");
        Element div = page.dom().getElementById("d");

        assertThat(Styler.explain(div, page.cssom(), page.styles(), "color").toString()).contains("inherited from the parent");
        assertThat(Styler.explain(div, page.cssom(), page.styles(), "padding-top").toString()).contains("the initial value");
    }
}
