package org.glassbox.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A ratchet on the W3C CSS 2.1 reftests ({@code ../shared/css21}): every pair of test and
 * reference in {@code css21-passing.txt} passed when it was added there, and must go on
 * passing. When more pass, add them: the lines of {@code reftests.tsv} (test, tab, reference)
 * whose tests {@code glassbox reftest --list ../shared/css21/reftests.tsv --font
 * ../shared/fonts/ahem/ahem.ttf} reports as {@code PASS}.
 */
class Css21ReftestsTest {

    private static final Path CSS21 = Path.of("../shared/css21");
    private static final Path AHEM = Path.of("../shared/fonts/ahem/ahem.ttf");

    @Test
    void everyReftestThatPassedStillPasses() throws Exception {
        Set<String> passing = Set.copyOf(passingList());
        List<Reftest> tests = Reftest.list(CSS21.resolve("reftests.tsv"), CSS21).stream()
                .filter(test -> passing.contains(test.name(CSS21) + "\t" + CSS21.relativize(test.reference()).toString().replace('\\', '/')))
                .toList();
        List<String> failures = new ArrayList<>();
        new ReftestRunner(List.of(AHEM), null, CSS21).runAll(tests, result -> {
            if (!result.passed()) {
                failures.add(result.test().name(CSS21) + ": " + result.detail());
            }
        });

        assertThat(tests).as("tests of the list found in reftests.tsv").hasSize(passing.size());
        assertThat(failures).as("reftests that passed before and fail now").isEmpty();
    }

    private static List<String> passingList() throws IOException {
        try (InputStream in = Css21ReftestsTest.class.getResourceAsStream("css21-passing.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(line -> !line.isBlank()).toList();
        }
    }
}
