package org.glassbox.style;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every color syntax of CSS Color 4, computed and serialized as Chromium's getComputedStyle gives it. */
class ColorsTest {

    @TempDir
    Path dir;

    private String color(String value) {
        return Styles.value(dir, "color: " + value, "color");
    }

    @Test
    void namedColors() {
        assertThat(color("red")).isEqualTo("rgb(255, 0, 0)");
        assertThat(color("RebeccaPurple")).isEqualTo("rgb(102, 51, 153)");
        assertThat(color("lightgoldenrodyellow")).isEqualTo("rgb(250, 250, 210)");
        assertThat(color("transparent")).isEqualTo("rgba(0, 0, 0, 0)");
    }

    @Test
    void hexColors() {
        assertThat(color("#abc")).isEqualTo("rgb(170, 187, 204)");
        assertThat(color("#abcd")).as("alpha 0xdd = 221/255").isEqualTo("rgba(170, 187, 204, 0.867)");
        assertThat(color("#aabbcc")).isEqualTo("rgb(170, 187, 204)");
        assertThat(color("#aabbcc80")).isEqualTo("rgba(170, 187, 204, 0.5)");
    }

    @Test
    void rgbAndRgbaWithCommasOrSpacesAndASlash() {
        assertThat(color("rgb(1, 2, 3)")).isEqualTo("rgb(1, 2, 3)");
        assertThat(color("rgba(1, 2, 3, .5)")).isEqualTo("rgba(1, 2, 3, 0.5)");
        assertThat(color("rgb(1, 2, 3, .5)")).isEqualTo("rgba(1, 2, 3, 0.5)");
        assertThat(color("rgb(1 2 3 / 50%)")).isEqualTo("rgba(1, 2, 3, 0.5)");
        assertThat(color("rgb(10% 20% 30%)")).isEqualTo("rgb(26, 51, 77)");
        assertThat(color("rgba(255, 0, 0, 0.3)")).isEqualTo("rgba(255, 0, 0, 0.3)");
        assertThat(color("rgb(300 -1 2)")).isEqualTo("rgb(255, 0, 2)");
    }

    @Test
    void hslAndHsla() {
        assertThat(color("hsl(120, 50%, 50%)")).isEqualTo("rgb(64, 191, 64)");
        assertThat(color("hsl(120 50% 50% / .33)")).isEqualTo("rgba(64, 191, 64, 0.33)");
        assertThat(color("hsla(0.5turn, 100%, 25%, 50%)")).isEqualTo("rgba(0, 128, 128, 0.5)");
        assertThat(color("hsla(200grad 100% 25%)")).isEqualTo("rgb(0, 128, 128)");
    }

    @Test
    void currentColorIsTheElementsColorAndInColorTheParents() {
        String html = "<div style='color: blue'><p id=t style='color: currentColor; border: 1px solid currentcolor; "
                + "background-color: currentcolor'>x</p></div>";
        ComputedStyle p = Styles.of(dir, html);
        assertThat(p.getPropertyValue("color")).isEqualTo("rgb(0, 0, 255)");
        assertThat(p.getPropertyValue("border-top-color")).isEqualTo("rgb(0, 0, 255)");
        assertThat(p.getPropertyValue("background-color")).isEqualTo("rgb(0, 0, 255)");
        assertThat(Styles.value(dir, "color: green", "outline-color")).as("initially currentcolor").isEqualTo("rgb(0, 128, 0)");
    }
}
