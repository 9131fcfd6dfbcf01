package org.glassbox.css;

import static org.assertj.core.api.Assertions.assertThat;

import org.glassbox.css.CssValue.Length;
import org.glassbox.css.CssValue.Percentage;
import org.junit.jupiter.api.Test;

class MicrosyntaxesTest {

    private static String legacyColor(String text) {
        return Microsyntaxes.legacyColor(text).map(Color::toString).orElse("none");
    }

    @Test
    void anyStringIsALegacyColour() {
        assertThat(legacyColor("  Red ")).isEqualTo("#ff0000");
        assertThat(legacyColor("#0f0")).isEqualTo("#00ff00");
        assertThat(legacyColor("#336699")).isEqualTo("#336699");
        assertThat(legacyColor("336699")).isEqualTo("#336699");
        assertThat(legacyColor("f00")).as("three digits without # are three one-digit components").isEqualTo("#0f0000");
        assertThat(legacyColor("chucknorris")).isEqualTo("#c00000");
        assertThat(legacyColor("#1234567890ab")).isEqualTo("#125690");
        assertThat(legacyColor("transparent")).isEqualTo("none");
        assertThat(legacyColor("")).isEqualTo("none");
    }

    @Test
    void dimensionsArePixelsOrPercentagesAndIgnoreWhatFollows() {
        assertThat(Microsyntaxes.dimension(" 50%")).contains(new Percentage(50));
        assertThat(Microsyntaxes.dimension("20.5px")).contains(new Length(20.5, "px"));
        assertThat(Microsyntaxes.dimension("120")).contains(new Length(120, "px"));
        assertThat(Microsyntaxes.dimension("7.%")).contains(new Length(7, "px"));
        assertThat(Microsyntaxes.dimension("auto")).isEmpty();
        assertThat(Microsyntaxes.dimension("0")).contains(new Length(0, "px"));
        assertThat(Microsyntaxes.nonzeroDimension("0%")).isEmpty();
    }

    @Test
    void nonNegativeIntegersSkipWhitespaceAndAPlus() {
        assertThat(Microsyntaxes.nonNegativeInteger(" +3px")).contains(3);
        assertThat(Microsyntaxes.nonNegativeInteger("-1")).isEmpty();
        assertThat(Microsyntaxes.nonNegativeInteger("")).isEmpty();
    }
}
