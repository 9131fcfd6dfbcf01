package org.glassbox.style;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A declaration a browser rejects is dropped, so the one before it still stands (CSS 2.1 §4.2).
 * Each case here writes a valid value, then an invalid one; the valid one must win.
 */
class InvalidDeclarationsTest {

    @TempDir
    Path dir;

    /** The value of {@code property} after {@code property: valid; property: invalid}; what comes before a last {@code ;} is set first. */
    private String after(String property, String valid, String invalid) {
        String name = property.substring(property.lastIndexOf(';') + 1).strip();
        return Styles.value(dir, property + ": " + valid + "; " + name + ": " + invalid, name);
    }

    @Test
    void aValueOfTheWrongTypeIsDropped() {
        assertThat(after("width", "30px", "red")).isEqualTo("30px");
        assertThat(after("color", "rgb(0, 0, 255)", "12px")).isEqualTo("rgb(0, 0, 255)");
        assertThat(after("margin-left", "4px", "5")).as("a number without a unit is no length").isEqualTo("4px");
        assertThat(after("margin-left", "4px", "5deg")).isEqualTo("4px");
        assertThat(after("line-height", "2", "red")).isEqualTo("32px");
        assertThat(after("opacity", "0.5", "auto")).isEqualTo("0.5");
        assertThat(after("font-family", "Arial", "Arial,, serif")).isEqualTo("Arial");
        assertThat(after("font-family", "Arial", "serif, inherit")).isEqualTo("Arial");
    }

    @Test
    void aHashThatIsNoHexColorDropsOnlyItsDeclaration() {
        assertThat(after("color", "rgb(0, 0, 255)", "#fgfgfg")).isEqualTo("rgb(0, 0, 255)");
        assertThat(after("color", "rgb(0, 0, 255)", "#ggg")).isEqualTo("rgb(0, 0, 255)");
        assertThat(after("color", "rgb(0, 0, 255)", "#12345")).isEqualTo("rgb(0, 0, 255)");
    }

    @Test
    void anUnknownKeywordIsDropped() {
        assertThat(after("display", "block", "blocky")).isEqualTo("block");
        assertThat(after("color", "rgb(0, 0, 255)", "nonsense")).isEqualTo("rgb(0, 0, 255)");
        assertThat(after("outline-color", "rgb(0, 0, 255)", "invert")).as("Chromium does not support invert").isEqualTo("rgb(0, 0, 255)");
        assertThat(after("border-top-style", "solid", "wavy")).isEqualTo("solid");
        assertThat(after("text-decoration-line", "underline", "underline underline")).isEqualTo("underline");
        assertThat(after("background-position", "10px 50%", "30% left")).isEqualTo("10px 50%");
    }

    @Test
    void aNegativeValueWhereNoneIsAllowedIsDropped() {
        assertThat(after("width", "30px", "-5px")).isEqualTo("30px");
        assertThat(after("padding-left", "2px", "-1px")).isEqualTo("2px");
        assertThat(after("border-top-style: solid; border-top-width", "2px", "-1px")).isEqualTo("2px");
        assertThat(after("font-size", "20px", "-1em")).isEqualTo("20px");
        assertThat(after("line-height", "20px", "-1")).isEqualTo("20px");
        assertThat(after("font-weight", "700", "0")).as("weights run from 1 to 1000").isEqualTo("700");
    }

    @Test
    void anInvalidColorFunctionOrCalcIsDropped() {
        assertThat(after("color", "rgb(0, 0, 255)", "rgb(1, 2)")).isEqualTo("rgb(0, 0, 255)");
        assertThat(after("color", "rgb(0, 0, 255)", "#12345")).isEqualTo("rgb(0, 0, 255)");
        assertThat(after("width", "30px", "calc(1px + 2)")).isEqualTo("30px");
        assertThat(after("border-top-style: solid; border-top-width", "thin", "calc(10%)")).as("no percentages").isEqualTo("1px");
    }

    @Test
    void anUnknownPropertyIsDroppedAndTheCssWideKeywordsAreAcceptedEverywhere() {
        ComputedStyle div = Styles.of(dir, "<div style='color: red'><p id=t style='colour: blue; color: initial; "
                + "margin-left: 5px; margin-left: inherit; font-size: 30px; font-size: unset'>x</p></div>");
        assertThat(div.getPropertyValue("colour")).isEmpty();
        assertThat(div.getPropertyValue("color")).isEqualTo("rgb(0, 0, 0)");
        assertThat(div.getPropertyValue("margin-left")).isEqualTo("0px");
        assertThat(div.getPropertyValue("font-size")).isEqualTo("16px");
    }
}
