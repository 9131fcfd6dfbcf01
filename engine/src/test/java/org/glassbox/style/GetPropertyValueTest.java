package org.glassbox.style;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ComputedStyle#getPropertyValue} against what Chromium's
 * {@code getComputedStyle(element).getPropertyValue(property)} gave for the same page (recorded
 * with {@code ../shared/tools/chrome-layout --styles}).
 */
class GetPropertyValueTest {

    @TempDir
    Path dir;

    @Test
    void everyPropertyStartsAtItsInitialValue() {
        Map<String, String> chromium = new LinkedHashMap<>();
        String[] pairs = {"display", "inline", "position", "static", "float", "none", "clear", "none", "top", "auto",
            "z-index", "auto", "box-sizing", "content-box", "width", "auto", "height", "auto", "min-width", "0px",
            "max-width", "none", "min-height", "0px", "max-height", "none", "margin-top", "0px", "padding-left", "0px",
            "border-top-width", "0px", "border-top-style", "none", "border-top-color", "rgb(0, 0, 0)",
            "outline-style", "none", "outline-width", "3px", "outline-color", "rgb(0, 0, 0)", "color", "rgb(0, 0, 0)",
            "background-color", "rgba(0, 0, 0, 0)", "background-image", "none", "background-repeat", "repeat",
            "background-position", "0% 0%", "font-family", "\"Times New Roman\"", "font-size", "16px",
            "font-weight", "400", "font-style", "normal", "font-variant", "normal", "line-height", "normal",
            "text-align", "start", "text-indent", "0px", "text-decoration-line", "none", "text-transform", "none",
            "letter-spacing", "normal", "word-spacing", "0px", "white-space", "normal", "vertical-align", "baseline",
            "list-style-type", "disc", "list-style-position", "outside", "list-style-image", "none",
            "visibility", "visible", "overflow", "visible", "opacity", "1", "content", "normal",
            "text-decoration-style", "solid", "text-decoration-color", "rgb(0, 0, 0)", "border-collapse", "separate",
            "border-spacing", "0px", "cursor", "auto"};
        for (int i = 0; i < pairs.length; i += 2) {
            chromium.put(pairs[i], pairs[i + 1]);
        }
        ComputedStyle span = Styles.of(dir, "<span id=t>x</span>");
        chromium.forEach((property, value) -> assertThat(span.getPropertyValue(property)).as(property).isEqualTo(value));
    }

    @Test
    void eachKindOfValuePrintsAsChromiumPrintsIt() {
        String style = "font-size: 10pt; letter-spacing: .1em; text-indent: 5%; vertical-align: -10%; opacity: 50%; "
                + "background-position: right bottom; background-repeat: no-repeat repeat; overflow: hidden auto; "
                + "background-image: linear-gradient(red, blue); content: counter(x) \"hi\"; z-index: 3; "
                + "border: 2.7px solid; outline: 1.5px solid; outline-width: 1.5px; line-height: 1.15";
        ComputedStyle div = Styles.of(dir, "<div id=t style='" + style + "'>x</div>");
        assertThat(div.getPropertyValue("font-size")).isEqualTo("13.3333px");
        assertThat(div.getPropertyValue("letter-spacing")).isEqualTo("1.33333px");
        assertThat(div.getPropertyValue("text-indent")).isEqualTo("5%");
        assertThat(div.getPropertyValue("vertical-align")).isEqualTo("-10%");
        assertThat(div.getPropertyValue("opacity")).isEqualTo("0.5");
        assertThat(div.getPropertyValue("background-position")).isEqualTo("100% 100%");
        assertThat(div.getPropertyValue("background-repeat")).isEqualTo("repeat-y");
        assertThat(div.getPropertyValue("overflow")).isEqualTo("hidden auto");
        assertThat(div.getPropertyValue("background-image")).isEqualTo("linear-gradient(rgb(255, 0, 0), rgb(0, 0, 255))");
        assertThat(div.getPropertyValue("content")).isEqualTo("counter(x) \"hi\"");
        assertThat(div.getPropertyValue("z-index")).isEqualTo("3");
        assertThat(div.getPropertyValue("border-left-width")).as("snapped to whole pixels").isEqualTo("2px");
        assertThat(div.getPropertyValue("outline-width")).isEqualTo("1px");
        assertThat(div.getPropertyValue("line-height")).isEqualTo("15.3333px");
        assertThat(div.getPropertyValue("no-such-property")).isEmpty();
    }

    @Test
    void listsPrintAsChromiumShortensThem() {
        assertThat(Styles.value(dir, "border-spacing: 3px 4px", "border-spacing")).isEqualTo("3px 4px");
        assertThat(Styles.value(dir, "border-spacing: 2px 2px", "border-spacing")).isEqualTo("2px");
        assertThat(Styles.value(dir, "overflow: hidden hidden", "overflow")).isEqualTo("hidden");
        assertThat(Styles.value(dir, "cursor: url(a.png) 2 3, pointer", "cursor"))
                .as("a URL is resolved against the page's").matches("url\\(\"file:.*/a\\.png\"\\) 2 3, pointer");
        assertThat(Styles.value(dir, "background-position: right 10px top", "background-position"))
                .isEqualTo("calc(100% - 10px) 0%");
        assertThat(Styles.value(dir, "background-position: bottom 5px left", "background-position"))
                .isEqualTo("0% calc(100% - 5px)");
        assertThat(Styles.value(dir, "background-position: right 10px bottom 20%", "background-position"))
                .isEqualTo("calc(100% - 10px) 80%");
        assertThat(Styles.value(dir, "background-position: right calc(10% + 1em) top", "background-position"))
                .isEqualTo("calc(90% - 16px) 0%");
    }

    @Test
    void floatsAndAbsolutelyPositionedBoxesAreBlockified() {
        String html = "<span id=t style='float: left'>x</span>";
        assertThat(Styles.of(dir, html).getPropertyValue("display")).isEqualTo("block");
        html = "<span id=t style='position: absolute; float: right; display: inline-table'>x</span>";
        ComputedStyle span = Styles.of(dir, html);
        assertThat(span.getPropertyValue("display")).isEqualTo("table");
        assertThat(span.getPropertyValue("float")).as("an absolutely positioned box does not float").isEqualTo("none");
        assertThat(Styles.value(dir, "float: left; display: flex", "display")).isEqualTo("flex");
    }

    @Test
    void widthsAndMarginsAreTheComputedValueNotChromiumsUsedOne() {
        ComputedStyle div = Styles.of(dir, "<div id=t style='width: 50%; margin-left: calc(10% + 5px)'>x</div>");
        assertThat(div.getPropertyValue("width")).as("Chromium: 392px, from layout").isEqualTo("50%");
        assertThat(div.getPropertyValue("margin-left")).isEqualTo("calc(10% + 5px)");
    }
}
