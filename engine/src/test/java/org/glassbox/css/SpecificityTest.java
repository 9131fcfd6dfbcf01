package org.glassbox.css;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpecificityTest {

    @ParameterizedTest(name = "{0} is ({1},{2},{3})")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            *                        | 0 | 0 | 0
            p                        | 0 | 0 | 1
            .note                    | 0 | 1 | 0
            #main                    | 1 | 0 | 0
            [title]                  | 0 | 1 | 0
            [title='x']              | 0 | 1 | 0
            [title~=x]               | 0 | 1 | 0
            `[lang|=en]`             | 0 | 1 | 0
            [href^=http]             | 0 | 1 | 0
            [href$=pdf]              | 0 | 1 | 0
            [href*=example]          | 0 | 1 | 0
            :first-child             | 0 | 1 | 0
            :last-child              | 0 | 1 | 0
            :only-child              | 0 | 1 | 0
            :first-of-type           | 0 | 1 | 0
            :last-of-type            | 0 | 1 | 0
            :only-of-type            | 0 | 1 | 0
            :nth-child(2n+1)         | 0 | 1 | 0
            :nth-last-child(2)       | 0 | 1 | 0
            :nth-of-type(odd)        | 0 | 1 | 0
            :nth-last-of-type(-n+3)  | 0 | 1 | 0
            :root                    | 0 | 1 | 0
            :empty                   | 0 | 1 | 0
            :link                    | 0 | 1 | 0
            :visited                 | 0 | 1 | 0
            :lang(en)                | 0 | 1 | 0
            a:hover                  | 0 | 1 | 1
            :not(#main)              | 1 | 0 | 0
            :not(.note)              | 0 | 1 | 0
            :not(p)                  | 0 | 0 | 1
            :not(*)                  | 0 | 0 | 0
            p::before                | 0 | 0 | 2
            p:after                  | 0 | 0 | 2
            ::first-line             | 0 | 0 | 1
            p::selection             | 0 | 0 | 2
            h1 + p                   | 0 | 0 | 2
            h1 ~ p                   | 0 | 0 | 2
            div > p                  | 0 | 0 | 2
            ul > li:nth-child(2n+1)::before | 0 | 1 | 3
            """)
    void countsEachKindOfSimpleSelector(String selector, int ids, int classes, int types) {
        assertThat(Selector.parseList(selector).get(0).specificity()).isEqualTo(new Specificity(ids, classes, types));
    }

    /** The examples of Selectors Level 3 §9. */
    @ParameterizedTest(name = "{0} is ({1},{2},{3})")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            *               | 0 | 0 | 0
            LI              | 0 | 0 | 1
            UL LI           | 0 | 0 | 2
            UL OL+LI        | 0 | 0 | 3
            H1 + *[REL=up]  | 0 | 1 | 1
            UL OL LI.red    | 0 | 1 | 3
            LI.red.level    | 0 | 2 | 1
            #x34y           | 1 | 0 | 0
            #s12:not(FOO)   | 1 | 0 | 1
            """)
    void matchesTheExamplesOfTheSpecification(String selector, int ids, int classes, int types) {
        assertThat(Selector.parseList(selector).get(0).specificity()).isEqualTo(new Specificity(ids, classes, types));
    }

    @Test
    void comparesDigitByDigit() {
        assertThat(new Specificity(1, 0, 0)).isGreaterThan(new Specificity(0, 12, 0));
        assertThat(new Specificity(0, 1, 0)).isGreaterThan(new Specificity(0, 0, 12));
        assertThat(new Specificity(0, 1, 2)).isLessThan(new Specificity(0, 1, 3));
    }
}
