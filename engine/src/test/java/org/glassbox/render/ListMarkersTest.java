package org.glassbox.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.glassbox.Pages;
import org.glassbox.style.CounterStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListMarkersTest {

    @TempDir
    Path dir;

    private String renderTree(String html) {
        return Pages.load(dir, html).renderTree().dump();
    }

    @Test
    void listItemsStartWithTheirMarkers() {
        String html = "<ul><li>disc<li style='list-style: square inside'>square</ul>"
                + "<ol start=3><li>three<li value=9>nine<li style='list-style-type: upper-roman'>ten<li style='list-style: none'>none</ol>";

        assertThat(renderTree(html)).contains("""
                      RenderBlock <li>
                        RenderMarker disc outside
                        RenderText "disc"
                      RenderBlock <li>
                        RenderMarker square inside
                        RenderText "square"
                """, """
                      RenderBlock <li>
                        RenderMarker "3. " outside
                        RenderText "three"
                      RenderBlock <li>
                        RenderMarker "9. " outside
                        RenderText "nine"
                      RenderBlock <li>
                        RenderMarker "X. " outside
                        RenderText "ten"
                      RenderBlock <li>
                        RenderText "none"
                """);
    }

    /** Each item counts on from the one before, hidden or not, and a nested list numbers its own items. */
    @Test
    void itemsCountOnFromTheItemBefore() {
        String html = "<ol><li>one<li style='display: none'>two<li>three<ol><li>inner</ol>"
                + "<li value=7>seven<li>eight<li style='list-style: none'>nine<li>ten</ol>";

        assertThat(renderTree(html).lines().filter(line -> line.contains("RenderMarker")).map(String::trim))
                .containsExactly("RenderMarker \"1. \" outside", "RenderMarker \"3. \" outside",
                        "RenderMarker \"1. \" outside", "RenderMarker \"7. \" outside", "RenderMarker \"8. \" outside",
                        "RenderMarker \"10. \" outside");
    }

    @Test
    void numbersAreWrittenInTheListStyleType() {
        assertThat(CounterStyle.represent(4, "decimal-leading-zero")).isEqualTo("04");
        assertThat(CounterStyle.represent(1994, "lower-roman")).isEqualTo("mcmxciv");
        assertThat(CounterStyle.represent(28, "upper-alpha")).isEqualTo("AB");
        assertThat(CounterStyle.represent(702, "lower-latin")).isEqualTo("zz");
    }
}
