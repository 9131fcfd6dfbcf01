package org.glassbox.css;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.glassbox.css.Selector.PseudoElement;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each test is a small page, a selector list and the elements it selects, in tree order, as
 * {@code querySelectorAll} returns them. The expected elements were checked against Chromium
 * 156's {@code querySelectorAll} on the same pages, in standards mode; where Glassbox differs,
 * the assertion says so.
 */
class SelectorTest {

    private static final String LIST = """
            <ul id=list>
              <li id=l1 class="a b">1</li><li id=l2 class=a>2</li><!-- c --><li id=l3>3</li>
              text <li id=l4>4</li><li id=l5>5</li>
            </ul>""";

    private static final String MIXED = """
            <div id=d><h2 id=h>t</h2><p id=p1>a</p><span id=s1></span><p id=p2>b</p><span id=s2>c</span></div>""";

    /**
     * The id (or, lacking one, the tag name) of each element of {@code html} that
     * {@code selectors} match. The page is in standards mode, where browsers too match classes
     * and ids case-sensitively.
     */
    private static List<String> select(String html, String selectors) {
        List<Selector> list = Selector.parseList(selectors);
        return Jsoup.parse("<!doctype html>" + html).getAllElements().stream()
                .filter(element -> !(element instanceof Document))
                .filter(element -> list.stream().anyMatch(selector -> selector.matches(element)))
                .map(element -> element.id().isEmpty() ? element.normalName() : element.id())
                .toList();
    }

    @Test
    void matchesTypeUniversalClassAndId() {
        String page = "<div id=main class='Box wide'><p id=one class=note>one</p><p id=two>two</p></div>";

        assertThat(select(page, "p")).containsExactly("one", "two");
        assertThat(select(page, "P")).as("HTML type selectors ignore case").containsExactly("one", "two");
        assertThat(select(page, "*")).containsExactly("html", "head", "body", "main", "one", "two");
        assertThat(select(page, "*.note")).containsExactly("one");
        assertThat(select(page, "div.Box.wide")).containsExactly("main");
        assertThat(select(page, ".box")).as("classes are case-sensitive").isEmpty();
        assertThat(select(page, "#main")).containsExactly("main");
        assertThat(select(page, "#Main")).as("ids are case-sensitive").isEmpty();
    }

    @Test
    void matchesAttributePresenceAndValue() {
        String page = "<p id=t1 title='x-y z'>1<p id=t2 title=x>2<p id=t3 title=''>3<p id=t4>4";

        assertThat(select(page, "[title]")).containsExactly("t1", "t2", "t3");
        assertThat(select(page, "[TITLE]")).as("attribute names ignore case").containsExactly("t1", "t2", "t3");
        assertThat(select(page, "[title=x]")).containsExactly("t2");
        assertThat(select(page, "[title='x-y z']")).containsExactly("t1");
        assertThat(select(page, "[title=\"\"]")).containsExactly("t3");
        assertThat(select(page, "[title~=z]")).containsExactly("t1");
        assertThat(select(page, "[title~=x-y]")).containsExactly("t1");
        assertThat(select(page, "[title~='']")).as("an empty word is never in the list").isEmpty();
        assertThat(select(page, "[title~='x-y z']")).as("nor is one with a space").isEmpty();
        assertThat(select(page, "[title|=x]")).containsExactly("t1", "t2");
    }

    @Test
    void matchesAttributeSubstringsButNeverAnEmptyOne() {
        String page = "<p id=t1 title='x-y z'>1<p id=t2 title=x>2<p id=t3 title=''>3";

        assertThat(select(page, "[title^=x]")).containsExactly("t1", "t2");
        assertThat(select(page, "[title$=z]")).containsExactly("t1");
        assertThat(select(page, "[title*='y z']")).containsExactly("t1");
        assertThat(select(page, "[title^=''], [title$=''], [title*='']")).isEmpty();
    }

    @Test
    void comparesAttributeValuesExactlyExceptForThoseHtmlListsAsCaseInsensitive() {
        String page = "<input id=lower type=text><input id=upper type=TEXT><p id=note class=Note data-kind=Note>";

        assertThat(select(page, "[type=text]")).containsExactly("lower", "upper");
        assertThat(select(page, "input[type^=TE]")).containsExactly("lower", "upper");
        assertThat(select(page, "[data-kind=note], [class=note]")).isEmpty();
    }

    @Test
    void matchesDescendantAndChildCombinatorsRightToLeft() {
        String page = "<div id=main><p id=one>1</p><section id=sec><p id=deep>2</p></section></div>";

        assertThat(select(page, "#main p")).containsExactly("one", "deep");
        assertThat(select(page, "#main > p")).containsExactly("one");
        assertThat(select(page, "#main > section > p")).containsExactly("deep");
        assertThat(select(page, "div section p#deep")).containsExactly("deep");
        assertThat(select(page, "section div p")).isEmpty();
    }

    @Test
    void matchesNextAndSubsequentSiblingCombinators() {
        assertThat(select(MIXED, "h2 + p")).containsExactly("p1");
        assertThat(select(MIXED, "h2 ~ p")).containsExactly("p1", "p2");
        assertThat(select(MIXED, "p + span")).containsExactly("s1", "s2");
        assertThat(select(MIXED, "#h ~ *")).containsExactly("p1", "s1", "p2", "s2");
        assertThat(select(MIXED, "div > h2 + p ~ p")).containsExactly("p2");
        assertThat(select(LIST, "li + li")).as("text and comments between siblings do not count")
                .containsExactly("l2", "l3", "l4", "l5");
        assertThat(select(LIST, "li ~ li ~ li ~ li")).containsExactly("l4", "l5");
    }

    @Test
    void theDocumentIsNotAnElementToSelectors() {
        assertThat(select("<p>", "* > html, * html, html + *, * + html")).isEmpty();
    }

    @Test
    void matchesFirstLastAndOnlyChild() {
        String page = LIST + "<section id=sec><b id=only>o</b></section>";

        assertThat(select(page, "li:first-child")).containsExactly("l1");
        assertThat(select(page, "li:last-child")).containsExactly("l5");
        assertThat(select(page, "li:only-child")).isEmpty();
        assertThat(select(page, "section :only-child")).containsExactly("only");
        assertThat(select(page, "html:first-child, html:only-child"))
                .as("the root counts as an only child, as in browsers").containsExactly("html");
    }

    @Test
    void matchesNthChildForEachFormOfAnPlusB() {
        assertThat(select(LIST, "li:nth-child(2n+1)")).containsExactly("l1", "l3", "l5");
        assertThat(select(LIST, "li:nth-child(odd)")).containsExactly("l1", "l3", "l5");
        assertThat(select(LIST, "li:nth-child(EVEN)")).containsExactly("l2", "l4");
        assertThat(select(LIST, "li:nth-child(-n+3)")).containsExactly("l1", "l2", "l3");
        assertThat(select(LIST, "li:nth-child(3)")).containsExactly("l3");
        assertThat(select(LIST, "li:nth-child( 2n + 1 )")).containsExactly("l1", "l3", "l5");
        assertThat(select(LIST, "li:nth-child(n+4)")).containsExactly("l4", "l5");
        assertThat(select(LIST, "li:nth-child(2n-1)")).containsExactly("l1", "l3", "l5");
        assertThat(select(LIST, "li:nth-child(0n+0)")).isEmpty();
    }

    @Test
    void matchesNthLastChild() {
        assertThat(select(LIST, "li:nth-last-child(2)")).containsExactly("l4");
        assertThat(select(LIST, "li:nth-last-child(-n+2)")).containsExactly("l4", "l5");
        assertThat(select(LIST, "li:nth-child(2):nth-last-child(4)")).containsExactly("l2");
    }

    @Test
    void matchesTheOfTypePseudoClasses() {
        assertThat(select(MIXED, "#d > :nth-of-type(2)")).containsExactly("p2", "s2");
        assertThat(select(MIXED, "#d > :nth-last-of-type(1)")).containsExactly("h", "p2", "s2");
        assertThat(select(MIXED, "p:first-of-type, span:last-of-type")).containsExactly("p1", "s2");
        assertThat(select(MIXED, "#d > :only-of-type")).containsExactly("h");
    }

    @Test
    void matchesNegation() {
        assertThat(select(LIST, "li:not(.a)")).containsExactly("l3", "l4", "l5");
        assertThat(select(LIST, "li:not(:first-child)")).containsExactly("l2", "l3", "l4", "l5");
        assertThat(select(LIST, "li:not([class])")).containsExactly("l3", "l4", "l5");
        assertThat(select(LIST, "li:not(#l1):not(.a)")).containsExactly("l3", "l4", "l5");
        assertThat(select(LIST, "li:not(*)")).isEmpty();
        assertThat(select(LIST, "ul :not(:not(.b))")).as("nested, as browsers allow").containsExactly("l1");
    }

    @Test
    void matchesRootAndEmpty() {
        String page = "<p id=e1></p><p id=e2> </p><p id=e3><!-- only a comment --></p><p id=e4><br id=br></p>"
                + "<script id=code>var x;</script>";

        assertThat(select(page, ":root")).containsExactly("html");
        assertThat(select(page, ":root > body > p:first-child")).containsExactly("e1");
        assertThat(select(page, "body :empty")).as("whitespace is content, a comment is not")
                .containsExactly("e1", "e3", "br");
    }

    @Test
    void matchesLinksButNeverVisitedOnes() {
        String page = "<link id=css rel=stylesheet href=a.css><a id=home href=/>home</a><a id=anchor name=top>top</a>"
                + "<map><area id=spot href=/spot></map>";

        assertThat(select(page, ":link")).as("a and area with an href; not link").containsExactly("home", "spot");
        assertThat(select(page, ":visited")).isEmpty();
        assertThat(select(page, "a:not(:visited)")).containsExactly("home", "anchor");
    }

    @Test
    void matchesLanguageFromTheNearestLangAttribute() {
        String page = "<div id=gb lang=en-GB><em id=em>x</em><span id=fr lang=fr>y</span></div><p id=none lang=''>z";

        assertThat(select(page, ":lang(en)")).containsExactly("gb", "em");
        assertThat(select(page, "em:lang(EN-gb)")).containsExactly("em");
        assertThat(select(page, ":lang(fr)")).containsExactly("fr");
    }

    @Test
    void aPseudoElementSelectorMatchesTheElementsBoxNotTheElement() {
        Element first = Jsoup.parse(LIST).getElementById("l1");
        Selector before = Selector.parseList("ul > li:first-child::before").get(0);

        assertThat(before.pseudoElement()).contains(PseudoElement.BEFORE);
        assertThat(before.matches(first)).isFalse();
        assertThat(before.matches(first, PseudoElement.BEFORE)).isTrue();
        assertThat(before.matches(first, PseudoElement.AFTER)).isFalse();
        assertThat(before.matches(first.nextElementSibling(), PseudoElement.BEFORE)).isFalse();
        assertThat(select(LIST, "li::before, li::after")).isEmpty();
    }

    @Test
    void readsEachPseudoElementInEitherSpelling() {
        assertThat(Selector.parseList("p:before, P::AFTER, ::first-line, p:first-letter").stream()
                .map(selector -> selector.pseudoElement().orElseThrow()).toList())
                .containsExactly(PseudoElement.BEFORE, PseudoElement.AFTER, PseudoElement.FIRST_LINE, PseudoElement.FIRST_LETTER);
        assertThat(Selector.parseList("li.a").get(0).pseudoElement()).isEmpty();
    }

    @Test
    void unsupportedPseudoClassesAndElementsMatchNothingButAreNoError() {
        String page = "<a id=link href=/>x</a><p id=text>y</p>";

        assertThat(select(page, "a:hover, :focus, a:active, p:target, p::selection")).isEmpty();
        assertThat(select(page, "a:hover, p")).as("the rest of the list still matches").containsExactly("text");
        assertThat(select(page, "a:not(:hover)")).as("nobody hovers over a Glassbox page").containsExactly("link");
        assertThat(select(page, "p:is(p)")).as("Selectors Level 4: Chromium matches it").isEmpty();
        assertThat(select(page, "p:hovr, p::-moz-selection")).as("Chromium rejects unknown names").isEmpty();
        assertThat(Selector.parseList("p::selection").get(0).pseudoElement()).isEmpty();
        assertThat(select(page, "p:not\\(x, a")).as("an escaped parenthesis is part of a name (found by SelectorFuzzTest)")
                .containsExactly("link");
    }

    @Test
    void rejectsInvalidSelectors() {
        assertThatThrownBy(() -> Selector.parseList("p >")).hasMessage("'p >' is not a valid selector");
        assertThatThrownBy(() -> Selector.parseList("")).hasMessageContaining("not a valid selector");
        assertThatThrownBy(() -> Selector.parseList("p::before span"))
                .hasMessage("'p::before span' is not a valid selector: a pseudo-element must come last");
        assertThatThrownBy(() -> Selector.parseList("p::selection:hover")).hasMessageEndingWith("must come last");
        assertThatThrownBy(() -> Selector.parseList("p:not(::before)")).hasMessageEndingWith(":not() takes one simple selector");
        assertThatThrownBy(() -> Selector.parseList("p:not(p.a)")).hasMessageContaining("not a valid selector");
        assertThatThrownBy(() -> Selector.parseList("li:nth-child(2 n)")).hasMessageEndingWith("'2 n' is not an+b");
        assertThatThrownBy(() -> Selector.parseList("li:nth-child(+ 2n)")).hasMessageEndingWith("is not an+b");
        assertThatThrownBy(() -> Selector.parseList("li:nth-child(foo)")).hasMessageEndingWith("is not an+b");
    }

    @ParameterizedTest(name = "{0} prints as {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            ul > li:nth-child(2n+1)::before | ul > li:nth-child(2n+1)::before
            div.a#b > p,  UL   li           | div.a#b > p
            a ~ b + c > d e                 | a ~ b + c > d e
            P:BEFORE                        | p::before
            ::after                         | ::after
            *.note                          | *.note
            li:NTH-CHILD( -n + 3 )          | li:nth-child(-n+3)
            li:nth-last-of-type(odd)        | li:nth-last-of-type(2n+1)
            [TITLE]                         | [title]
            a[href^='http']                 | a[href^="http"]
            :not(.a):not(:hover)            | :not(.a):not(:hover)
            .md\\:flex                       | .md\\:flex
            :root:empty:lang(en)            | :root:empty:lang(en)
            """)
    void printsItselfBackAsCss(String selector, String printed) {
        assertThat(Selector.parseList(selector).get(0)).hasToString(printed);
    }

    @Test
    @Timeout(value = 5, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void stopsSearchingWhenNoCandidateLeftCanMatch() {
        String deep = "<div>".repeat(300) + "<p id=deep>x</p>";
        String wide = "<ul>" + "<li>x</li>".repeat(2000) + "</ul>";

        assertThat(select(deep, "section div div div div p")).isEmpty();
        assertThat(select(wide, "p ~ li ~ li ~ li")).isEmpty();
    }
}
