package org.glassbox.style;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** font-size, font-weight, font-family and line-height (CSS Fonts 4, CSS 2.1 §10.8), with Chromium's values. */
class FontPropertiesTest {

    @TempDir
    Path dir;

    private String child(String parentStyle, String childStyle, String property) {
        String html = "<div style='" + parentStyle + "'><span id=t style='" + childStyle + "'>x</span></div>";
        return Styles.of(dir, html).getPropertyValue(property);
    }

    @Test
    void fontSizeKeywordsAndTheRelativeOnes() {
        assertThat(child("", "font-size: x-large", "font-size")).isEqualTo("24px");
        assertThat(child("font-family: monospace", "font-size: xx-large", "font-size")).as("monospace's own table").isEqualTo("26px");
        assertThat(child("font-size: 10pt", "font-size: smaller", "font-size")).as("13.3333 / 1.2").isEqualTo("11.1111px");
        assertThat(child("font-size: 26px", "font-size: larger", "font-size")).isEqualTo("31.2px");
        assertThat(child("font-size: 16px", "font-size: 0.83em", "font-size")).isEqualTo("13.28px");
    }

    /** Chromium's monospace sizes: keywords from their own table, sizes relative to a keyword scaled by 13/16. */
    @Test
    void monospaceHasItsOwnSizesWhereTheyComeFromAKeyword() {
        assertThat(child("", "font-family: monospace; font-size: large", "font-size")).isEqualTo("16px");
        assertThat(child("font-size: large", "font-family: monospace", "font-size")).as("the keyword inherited").isEqualTo("16px");
        assertThat(child("font-size: large", "font-family: monospace; font-size: 1em", "font-size")).isEqualTo("14.625px");
        assertThat(child("", "font-family: monospace; font-size: 2em", "font-size")).isEqualTo("26px");
        assertThat(child("font-size: 18px", "font-family: monospace", "font-size")).as("pixels stay").isEqualTo("18px");
        assertThat(child("", "font-family: monospace; font-size: 1rem", "font-size")).isEqualTo("16px");
        assertThat(child("font-family: monospace", "font-family: serif; font-size: 2em", "font-size")).isEqualTo("32px");
        assertThat(child("", "font-family: monospace, monospace", "font-size")).as("not monospace alone").isEqualTo("16px");
        assertThat(child("", "font: 1em/1 monospace", "font-size")).as("set by the font shorthand").isEqualTo("13px");
    }

    @Test
    void fontWeightKeywordsNumbersAndTheRelativeTable() {
        assertThat(child("", "font-weight: bold", "font-weight")).isEqualTo("700");
        assertThat(child("", "font-weight: 450.5", "font-weight")).isEqualTo("450.5");
        assertThat(child("font-weight: 1000", "", "font-weight")).as("inherited").isEqualTo("1000");
        assertThat(child("font-weight: 300", "font-weight: bolder", "font-weight")).isEqualTo("400");
        assertThat(child("font-weight: 400", "font-weight: bolder", "font-weight")).isEqualTo("700");
        assertThat(child("font-weight: 700", "font-weight: bolder", "font-weight")).isEqualTo("900");
        assertThat(child("font-weight: 950", "font-weight: bolder", "font-weight")).isEqualTo("950");
        assertThat(child("font-weight: 50", "font-weight: lighter", "font-weight")).isEqualTo("50");
        assertThat(child("font-weight: 350", "font-weight: lighter", "font-weight")).isEqualTo("100");
        assertThat(child("font-weight: 700", "font-weight: lighter", "font-weight")).isEqualTo("400");
        assertThat(child("font-weight: 900", "font-weight: lighter", "font-weight")).isEqualTo("700");
    }

    @Test
    void lineHeightNormalNumberLengthAndPercentage() {
        assertThat(child("", "", "line-height")).isEqualTo("normal");
        assertThat(child("font-size: 10pt; line-height: 1.5", "", "line-height")).as("a number inherits as a number").isEqualTo("20px");
        assertThat(child("font-size: 20px; line-height: 1.5", "font-size: 10px", "line-height")).isEqualTo("15px");
        assertThat(child("font-size: 20px; line-height: 150%", "font-size: 10px", "line-height"))
                .as("a percentage inherits as pixels").isEqualTo("30px");
        assertThat(child("", "line-height: 2em; font-size: 10px", "line-height")).isEqualTo("20px");
        assertThat(child("", "line-height: 0", "line-height")).isEqualTo("0px");
    }

    @Test
    void fontFamiliesPrintAsChromiumPrintsThem() {
        assertThat(child("", "", "font-family")).as("Chromium's default").isEqualTo("\"Times New Roman\"");
        assertThat(child("", "font-family: \"Arial\", Times New Roman, MONOSPACE, Foo  Bar, sans-serif", "font-family"))
                .isEqualTo("Arial, \"Times New Roman\", monospace, \"Foo Bar\", sans-serif");
    }
}
