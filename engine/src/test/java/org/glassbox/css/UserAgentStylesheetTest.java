package org.glassbox.css;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.nio.file.Path;
import org.glassbox.Page;
import org.glassbox.Pages;
import org.glassbox.style.ComputedStyle;
import org.glassbox.style.Property;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default rendering, checked through the cascade against the values Chromium computes for
 * the same elements.
 */
class UserAgentStylesheetTest {

    private static final String PAGE = """
            <!DOCTYPE html><title>t</title><script>1</script>
            <p id=p>p</p><h1 id=h1>1</h1><h2 id=h2>2</h2><h3 id=h3>3</h3><h4 id=h4>4</h4><h5 id=h5>5</h5><h6 id=h6>6</h6>
            <ul id=ul><li id=li>a<ul id=nested><li>b</ul></ul><dl><dt>t<dd id=dd>d</dl>
            <blockquote id=quote>q</blockquote><hr id=hr><pre id=pre>pre</pre><center id=center>c</center>
            <b id=b>b</b><em id=em>e</em><code id=code>c</code><small id=small>s</small><big id=big>b</big>
            <sub id=sub>s</sub><address id=address>a</address><figure id=figure>f</figure>
            <s>struck</s><table><tr><td>cell</td></tr></table>""";

    @TempDir
    Path dir;

    private Page page;

    @BeforeEach
    void load() {
        page = Pages.load(dir, PAGE);
    }

    private ComputedStyle style(String id) {
        return page.styles().styleOf(page.dom().getElementById(id)).orElseThrow();
    }

    private ComputedStyle styleOfTag(String tag) {
        return page.styles().styleOf(page.dom().getElementsByTag(tag).first()).orElseThrow();
    }

    @Test
    void hidesTheHeadAndScripts() {
        assertThat(styleOfTag("head").display()).isEqualTo("none");
        assertThat(styleOfTag("title").display()).isEqualTo("none");
        assertThat(styleOfTag("script").display()).isEqualTo("none");
        assertThat(styleOfTag("body").px(Property.MARGIN_LEFT)).isEqualTo(8);
    }

    @Test
    void headingsHaveChromiumsSizesAndMargins() {
        double[][] expected = {{32, 21.44}, {24, 19.92}, {18.72, 18.72}, {16, 21.28}, {13.28, 22.1776}, {10.72, 24.9776}};
        for (int level = 1; level <= 6; level++) {
            ComputedStyle heading = style("h" + level);
            assertThat(heading.fontSize()).as("h%d font-size", level).isCloseTo(expected[level - 1][0], offset(0.01));
            assertThat(heading.px(Property.MARGIN_TOP)).as("h%d margin-top", level).isCloseTo(expected[level - 1][1], offset(0.01));
            assertThat(heading.fontWeight()).isEqualTo(700);
            assertThat(heading.display()).isEqualTo("block");
        }
    }

    @Test
    void blocksHaveTheirMargins() {
        assertThat(style("p").px(Property.MARGIN_BOTTOM)).isEqualTo(16);
        assertThat(style("quote").px(Property.MARGIN_LEFT)).isEqualTo(40);
        assertThat(style("figure").px(Property.MARGIN_RIGHT)).isEqualTo(40);
        assertThat(style("address").italic()).isTrue();
        assertThat(style("center").keyword(Property.TEXT_ALIGN)).isEqualTo("center");
    }

    @Test
    void listsAreIndentedAndNestedListsHaveNoMargins() {
        assertThat(style("ul").px(Property.MARGIN_TOP)).isEqualTo(16);
        assertThat(style("ul").px(Property.PADDING_LEFT)).isEqualTo(40);
        assertThat(style("nested").px(Property.MARGIN_TOP)).isZero();
        assertThat(style("li").display()).isEqualTo("list-item");
        assertThat(style("dd").px(Property.MARGIN_LEFT)).isEqualTo(40);
    }

    @Test
    void hrIsAGrayInsetLine() {
        ComputedStyle hr = style("hr");
        assertThat(hr.px(Property.BORDER_TOP_WIDTH)).isEqualTo(1);
        assertThat(hr.keyword(Property.BORDER_TOP_STYLE)).isEqualTo("inset");
        assertThat(hr.color(Property.COLOR)).isEqualTo(new Color(128, 128, 128, 1));
        assertThat(hr.px(Property.MARGIN_TOP)).isEqualTo(8);
    }

    @Test
    void phrasingElementsChangeTheirFont() {
        assertThat(style("pre").fontFamilies()).containsExactly("monospace");
        assertThat(style("pre").fontSize()).isEqualTo(13);
        assertThat(style("pre").px(Property.MARGIN_TOP)).isEqualTo(13);
        assertThat(style("code").fontFamilies()).containsExactly("monospace");
        assertThat(style("b").fontWeight()).isEqualTo(700);
        assertThat(style("em").italic()).isTrue();
        assertThat(style("small").fontSize()).isCloseTo(13.333, offset(0.001));
        assertThat(style("big").fontSize()).isCloseTo(19.2, offset(0.001));
        assertThat(style("sub").fontSize()).isCloseTo(13.333, offset(0.001));
    }

    @Test
    void setsListsTablesAndTextDecorationsAsChromiumDoes() {
        assertThat(style("sub").getPropertyValue("vertical-align")).isEqualTo("sub");
        assertThat(style("ul").getPropertyValue("list-style-type")).isEqualTo("disc");
        assertThat(style("nested").getPropertyValue("list-style-type")).isEqualTo("circle");
        assertThat(styleOfTag("s").getPropertyValue("text-decoration-line")).isEqualTo("line-through");
        assertThat(styleOfTag("td").getPropertyValue("display")).isEqualTo("table-cell");
    }
}
