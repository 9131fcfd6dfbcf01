package org.glassbox.shell;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.glassbox.Phase;

/**
 * The table {@code glassbox bench} prints: a row per page, a column per phase and the whole
 * render, each the median of the measured runs in milliseconds, and the pages per second that
 * the median render allows; for {@code --scale}, a last row of how much each median grew from one
 * page to a larger one.
 */
final class BenchTable {

    /** What one render of a page took: each phase, and the whole from address to PNG bytes. */
    record Run(Map<Phase, Duration> phases, Duration total) {}

    private static final int NUMBER_WIDTH = 8;

    private final int pageWidth;

    /** A table whose first column is wide enough for each of {@code labels}, the pages' names. */
    BenchTable(List<String> labels) {
        this.pageWidth = labels.stream().mapToInt(String::length).max().orElse(0);
    }

    /** The column names: page, every phase by its label, total and pages/s. */
    String header() {
        StringBuilder line = new StringBuilder(pad("page", pageWidth));
        for (Phase phase : Phase.values()) {
            line.append("  ").append(pad(phase.label(), columnWidth(phase)));
        }
        return line.append("  ").append(pad("total", NUMBER_WIDTH)).append("  ").append("pages/s").toString();
    }

    /** One page's row: the median of each phase and of the total over {@code runs}. */
    String row(String page, List<Run> runs) {
        StringBuilder line = new StringBuilder(pad(page, pageWidth));
        for (Phase phase : Phase.values()) {
            line.append("  ").append(number(median(runs, run -> run.phases().get(phase)), columnWidth(phase)));
        }
        Duration total = median(runs, Run::total);
        double pagesPerSecond = 1e9 / Math.max(1, total.toNanos());
        return line.append("  ").append(number(total, NUMBER_WIDTH)).append("  ")
                .append(String.format(Locale.ROOT, "%7.1f", pagesPerSecond)).toString();
    }

    /**
     * The row {@code label}: each phase's median over the {@code larger} page's runs divided by its
     * median over the {@code smaller} page's, and the same for the total. Time that grows as the
     * page does gives the ratio of the pages' sizes; a phase that only starts up gives about 1;
     * "-" stands where the smaller page took no measurable time.
     */
    String ratioRow(String label, List<Run> larger, List<Run> smaller) {
        StringBuilder line = new StringBuilder(pad(label, pageWidth));
        for (Phase phase : Phase.values()) {
            Function<Run, Duration> time = run -> run.phases().get(phase);
            line.append("  ").append(ratio(median(larger, time), median(smaller, time), columnWidth(phase)));
        }
        return line.append("  ").append(ratio(median(larger, Run::total), median(smaller, Run::total), NUMBER_WIDTH))
                .toString();
    }

    /** The middle one of the runs' times, or the mean of the two middle ones for an even count. */
    private static Duration median(List<Run> runs, Function<Run, Duration> time) {
        List<Duration> sorted = runs.stream().map(time).sorted(Comparator.naturalOrder()).toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : sorted.get(middle - 1).plus(sorted.get(middle)).dividedBy(2);
    }

    private static String ratio(Duration larger, Duration smaller, int width) {
        return smaller.isZero() ? String.format(Locale.ROOT, "%" + width + "s", "-") : String.format(Locale.ROOT, "%" + width + ".1f",
                (double) larger.toNanos() / smaller.toNanos());
    }

    private static int columnWidth(Phase phase) {
        return Math.max(NUMBER_WIDTH, phase.label().length());
    }

    /** Milliseconds with two decimals, right-aligned: the dot is always a dot, whatever the locale. */
    private static String number(Duration duration, int width) {
        return String.format(Locale.ROOT, "%" + width + ".2f", duration.toNanos() / 1e6);
    }

    private static String pad(String text, int width) {
        return String.format(Locale.ROOT, "%-" + width + "s", text);
    }
}
