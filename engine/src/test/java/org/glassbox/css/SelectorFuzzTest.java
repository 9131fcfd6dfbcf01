package org.glassbox.css;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.glassbox.css.Selector.PseudoElement;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The selector engine under a fuzzer: any text either parses into selectors or is refused with
 * an IllegalArgumentException (which {@code querySelectorAll} turns into a SyntaxError), and a
 * selector that parses matches every element of a small page, right to left, without an
 * exception. What {@code querySelectorAll} returns is the elements it matches, in tree order.
 *
 * <p>{@code mvn test} runs the seeds in {@code SelectorFuzzTestInputs/}; {@code JAZZER_FUZZ=1}
 * fuzzes (see the README).
 */
class SelectorFuzzTest {

    /** Siblings for the structural pseudo-classes, attributes for the attribute selectors, an empty element, nesting. */
    private static final Document PAGE = Jsoup.parse("""
            <div id=main class="note wide" lang=en-GB title="a b-c" data-x=""><p>one<p class=note>two<span></span>
            <ul><li>a<li id=second>b<li>c<li>d</ul><a href="https://example.com/x.pdf" hreflang=en>link</a>
            <table><tr><td>1<td colspan=2>2</table><input type=checkbox checked><b><i><em>deep</em></i></b></div>""");

    @FuzzTest
    void anySelectorParsesOrIsRefusedAndMatchesWithoutFailing(byte[] text) {
        List<Selector> selectors;
        try {
            selectors = Selector.parseList(new String(text, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException invalid) {
            return;
        }
        assertThat(selectors).isNotEmpty();
        for (Selector selector : selectors) {
            matchEveryElement(selector);
        }
    }

    private static void matchEveryElement(Selector selector) {
        assertThat(selector.specificity()).isNotNull();
        assertThat(selector.toString()).isNotNull();
        // What the cascade's rule index files the selector under.
        assertThat(List.of(selector.subjectId(), selector.subjectClass(), selector.subjectType())).doesNotContainNull();
        for (Element element : PAGE.getAllElements()) {
            boolean matches = selector.matches(element);
            assertThat(matches && selector.pseudoElement().isPresent()).as("a pseudo-element's selector matches no element").isFalse();
            for (PseudoElement pseudoElement : PseudoElement.values()) {
                selector.matches(element, pseudoElement);
            }
        }
    }
}
