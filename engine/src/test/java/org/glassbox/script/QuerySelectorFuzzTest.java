package org.glassbox.script;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.glassbox.css.Selector;
import org.jsoup.nodes.Entities;

/**
 * {@code querySelectorAll} under a fuzzer: a script asks for any selector text and gets either the
 * elements the engine's one selector matcher ({@link Selector}, the cascade's too) matches, or a
 * SyntaxError for text that is not a selector list (DOM §4.2.6) — never another error.
 *
 * <p>{@code mvn test} runs the seeds in {@code QuerySelectorFuzzTestInputs/}; {@code JAZZER_FUZZ=1}
 * fuzzes (see the README).
 */
class QuerySelectorFuzzTest {

    private static final String PAGE = """
            <div id=main class="note wide" lang=en><p>one<p class=note>two<span></span>
            <ul><li>a<li id=second>b<li>c</ul><a href="x.pdf">link</a><b><i>deep</i></b></div>
            <script>
              try {
                console.log(document.querySelectorAll(document.getElementById('query').title).length);
              } catch (e) {
                console.log(e.name);
              }
            </script>""";

    @FuzzTest
    void querySelectorAllFindsWhatTheSelectorsMatchOrThrowsASyntaxError(byte[] selectors) {
        String text = new String(selectors, StandardCharsets.UTF_8);
        PageRun page = PageRun.of("<meta id=query title=\"" + Entities.escape(text) + "\">" + PAGE);
        // The HTML parser may change the text (a NUL, a CR LF): the attribute holds what the script read.
        String asked = page.dom.getElementById("query").attr("title");
        assertThat(page.infos()).containsExactly("console.log: " + expected(page, asked));
    }

    /** What the page should log: how many elements of its document the selectors match, or SyntaxError. */
    private static String expected(PageRun page, String selectors) {
        List<Selector> list;
        try {
            list = Selector.parseList(selectors);
        } catch (IllegalArgumentException invalid) {
            return "SyntaxError";
        }
        long matched = page.dom.getAllElements().stream().skip(1) // the document itself is no element of its own
                .filter(element -> list.stream().anyMatch(selector -> selector.matches(element))).count();
        return String.valueOf(matched);
    }
}
