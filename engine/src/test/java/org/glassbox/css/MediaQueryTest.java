package org.glassbox.css;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.glassbox.Phase;
import org.glassbox.Recorder;
import org.glassbox.layout.Viewport;
import org.junit.jupiter.api.Test;

class MediaQueryTest {

    /** Whether the rules of {@code @media query} apply in a viewport of the given size. */
    private static boolean matches(String query, int width, int height) {
        CssParser parser = new CssParser(new Recorder().log(Phase.PARSE_CSS), new Viewport(width, height));
        Stylesheet sheet = parser.parseStylesheet("@media " + query + " { p { color: red } }", Origin.AUTHOR, "test.css",
                URI.create("http://example.test/"), MediaList.ALL, 1);
        return !sheet.rules().isEmpty();
    }

    private static boolean matches(String query) {
        return matches(query, 800, 600);
    }

    @Test
    void glassboxIsAScreen() {
        assertThat(matches("screen")).isTrue();
        assertThat(matches("all")).isTrue();
        assertThat(matches("SCREEN")).as("media types ignore case").isTrue();
        assertThat(matches("only screen")).isTrue();
        assertThat(matches("print")).isFalse();
        assertThat(matches("tv")).as("a deprecated type matches nothing").isFalse();
        assertThat(matches("not print")).isTrue();
        assertThat(matches("not screen")).isFalse();
        assertThat(matches("print, screen")).as("a list matches if any query does").isTrue();
    }

    @Test
    void widthIsTheViewportsWidthInPxOrEm() {
        assertThat(matches("(width: 800px)")).isTrue();
        assertThat(matches("(min-width: 800px)")).isTrue();
        assertThat(matches("(min-width: 801px)")).isFalse();
        assertThat(matches("(max-width: 799px)")).isFalse();
        assertThat(matches("(max-width: 50em)")).as("an em is 16px").isTrue();
        assertThat(matches("(min-width: 50.5em)")).isFalse();
        assertThat(matches("(max-width: 40rem)")).isFalse();
        assertThat(matches("(width)")).as("a non-zero width").isTrue();
        assertThat(matches("screen and (min-width: 600px) and (max-width: 900px)")).isTrue();
        assertThat(matches("(max-width: 600px)", 400, 600)).isTrue();
    }

    @Test
    void heightIsTheViewportsHeight() {
        assertThat(matches("(height: 600px)")).isTrue();
        assertThat(matches("(min-height: 600px)")).isTrue();
        assertThat(matches("(max-height: 599px)")).isFalse();
        assertThat(matches("(min-height: 37.5em)")).isTrue();
        assertThat(matches("(min-height: 700px)", 800, 700)).isTrue();
    }

    @Test
    void orientationIsPortraitUnlessTheViewportIsWiderThanTall() {
        assertThat(matches("(orientation: landscape)")).isTrue();
        assertThat(matches("(orientation: portrait)")).isFalse();
        assertThat(matches("(orientation: portrait)", 400, 600)).isTrue();
        assertThat(matches("(orientation: portrait)", 500, 500)).isTrue();
        assertThat(matches("(orientation)")).isTrue();
    }

    @Test
    void anUnknownFeatureOrUnitMatchesNothingEvenUnderNot() {
        assertThat(matches("(hover: hover)")).isFalse();
        assertThat(matches("not all and (hover: hover)")).isFalse();
        assertThat(matches("(min-width: 10cm)")).isFalse();
        assertThat(matches("not screen and (min-width: 10cm)")).isFalse();
        assertThat(matches("(min-width: wide)")).isFalse();
        assertThat(matches("(min-width)")).isFalse();
        assertThat(matches("not print and (hover: hover)")).as("false and unknown is false; not false is true").isTrue();
    }

    @Test
    void printsItselfBackAsCss() {
        MediaQuery query = new MediaQuery(true, "print", List.of(new MediaQuery.Feature("max-width", new CssValue.Length(40, "em"))));
        MediaQuery bare = new MediaQuery(false, "all", List.of(new MediaQuery.Feature("orientation", null)));
        assertThat(new MediaList(List.of(query, bare))).hasToString("not print and (max-width: 40em), (orientation)");
        assertThat(MediaList.ALL).hasToString("");
    }

    @Test
    void scriptingIsEnabledUnlessTheEngineRunsNoScripts() {
        assertThat(matches("(scripting)")).isTrue();
        assertThat(matches("(scripting: enabled)")).isTrue();
        assertThat(matches("(scripting: none)")).isFalse();
        assertThat(matches("(scripting: initial-only)")).isFalse();
        CssParser withoutScripts = new CssParser(new Recorder().log(Phase.PARSE_CSS), Viewport.DEFAULT, false);
        Stylesheet sheet = withoutScripts.parseStylesheet("@media (scripting: none) { p { color: red } }", Origin.AUTHOR,
                "test.css", URI.create("http://example.test/"), MediaList.ALL, 1);
        assertThat(sheet.rules()).hasSize(1);
    }
}
