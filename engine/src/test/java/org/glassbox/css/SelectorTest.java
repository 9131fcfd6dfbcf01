package org.glassbox.css;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class SelectorTest {

    private final Document dom = Jsoup.parse("""
            <div id="main" class="Box wide">
              <p class="note">one</p>
              <section><p id="deep">two</p></section>
            </div>""");

    private boolean matches(String selector, String id) {
        Element element = dom.getElementById(id) != null ? dom.getElementById(id) : dom.selectFirst(id);
        return Selector.parseList(selector).get(0).matches(element);
    }

    @Test
    void matchesTypeClassIdAndUniversal() {
        assertThat(matches("p", "deep")).isTrue();
        assertThat(matches("P", "deep")).as("HTML type selectors ignore case").isTrue();
        assertThat(matches("div.Box.wide", "main")).isTrue();
        assertThat(matches(".box", "main")).as("classes are case-sensitive").isFalse();
        assertThat(matches("#main", "main")).isTrue();
        assertThat(matches("#Main", "main")).isFalse();
        assertThat(matches("*", "deep")).isTrue();
    }

    @Test
    void matchesDescendantAndChildCombinatorsRightToLeft() {
        assertThat(matches("#main p", "deep")).isTrue();
        assertThat(matches("#main > p", "deep")).isFalse();
        assertThat(matches("#main > section > p", "deep")).isTrue();
        assertThat(matches("div section p#deep", "deep")).isTrue();
        assertThat(matches("section div p", "deep")).isFalse();
    }

    @Test
    void theDocumentIsNotAnElementToSelectors() {
        assertThat(matches("* > html", "html")).isFalse();
        assertThat(matches("* html", "html")).isFalse();
    }

    @Test
    void computesSpecificityPerCss21() {
        assertThat(specificity("p")).isEqualTo(new Specificity(0, 0, 1));
        assertThat(specificity("#main p.note")).isEqualTo(new Specificity(1, 1, 1));
        assertThat(specificity("div > section p")).isEqualTo(new Specificity(0, 0, 3));
        assertThat(specificity("*")).isEqualTo(new Specificity(0, 0, 0));
        assertThat(new Specificity(1, 0, 0)).isGreaterThan(new Specificity(0, 12, 0));
    }

    @Test
    void printsItselfBackAsCss() {
        assertThat(Selector.parseList("div.a#b > p,  UL   li").stream().map(Selector::toString).toList())
                .containsExactly("div#b.a > p", "ul li");
    }

    @Test
    void rejectsInvalidAndUnsupportedSelectors() {
        assertThatThrownBy(() -> Selector.parseList("p >")).hasMessageContaining("not a valid selector");
        assertThatThrownBy(() -> Selector.parseList("a:hover")).hasMessage("selector not supported: :hover");
    }

    private static Specificity specificity(String selector) {
        List<Selector> list = Selector.parseList(selector);
        return list.get(0).specificity();
    }
}
