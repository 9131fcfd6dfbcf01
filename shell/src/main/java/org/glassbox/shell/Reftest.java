package org.glassbox.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.glassbox.LoadException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * One reftest of the W3C CSS test suites: a test page, a reference page, and whether they must
 * render the same ({@code match}) or differently ({@code mismatch}), with the test's flags
 * (such as {@code ahem} or {@code interact}).
 */
record Reftest(Path test, boolean match, Path reference, Set<String> flags) {

    /** Flags of tests a still image of the first screen cannot judge: they need a user or pages. */
    private static final Set<String> NEEDS_MORE_THAN_A_SCREEN = Set.of("interact", "paged");

    /** Whether the test needs interaction or paged media, which a rendered image cannot show. */
    boolean setAside() {
        return !whySetAside().isEmpty();
    }

    /** The flags that set the test aside, such as {@code interact}; empty if none does. */
    String whySetAside() {
        return String.join(", ", flags.stream().filter(NEEDS_MORE_THAN_A_SCREEN::contains).sorted().toList());
    }

    /**
     * The test's name: its path below {@code base}, such as {@code normal-flow/block-in-inline-001.xht};
     * the path as given when there is no base.
     */
    String name(Path base) {
        Path path = base == null ? test : base.toAbsolutePath().normalize().relativize(test.toAbsolutePath().normalize());
        return path.toString().replace('\\', '/');
    }

    /** The reftests a {@code reftests.tsv} lists: test, relation, reference, flags; paths relative to {@code base}. */
    static List<Reftest> list(Path tsv, Path base) {
        try {
            List<Reftest> tests = new ArrayList<>();
            for (String line : Files.readAllLines(tsv)) {
                String[] fields = line.split("\t", -1);
                if (fields.length >= 3 && !fields[0].equals("test")) {
                    tests.add(new Reftest(base.resolve(fields[0]), fields[1].equals("match"), base.resolve(fields[2]),
                            fields.length > 3 ? Set.copyOf(Arrays.asList(fields[3].strip().split("[\\s,]+"))) : Set.of()));
                }
            }
            return tests;
        } catch (IOException e) {
            throw new LoadException("cannot read the reftest list " + tsv + ": " + e.getMessage(), e);
        }
    }

    /** A test file that names its reference itself, with {@code <link rel="match" href="…">}. */
    static Reftest of(Path test) {
        try {
            Element link = Jsoup.parse(test.toFile()).selectFirst("link[rel~=(?i)^(mis)?match$][href]");
            if (link == null) {
                throw new LoadException(test + " has no <link rel=\"match\"> or \"mismatch\" naming its reference");
            }
            return new Reftest(test, link.attr("rel").equalsIgnoreCase("match"), test.resolveSibling(link.attr("href")), Set.of());
        } catch (IOException e) {
            throw new LoadException("cannot read " + test + ": " + e.getMessage(), e);
        }
    }
}
