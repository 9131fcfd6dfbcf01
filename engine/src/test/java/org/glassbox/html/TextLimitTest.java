package org.glassbox.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class TextLimitTest {

    private static final int HALF = TextLimit.MAX_TEXT_LENGTH / 2;

    @Test
    void textWithinTheLimitIsKept() {
        Document dom = Jsoup.parse("<p>" + "a".repeat(HALF) + "<p>" + "b".repeat(HALF));
        assertThat(TextLimit.cut(dom)).isEqualTo(TextLimit.MAX_TEXT_LENGTH);
        assertThat(dom.text()).hasSize(TextLimit.MAX_TEXT_LENGTH + 1); // text() puts a space between the paragraphs
    }

    @Test
    void theNodeThatCrossesTheLimitKeepsItsBeginningAndLaterOnesAreEmptied() {
        Document dom = Jsoup.parse("<p>" + "a".repeat(HALF) + "<p>" + "b".repeat(HALF + 10) + "<p>after");
        assertThat(TextLimit.cut(dom)).isEqualTo(TextLimit.MAX_TEXT_LENGTH + 15);
        assertThat(dom.select("p").eachText()).containsExactly("a".repeat(HALF), "b".repeat(HALF));
    }

    @Test
    void aSurrogatePairIsNotSplit() {
        Document dom = Jsoup.parse("<p>" + "a".repeat(TextLimit.MAX_TEXT_LENGTH - 1) + "\uD83D\uDE00");
        TextLimit.cut(dom);
        assertThat(dom.selectFirst("p").text()).hasSize(TextLimit.MAX_TEXT_LENGTH - 1);
    }

    @Test
    void theTextOfStyleAndScriptInXhtmlIsNotThePagesText() {
        Document dom = Jsoup.parse("<html><style>" + "a".repeat(TextLimit.MAX_TEXT_LENGTH) + "</style><p>kept</p></html>", "",
                org.jsoup.parser.Parser.xmlParser());
        assertThat(TextLimit.cut(dom)).isEqualTo(4);
    }
}
