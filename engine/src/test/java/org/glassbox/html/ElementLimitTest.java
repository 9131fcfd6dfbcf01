package org.glassbox.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ElementLimitTest {

    @Test
    void aPageWithinTheLimitKeepsEveryElement() {
        Document dom = Jsoup.parse("<p>" + "<b></b>".repeat(ElementLimit.MAX_ELEMENTS - 10));
        assertThat(ElementLimit.cut(dom)).isZero();
    }

    @Test
    void removesWhatFollowsTheLastElementKeptButItsAncestors() {
        Document dom = Jsoup.parse("<div><p></p></div>");
        Element paragraph = dom.selectFirst("p");
        for (int i = 0; i < ElementLimit.MAX_ELEMENTS; i++) {
            paragraph.appendElement("b");
        }
        dom.selectFirst("div").appendElement("i").appendElement("i");
        dom.body().appendElement("section");

        // Completed in order: <head>, 49,999 <b>s, then the <b> that is one too many, the <p>…
        assertThat(ElementLimit.cut(dom)).isEqualTo(4); // the last <b>, two <i>s and the <section>
        assertThat(paragraph.children()).hasSize(ElementLimit.MAX_ELEMENTS - 1);
        assertThat(dom.select("i, section")).isEmpty();
        assertThat(dom.select("html, body, div, p")).hasSize(4);
    }
}
