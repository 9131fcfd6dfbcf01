package org.glassbox.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.glassbox.shell.GlassboxTest.glassbox;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.glassbox.Phase;
import org.glassbox.shell.GlassboxTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code glassbox bench}: the table's shape — every phase named, a number in every column — never its timings. */
class BenchCommandTest {

    @TempDir
    Path dir;

    @Test
    void printsTheMedianOfEveryPhaseAndThePagesPerSecondForEachPage() throws Exception {
        Path first = Files.writeString(dir.resolve("first.html"), "<!DOCTYPE html><p style='color: green'>Hello</p>");
        Path second = Files.writeString(dir.resolve("second.html"), "<!DOCTYPE html><ul><li>One<li>Two</ul>");

        Run run = glassbox("bench", first.toString(), second.toString(), "--runs", "3", "--warmup", "1", "--no-cache");

        assertThat(run.exitCode()).isEqualTo(0);
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).isEqualTo("median milliseconds of 3 runs after 1 warm-up runs");
        List<String> columns = Arrays.asList(lines.get(1).trim().split("\\s+"));
        assertThat(columns).containsExactlyElementsOf(expectedColumns());
        assertRow(lines.get(2), first.toString(), columns.size());
        assertRow(lines.get(3), second.toString(), columns.size());
    }

    @Test
    void scalePrintsARowForEachGeneratedPageAndHowMuchEachPhaseGrew() {
        Run run = glassbox("bench", "--scale", "--sizes", "100,300", "--runs", "1", "--warmup", "0", "--no-cache");

        assertThat(run.exitCode()).isEqualTo(0);
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).isEqualTo("median milliseconds of 1 runs after 0 warm-up runs");
        List<String> columns = Arrays.asList(lines.get(1).trim().split("\\s+"));
        assertThat(columns).containsExactlyElementsOf(expectedColumns());
        assertRow(lines.get(2).replace("100 elements", "100-elements"), "100-elements", columns.size());
        assertRow(lines.get(3).replace("300 elements", "300-elements"), "300-elements", columns.size());
        String[] ratios = lines.get(4).trim().split("\\s+");
        assertThat(ratios).hasSize(columns.size() - 1).startsWith("300/100");
        assertThat(Double.parseDouble(ratios[ratios.length - 1])).as("the whole render's growth").isPositive();
    }

    @Test
    void refusesPagesTogetherWithScale() {
        Run run = glassbox("bench", "page.html", "--scale");

        assertThat(run.exitCode()).isNotEqualTo(0);
        assertThat(run.err()).contains("give either pages or --scale");
    }

    @Test
    void refusesRunsBelowOne() {
        Run run = glassbox("bench", "page.html", "--runs", "0");

        assertThat(run.exitCode()).isNotEqualTo(0);
        assertThat(run.err()).contains("--runs must be at least 1");
    }

    private static List<String> expectedColumns() {
        List<String> columns = new ArrayList<>(List.of("page"));
        Arrays.stream(Phase.values()).map(Phase::label).forEach(columns::add);
        columns.addAll(List.of("total", "pages/s"));
        return columns;
    }

    /** A row names its page, then holds a non-negative number under every other column, and a positive rate. */
    private static void assertRow(String line, String page, int columnCount) {
        String[] cells = line.trim().split("\\s+");
        assertThat(cells).hasSize(columnCount);
        assertThat(cells[0]).isEqualTo(page);
        for (int i = 1; i < cells.length; i++) {
            assertThat(Double.parseDouble(cells[i])).as("column %d of %s", i, line).isGreaterThanOrEqualTo(0);
        }
        assertThat(Double.parseDouble(cells[cells.length - 1])).isPositive();
    }
}
