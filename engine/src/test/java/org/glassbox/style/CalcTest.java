package org.glassbox.style;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.glassbox.Pages;
import org.glassbox.layout.BlockBox;
import org.glassbox.layout.LayoutTree;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code calc()} (CSS Values 3 §8): reduced when values are computed, finished by layout when it holds a percentage. */
class CalcTest {

    @TempDir
    Path dir;

    private String value(String style, String property) {
        return Styles.value(dir, "font-size: 18px; " + style, property);
    }

    @Test
    void mixedUnitsAddUpToPixels() {
        assertThat(value("margin-left: calc(2 * (1em + 3px) / 4)", "margin-left")).isEqualTo("10.5px");
        assertThat(value("margin-left: calc(1in - 2 * 8px)", "margin-left")).isEqualTo("80px");
        assertThat(value("margin-left: calc(50vw - 1rem)", "margin-left")).isEqualTo("384px");
        assertThat(value("height: calc(100px * 2)", "height")).isEqualTo("200px");
    }

    @Test
    void fontSizeAndLineHeightResolveTheirPercentagesAtOnce() {
        assertThat(value("font-size: calc(1em + 2px)", "font-size")).as("em of the parent's 16px").isEqualTo("18px");
        assertThat(value("line-height: calc(1em + 2px)", "line-height")).as("em of the element's own 18px").isEqualTo("20px");
        assertThat(value("font-size: calc(50% + 2px)", "font-size")).isEqualTo("10px");
        assertThat(value("line-height: calc(1 + 0.5)", "line-height")).as("a number, times 18px").isEqualTo("27px");
    }

    @Test
    void aPercentageStaysForLayoutBesideThePixels() {
        assertThat(value("width: calc(100% - 2em)", "width")).isEqualTo("calc(100% - 36px)");
        assertThat(value("min-height: calc(10px + 5%)", "min-height")).isEqualTo("calc(5% + 10px)");
        assertThat(value("width: calc(50%)", "width")).isEqualTo("calc(50%)");
    }

    @Test
    void layoutResolvesTheWidthAgainstTheContainingBlock() {
        LayoutTree layout = Pages.load(dir, "<body style='margin: 0'><div style='width: calc(100% - 20px); "
                + "margin-left: calc(10% + 5px)'>x</div>").layout();
        BlockBox div = layout.root().children().get(0).children().get(0);
        assertThat(div.width()).isEqualTo(780);
        assertThat(div.x()).isEqualTo(85);
    }

    @Test
    void aCalculationOutOfRangeIsClampedNotDropped() {
        assertThat(value("padding-top: 3px; padding-top: calc(-5px)", "padding-top")).isEqualTo("0px");
        assertThat(value("margin-top: calc(-5px)", "margin-top")).as("margins may be negative").isEqualTo("-5px");
    }
}
