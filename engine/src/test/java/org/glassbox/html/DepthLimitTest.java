package org.glassbox.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** A DOM deeper than 512 elements, as a script can build it, flattened as the parser flattens deep markup. */
class DepthLimitTest {

    @Test
    void elementsBelowTheLimitBecomeSiblingsInDocumentOrderKeepingTheirText() {
        Document dom = Jsoup.parse("<body>");
        Element element = dom.body();
        for (int i = 0; i < 5000; i++) {
            element = element.appendElement("div").attr("id", "d" + i).appendText("x" + i);
        }

        assertThat(DepthLimit.flatten(dom)).isEqualTo(5002 - DepthLimit.MAX_DEPTH);

        assertThat(dom.body().getAllElements()).as("the body and its divs, none lost").hasSize(5001);
        assertThat(dom.getElementById("d4999").parents()).hasSize(DepthLimit.MAX_DEPTH - 1);
        Element atTheLimit = dom.getElementById("d509"); // html, body and 510 divs make 512
        assertThat(atTheLimit.parents()).hasSize(DepthLimit.MAX_DEPTH - 1);
        assertThat(atTheLimit.children()).isEmpty();
        assertThat(atTheLimit.text()).isEqualTo("x509");
        assertThat(atTheLimit.nextElementSibling().id()).isEqualTo("d510");
        assertThat(atTheLimit.parent().children().last().id()).isEqualTo("d4999");
    }

    @Test
    void aTreeWithinTheLimitIsLeftAlone() {
        Document dom = Jsoup.parse("<div><p>one</p><p>two</p></div>");
        String before = dom.html();
        assertThat(DepthLimit.flatten(dom)).isZero();
        assertThat(dom.html()).isEqualTo(before);
    }
}
