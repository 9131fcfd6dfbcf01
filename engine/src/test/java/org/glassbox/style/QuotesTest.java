package org.glassbox.style;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.glassbox.Pages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuotesTest {

    @TempDir
    Path dir;

    /** The text of every displayed ::before and ::after in the page, in document order. */
    private List<String> generated(String html) {
        return GeneratedTexts.of(Pages.load(dir, html).styles());
    }

    @Test
    void nestedQuotesTakeTheNextPairAndTheLastPairRepeats() {
        String html = "<style>body { quotes: '«' '»' '<' '>' } q::before { content: open-quote } q::after { content: close-quote }</style>"
                + "<q>a <q>b <q>c</q></q></q>";

        assertThat(generated(html)).containsExactly("«", "<", "<", ">", ">", "»");
    }

    @Test
    void theInitialQuotesAreCurlyAndACloseQuoteAtTheTopClosesNothing() {
        String html = "<style>p::before { content: close-quote open-quote } p::after { content: no-close-quote }</style>"
                + "<p>a</p><p>b</p>";

        assertThat(generated(html)).containsExactly("\u201C", "", "\u201C", "");
    }

    @Test
    void anOddNumberOfStringsIsNotAValidQuotesValue() {
        String html = "<style>p { quotes: '(' ')' } p { quotes: '[' ']' '{' } p::before { content: open-quote }</style><p>a</p>";

        assertThat(generated(html)).containsExactly("(");
    }
}
