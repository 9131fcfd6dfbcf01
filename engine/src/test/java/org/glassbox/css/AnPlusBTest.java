package org.glassbox.css;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AnPlusBTest {

    /** The forms of Selectors Level 3 §6.6.5.2, and the first positions each picks out of ten. */
    @ParameterizedTest(name = "{0} is {1} and picks {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            odd       | 2n+1 | 1 3 5 7 9
            EVEN      | 2n   | 2 4 6 8 10
            2n+1      | 2n+1 | 1 3 5 7 9
            2n + 1    | 2n+1 | 1 3 5 7 9
            ` 2n- 1 ` | 2n-1 | 1 3 5 7 9
            -n+3      | -n+3 | 1 2 3
            +n        | n    | 1 2 3 4 5 6 7 8 9 10
            n+8       | n+8  | 8 9 10
            3         | 3    | 3
            +5        | 5    | 5
            -2        | -2   | ``
            3N-3      | 3n-3 | 3 6 9
            -2n+7     | -2n+7 | 1 3 5 7
            0n+0      | 0    | ``
            """)
    void readsEachFormAndPicksThePositionsItDescribes(String text, String printed, String positions) {
        AnPlusB formula = AnPlusB.parse(text).orElseThrow();

        assertThat(formula).hasToString(printed);
        assertThat(IntStream.rangeClosed(1, 10).filter(formula::matches).mapToObj(Integer::toString))
                .containsExactly(positions.isEmpty() ? new String[0] : positions.split(" "));
    }

    /** A sign must touch its number or n; whitespace is allowed only around the sign before b. */
    @ParameterizedTest
    @ValueSource(strings = {"+ 2n", "2 n", "- n+1", "n + - 1", "2n+", "foo", "", "1.5n"})
    void rejectsWhatIsNotAnPlusB(String text) {
        assertThat(AnPlusB.parse(text)).isEmpty();
    }

    @Test
    void readsNAloneAsEveryPosition() {
        assertThat(AnPlusB.parse("-n")).contains(new AnPlusB(-1, 0));
        assertThat(AnPlusB.parse("n")).contains(new AnPlusB(1, 0));
    }
}
