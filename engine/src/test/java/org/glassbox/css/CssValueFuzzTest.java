package org.glassbox.css;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.glassbox.Log;
import org.glassbox.Phase;
import org.glassbox.PhaseListener;
import org.glassbox.layout.Fonts;
import org.glassbox.layout.Viewport;
import org.glassbox.style.GlyphMetrics;
import org.glassbox.style.StyledTree;
import org.glassbox.style.Styler;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The CSS parser and the style phase under a fuzzer: any stylesheet text is read — its errors
 * skipped as CSS 2.1 §4.2 says, a declaration at a time, never the whole sheet lost to an
 * exception — and its values, however odd, compute for a small page without an exception.
 *
 * <p>{@code mvn test} runs the seeds in {@code CssValueFuzzTestInputs/}; {@code JAZZER_FUZZ=1}
 * fuzzes (see the README).
 */
class CssValueFuzzTest {

    /** A page with the boxes values apply to differently: blocks, inlines, a list, a table, an image. */
    private static final Document PAGE = Jsoup.parse("""
            <div id=a class="b c"><p lang=en>Text <span>and <em>more</em></span></p>
            <ul><li>one<li>two</ul><table><tr><td>cell<td>cell</table><img alt=x></div>""");

    private static final Fonts FONTS = new Fonts();

    /** Fails the test where the parser gives up a whole sheet for an exception, which it reports as a warning. */
    private static final PhaseListener NO_SHEET_LOST = new PhaseListener() {
        @Override
        public void message(Phase phase, Log.Level level, String text) {
            assertThat(text).doesNotContain("cannot parse stylesheet");
        }
    };

    private static final CssParser PARSER = new CssParser(new Log(Phase.PARSE_CSS, NO_SHEET_LOST), Viewport.DEFAULT);
    private static final Styler STYLER = new Styler(new GlyphMetrics(FONTS::fontFor));

    @FuzzTest
    void anyStylesheetParsesAndItsValuesCompute(byte[] css) {
        parseAndCompute(new String(css, StandardCharsets.UTF_8));
    }

    /** One rule's declarations, as a {@code style} attribute or a rule body holds them. */
    @FuzzTest
    void anyDeclarationsParseAndCompute(byte[] declarations) {
        parseAndCompute("* { " + new String(declarations, StandardCharsets.UTF_8) + " }");
    }

    private static void parseAndCompute(String css) {
        Stylesheet sheet = PARSER.parseStylesheet(css, Origin.AUTHOR, "fuzzed.css", URI.create("file:///fuzzed.css"),
                MediaList.ALL, 1);
        StyledTree styles = STYLER.computeStyles(PAGE, new Cssom(List.of(sheet), Map.of(), Map.of()), Viewport.DEFAULT);
        assertThat(styles.dump()).isNotEmpty();
    }
}
