package org.glassbox.shell;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code glassbox reftest}: runs reftests of the W3C CSS test suites — each test and its
 * reference rendered at 800×600 and compared pixel for pixel — and prints a line per test and
 * the totals last. Tests run on every core at once.
 */
@Command(name = "reftest", description = {
        "Render reftests and their references at 800x600 and compare their pixels.",
        "Give test files that name their reference with <link rel=match>, or --list reftests.tsv."})
final class ReftestCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "test files with <link rel=\"match\" href=…>")
    List<Path> files = new ArrayList<>();

    @Option(names = "--list", paramLabel = "TSV", description = "a reftests.tsv: test, match|mismatch, reference, flags")
    Path list;

    @Option(names = "--base", paramLabel = "DIR", description = "what the list's paths and the tests' names are relative to (default: the list's folder)")
    Path base;

    @Option(names = "--font", paramLabel = "FILE", description = "a TrueType font the tests use, such as Ahem; repeat for more")
    List<Path> fonts = new ArrayList<>();

    @Option(names = "--diff-dir", paramLabel = "DIR", description = "write the test's and the reference's images of each failure here")
    Path diffDirectory;

    @Option(names = {"-q", "--quiet"}, description = "print only failures and the totals")
    boolean quiet;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<Reftest> tests = tests();
        Path root = base();
        PrintWriter out = spec.commandLine().getOut();
        int[] counts = new int[3]; // passed, failed, set aside
        for (Reftest test : tests) {
            if (test.setAside()) {
                counts[2]++;
                report(out, "SKIP", test.name(root), "set aside: needs " + test.whySetAside());
            }
        }
        new ReftestRunner(fonts, diffDirectory, root).runAll(tests.stream().filter(test -> !test.setAside()).toList(), result -> {
            counts[result.passed() ? 0 : 1]++;
            report(out, result.passed() ? "PASS" : "FAIL", result.test().name(root), result.detail());
        });
        out.println(counts[0] + " passed, " + counts[1] + " failed" + (counts[2] > 0 ? ", " + counts[2] + " set aside" : ""));
        out.flush();
        return counts[1] == 0 ? 0 : Glassbox.FAILED;
    }

    private void report(PrintWriter out, String verdict, String name, String detail) {
        if (!quiet || verdict.equals("FAIL")) {
            out.println(verdict + " " + name + (detail.isEmpty() ? "" : "  (" + detail + ")"));
            out.flush();
        }
    }

    private List<Reftest> tests() {
        if (list == null && files.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "give test files, or --list reftests.tsv");
        }
        List<Reftest> tests = new ArrayList<>();
        if (list != null) {
            tests.addAll(Reftest.list(list, base()));
        }
        files.forEach(file -> tests.add(Reftest.of(file)));
        return tests;
    }

    private Path base() {
        return base != null ? base : list != null ? list.toAbsolutePath().getParent() : null;
    }
}
