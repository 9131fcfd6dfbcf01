package org.glassbox.css;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.glassbox.Phase;
import org.glassbox.Recorder;
import org.glassbox.layout.Viewport;
import org.junit.jupiter.api.Test;

class ShorthandsTest {

    private final Recorder recorder = new Recorder();
    private final CssParser parser = new CssParser(recorder.log(Phase.PARSE_CSS), Viewport.DEFAULT);

    /** The longhands one declaration expands into, as {@code property: value} strings; none if it is invalid. */
    private List<String> expand(String declaration) {
        Stylesheet sheet = parser.parseStylesheet("p { " + declaration + " }", Origin.AUTHOR, "test.css",
                URI.create("http://example.test/"), MediaList.ALL, 1);
        return sheet.rules().get(0).declarations().stream().map(Declaration::toString).toList();
    }

    @Test
    void listStyleSetsTypePositionAndImageInAnyOrder() {
        assertThat(expand("list-style: square inside"))
                .containsExactly("list-style-type: square", "list-style-position: inside", "list-style-image: none");
        assertThat(expand("list-style: url(dot.png) lower-roman"))
                .containsExactly("list-style-type: lower-roman", "list-style-position: outside", "list-style-image: url(http://example.test/dot.png)");
        assertThat(expand("list-style: inherit"))
                .containsExactly("list-style-type: inherit", "list-style-position: inherit", "list-style-image: inherit");
    }

    @Test
    void listStyleNoneGoesToWhicheverOfTypeAndImageIsNotSet() {
        assertThat(expand("list-style: none"))
                .containsExactly("list-style-type: none", "list-style-position: outside", "list-style-image: none");
        assertThat(expand("list-style: url(dot.png) none"))
                .containsExactly("list-style-type: none", "list-style-position: outside", "list-style-image: url(http://example.test/dot.png)");
        assertThat(expand("list-style: none disc url(dot.png)")).as("nothing left for none").isEmpty();
        assertThat(recorder.messages()).contains("WARNING parse-css: test.css: skipped list-style: too many nones: none disc url(dot.png)");
    }

    @Test
    void textDecorationSetsLinesStyleAndColorInAnyOrder() {
        assertThat(expand("text-decoration: underline"))
                .containsExactly("text-decoration-line: underline", "text-decoration-style: solid", "text-decoration-color: currentcolor");
        assertThat(expand("text-decoration: red wavy underline overline")).containsExactly(
                "text-decoration-line: underline overline", "text-decoration-style: wavy", "text-decoration-color: red");
    }

    @Test
    void outlineIsWrittenLikeABorder() {
        assertThat(expand("outline: 2px dashed blue"))
                .containsExactly("outline-width: 2px", "outline-style: dashed", "outline-color: blue");
        assertThat(expand("outline: auto"))
                .containsExactly("outline-width: medium", "outline-style: auto", "outline-color: currentcolor");
        assertThat(expand("outline: hidden")).as("hidden is a border style only").isEmpty();
        assertThat(expand("outline: solid dotted")).as("two styles").isEmpty();
    }

    /** CSS Backgrounds 3 §5.1: radii repeat as margins do; after a slash come the vertical ones. */
    @Test
    void borderRadiusSetsEachCornerWithItsVerticalRadiusAfterASlash() {
        assertThat(expand("border-radius: 10px")).containsExactly("border-top-left-radius: 10px",
                "border-top-right-radius: 10px", "border-bottom-right-radius: 10px", "border-bottom-left-radius: 10px");
        assertThat(expand("border-radius: 10px 20px / 5px")).containsExactly("border-top-left-radius: 10px 5px",
                "border-top-right-radius: 20px 5px", "border-bottom-right-radius: 10px 5px",
                "border-bottom-left-radius: 20px 5px");
        assertThat(expand("border-radius: 1px 2px 3px / 4px 5px 6px 50%")).containsExactly(
                "border-top-left-radius: 1px 4px", "border-top-right-radius: 2px 5px",
                "border-bottom-right-radius: 3px 6px", "border-bottom-left-radius: 2px 50%");
        assertThat(expand("border-radius: 10px /")).isEmpty();
        assertThat(expand("border-radius: 1px 2px 3px 4px 5px")).isEmpty();
    }

    @Test
    void borderSetsEverySideAndRejectsTwoOfAKind() {
        assertThat(expand("border: 1px solid")).containsExactly(
                "border-top-width: 1px", "border-top-style: solid", "border-top-color: currentcolor",
                "border-right-width: 1px", "border-right-style: solid", "border-right-color: currentcolor",
                "border-bottom-width: 1px", "border-bottom-style: solid", "border-bottom-color: currentcolor",
                "border-left-width: 1px", "border-left-style: solid", "border-left-color: currentcolor");
        assertThat(expand("border-top: red blue")).isEmpty();
    }

    @Test
    void backgroundSetsEveryLonghandOfOneLayer() {
        assertThat(expand("background: #fff")).containsExactly("background-color: #ffffff", "background-image: none",
                "background-repeat: repeat", "background-attachment: scroll", "background-position: 0% 0%",
                "background-size: auto", "background-origin: padding-box", "background-clip: border-box");
        assertThat(expand("background: url(bg.png) no-repeat right top #eee fixed")).containsExactly(
                "background-color: #eeeeee", "background-image: url(http://example.test/bg.png)",
                "background-repeat: no-repeat",
                "background-attachment: fixed", "background-position: right top", "background-size: auto",
                "background-origin: padding-box", "background-clip: border-box");
        assertThat(expand("background: url(a.png) center / cover content-box")).contains(
                "background-position: center", "background-size: cover", "background-origin: content-box",
                "background-clip: content-box");
        assertThat(expand("background: none")).contains("background-color: rgba(0, 0, 0, 0)", "background-image: none");
    }

    @Test
    void backgroundRejectsLayersAndNonsense() {
        assertThat(expand("background: url(a.png), red")).isEmpty();
        assertThat(expand("background: red blue")).isEmpty();
        assertThat(expand("background: wavy")).isEmpty();
        assertThat(recorder.messages()).contains(
                "WARNING parse-css: test.css: skipped background: only one background layer is supported: url(a.png), red");
    }

    @Test
    void fontSetsStyleVariantWeightStretchSizeLineHeightAndFamily() {
        assertThat(expand("font: 12px/1.5 \"Helvetica Neue\", Arial, sans-serif")).containsExactly(
                "font-style: normal", "font-variant: normal", "font-weight: normal", "font-stretch: normal",
                "font-size: 12px", "line-height: 1.5", "font-family: \"Helvetica Neue\", Arial, sans-serif");
        assertThat(expand("font: italic small-caps bold condensed 16px/2 cursive")).containsExactly(
                "font-style: italic", "font-variant: small-caps", "font-weight: bold", "font-stretch: condensed",
                "font-size: 16px", "line-height: 2", "font-family: cursive");
        assertThat(expand("font: normal 600 x-large serif")).contains("font-weight: 600", "font-size: x-large");
        assertThat(expand("font: 0/0 a")).contains("font-size: 0", "line-height: 0", "font-family: a");
        assertThat(expand("font: inherit")).hasSize(7).allMatch(longhand -> longhand.endsWith(": inherit"));
    }

    @Test
    void fontNeedsASizeAndAFamily() {
        assertThat(expand("font: bold 12px")).isEmpty();
        assertThat(expand("font: 12px/ serif")).isEmpty();
        assertThat(expand("font: menu")).isEmpty();
    }
}
