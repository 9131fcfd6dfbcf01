package org.glassbox.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The pages of {@code glassbox bench --scale}: exactly as many elements as asked for, in every shape. */
class ScalePageTest {

    @ParameterizedTest
    @ValueSource(ints = {ScalePage.MIN_ELEMENTS, 100, 1001, 10_000})
    void hasExactlyTheElementsAskedFor(int elements) {
        Document page = Jsoup.parse(ScalePage.html(elements));

        assertThat(page.getAllElements()).as("the elements and the document").hasSize(elements + 1);
    }

    @ParameterizedTest
    @ValueSource(ints = {ScalePage.MIN_ELEMENTS, 1000})
    void hasParagraphsNestedBlocksInlineSpansAndALongList(int elements) {
        Document page = Jsoup.parse(ScalePage.html(elements));

        assertThat(page.select("body > p:not(:has(span))")).isNotEmpty();
        assertThat(page.select("div.nested div.nested div.nested div.nested div.nested div.nested div.nested"
                + " div.nested div.nested div.nested")).isNotEmpty();
        assertThat(page.select("p > span")).isNotEmpty();
        assertThat(page.select("ol > li")).hasSizeGreaterThanOrEqualTo((elements - 5) / 4 - 1);
    }
}
