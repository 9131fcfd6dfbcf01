package org.glassbox.net.cachetests;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.glassbox.net.cachetests.CacheTestSuite.Suite;

/**
 * Glassbox's verdicts beside the browsers', on the same tests and with the same judging: passes
 * (pass or yes) per suite and in total, and each test's outcome with the reason it failed.
 */
final class Scoreboard {

    /** Whose results these are, such as Glassbox's or Chrome's. */
    record Entrant(String name, Map<String, TestResult> results) {}

    private final CacheTestSuite selection;
    private final Judge judge;
    private final Entrant glassbox;
    private final List<Entrant> browsers;

    /** @param selection the tests that were run, which every entrant is judged on */
    Scoreboard(CacheTestSuite selection, Judge judge, Entrant glassbox, List<Entrant> browsers) {
        this.selection = selection;
        this.judge = judge;
        this.glassbox = glassbox;
        this.browsers = List.copyOf(browsers);
    }

    /** How many tests of the selection the entrant passed (a pass or a yes). */
    int total(Entrant entrant) {
        return selection.suites().stream().mapToInt(suite -> passes(entrant, suite)).sum();
    }

    /** Glassbox's total. */
    int glassboxTotal() {
        return total(glassbox);
    }

    private int passes(Entrant entrant, Suite suite) {
        return (int) suite.tests().stream().filter(test -> verdict(entrant, test).counts()).count();
    }

    private Verdict verdict(Entrant entrant, CacheTest test) {
        return judge.verdict(test.id(), entrant.results());
    }

    /** One row per suite and a total: passes of each entrant, then the number of tests. */
    String table() {
        List<Entrant> entrants = entrants();
        StringBuilder table = new StringBuilder(String.format("%-20s", "suite"));
        entrants.forEach(entrant -> table.append(String.format("%10s", entrant.name())));
        table.append(String.format("%8s%n", "tests"));
        for (Suite suite : selection.suites()) {
            table.append(String.format("%-20s", suite.id()));
            entrants.forEach(entrant -> table.append(String.format("%10d", passes(entrant, suite))));
            table.append(String.format("%8d%n", suite.tests().size()));
        }
        table.append(String.format("%-20s", "total"));
        entrants.forEach(entrant -> table.append(String.format("%10d", total(entrant))));
        return table.append(String.format("%8d%n", selection.tests().size())).toString();
    }

    /**
     * Each test's outcome for Glassbox, one a line: id, verdict, why it did not pass, and which
     * browsers pass it.
     */
    String outcomes() {
        StringBuilder lines = new StringBuilder();
        for (CacheTest test : selection.tests()) {
            lines.append(String.format("%-50s %-16s %s%s%n", test.id(), verdict(glassbox, test), reason(test),
                    browsersPassing(test)));
        }
        return lines.toString();
    }

    /** The tests Glassbox does not pass but at least {@code browserCount} browsers do, each with its reason. */
    List<String> behindBrowsers(int browserCount) {
        List<String> behind = new ArrayList<>();
        for (CacheTest test : selection.tests()) {
            long passing = browsers.stream().filter(browser -> verdict(browser, test).counts()).count();
            if (!verdict(glassbox, test).counts() && passing >= browserCount) {
                behind.add(test.id() + " (" + verdict(glassbox, test) + "): " + reason(test));
            }
        }
        return behind;
    }

    private String reason(CacheTest test) {
        Verdict verdict = verdict(glassbox, test);
        if (verdict == Verdict.DEPENDENCY_FAIL) {
            return "depends on " + judge.failedDependency(test.id(), glassbox.results()).orElseThrow()
                    + ", which did not pass; own result: " + glassbox.results().get(test.id());
        }
        return verdict.counts() || verdict == Verdict.UNTESTED ? "" : glassbox.results().get(test.id()).toString();
    }

    private String browsersPassing(CacheTest test) {
        String passing = browsers.stream().filter(browser -> verdict(browser, test).counts())
                .map(Entrant::name).collect(Collectors.joining(" "));
        return passing.isEmpty() ? "" : "  [passed by " + passing + "]";
    }

    private List<Entrant> entrants() {
        List<Entrant> all = new ArrayList<>(List.of(glassbox));
        all.addAll(browsers);
        return all;
    }
}
