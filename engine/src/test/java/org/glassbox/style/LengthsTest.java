package org.glassbox.style;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every length unit of CSS Values 3 §5–6, computed to pixels; the expected values are Chromium's. */
class LengthsTest {

    @TempDir
    Path dir;

    private double marginLeft(String length) {
        String html = "<html style='font-size: 20px'><body style='font-size: 10px'>"
                + "<div id=t style='font-size: 12px; margin-left: " + length + "'>x</div>";
        return Styles.of(dir, html, 1000, 500).px(Property.MARGIN_LEFT);
    }

    @Test
    void absoluteUnitsAreFixedFractionsOfTheInch() {
        assertThat(marginLeft("10px")).isEqualTo(10);
        assertThat(marginLeft("1in")).isEqualTo(96);
        assertThat(marginLeft("2.54cm")).isCloseTo(96, offset(1e-9));
        assertThat(marginLeft("25.4mm")).isCloseTo(96, offset(1e-9));
        assertThat(marginLeft("1q")).as("a quarter millimetre").isCloseTo(0.944882, offset(1e-6));
        assertThat(marginLeft("12pt")).isEqualTo(16);
        assertThat(marginLeft("2pc")).isEqualTo(32);
        assertThat(marginLeft("0")).as("a unitless zero is a length").isZero();
    }

    @Test
    void fontRelativeUnitsMeasureTheElementsFontAndRemTheRoots() {
        assertThat(marginLeft("2em")).isEqualTo(24);
        assertThat(marginLeft("2rem")).isEqualTo(40);
        // Liberation Serif, like Times New Roman: an x-height of 0.459em, a "0" half an em wide.
        assertThat(marginLeft("2ex")).isCloseTo(2 * 0.459 * 12, offset(0.01));
        assertThat(marginLeft("10ch")).isCloseTo(60, offset(0.01));
    }

    @Test
    void exAndChComeFromTheFontActuallyUsed() {
        String html = "<div id=t style='font: 20px Arial; padding-left: 2ex; padding-right: 10ch'>x</div>";
        ComputedStyle arial = Styles.of(dir, html);
        assertThat(arial.getPropertyValue("padding-left")).as("Chromium: 21.1328px").startsWith("21.13");
        assertThat(arial.getPropertyValue("padding-right")).as("Chromium: 111.23px").isEqualTo("111.23px");
    }

    @Test
    void viewportUnitsArePercentagesOfTheViewport() {
        assertThat(marginLeft("10vw")).isEqualTo(100);
        assertThat(marginLeft("10vh")).isEqualTo(50);
        assertThat(marginLeft("10vmin")).isEqualTo(50);
        assertThat(marginLeft("10vmax")).isEqualTo(100);
    }

    @Test
    void inFontSizeEmAndPercentagesMeasureTheParentsFont() {
        String html = "<div style='font-size: 20px'><p id=t style='font-size: 1.5em; margin-left: 1em; text-indent: 10%'>x</p></div>";
        ComputedStyle p = Styles.of(dir, html);
        assertThat(p.fontSize()).isEqualTo(30);
        assertThat(p.px(Property.MARGIN_LEFT)).as("everywhere else, the element's own").isEqualTo(30);
        assertThat(p.getPropertyValue("text-indent")).as("a percentage of the containing block, left for layout").isEqualTo("10%");
    }

    @Test
    void remInTheRootsOwnFontSizeIsTheInitialSize() {
        ComputedStyle root = Styles.of(dir, "<html id=t style='font-size: 2rem; margin-left: 1rem'>");
        assertThat(root.fontSize()).isEqualTo(32);
        assertThat(root.px(Property.MARGIN_LEFT)).isEqualTo(32);
    }
}
