package org.glassbox.style;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.glassbox.Pages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CountersTest {

    @TempDir
    Path dir;

    /** The text of every displayed ::before and ::after in the page, in document order. */
    private List<String> generated(String html) {
        return GeneratedTexts.of(Pages.load(dir, html).styles());
    }

    @Test
    void aResetCounterIsIncrementedByEachElementInItsScope() {
        String html = "<style>ol { counter-reset: item 4 } li { counter-increment: item 2 }"
                + " li::before { content: counter(item) '. ' }</style><ol><li>a<li>b<li>c</ol>";

        assertThat(generated(html)).containsExactly("6. ", "8. ", "10. ");
    }

    @Test
    void nestedResetsNestCountersThatCountersJoinsOutermostFirst() {
        String html = "<style>ol { counter-reset: item } li { counter-increment: item }"
                + " li::before { content: counters(item, '.') ' ' }</style>"
                + "<ol><li>a<ol><li>a1<li>a2</ol><li>b</ol>";

        assertThat(generated(html)).containsExactly("1 ", "1.1 ", "1.2 ", "2 ");
    }

    @Test
    void aResetReachesFollowingSiblingsAndASiblingsResetStartsTheCounterAgain() {
        String html = "<style>h2 { counter-reset: sub } h3 { counter-increment: sub }"
                + " h3::before { content: counter(sub) }</style><h2></h2><h3></h3><h3></h3><h2></h2><h3></h3>";

        assertThat(generated(html)).containsExactly("1", "2", "1");
    }

    @Test
    void aCounterNotInScopeIsResetToZeroWhereItIsUsed() {
        assertThat(generated("<style>div::before { content: counter(none-yet) }</style><div></div>")).containsExactly("0");
    }

    @Test
    void anElementThatIsNotDisplayedChangesNoCounter() {
        String html = "<style>p { counter-increment: n } p::before { content: counter(n) } .gone { display: none }</style>"
                + "<div><p></p><p class=gone></p><p></p></div>";

        assertThat(generated(html)).containsExactly("1", "2");
    }

    @Test
    void theCounterStyleIsAListStyleType() {
        String html = "<style>div { counter-reset: n 14 } div::before { content: counter(n, upper-roman) ' '"
                + " counter(n, lower-alpha) ' ' counter(n, decimal-leading-zero) ' ' counters(n, '-', lower-greek) }</style><div></div>";

        assertThat(generated(html)).containsExactly("XIV n 14 ξ");
    }

    @Test
    void aCounterValueMustBeAnInteger() {
        assertThat(generated("<style>div { counter-reset: n 1.5 } div::before { content: counter(n) }</style><div></div>"))
                .containsExactly("0");
    }

    @Test
    void aContentWithAMalformedCounterIsDropped() {
        String html = "<style>div::before { content: 'ok' } div::before { content: 'FAIL' counter(n, square, bogus) }</style><div></div>";

        assertThat(generated(html)).containsExactly("ok");
    }
}
