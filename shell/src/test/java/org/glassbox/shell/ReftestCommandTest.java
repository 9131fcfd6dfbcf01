package org.glassbox.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.glassbox.shell.GlassboxTest.glassbox;

import java.nio.file.Files;
import java.nio.file.Path;
import org.glassbox.shell.GlassboxTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code glassbox reftest} on tests that name their references, and on a list. */
class ReftestCommandTest {

    @TempDir
    Path dir;

    private Path page(String name, String body) throws Exception {
        return Files.writeString(dir.resolve(name), "<!DOCTYPE html>" + body);
    }

    @Test
    void comparesEachTestWithItsReferenceAndCountsLast() throws Exception {
        page("ref.html", "<div style='width: 100px; height: 100px; background: green'></div>");
        Path same = page("same.html", "<link rel=match href=ref.html>"
                + "<div style='width: 50px; height: 100px; border-right: 50px solid green; background: green'></div>");
        Path different = page("different.html", "<link rel=match href=ref.html><div style='height: 100px; background: red'></div>");
        Path diffs = dir.resolve("diffs");

        Run run = glassbox("reftest", same.toString(), different.toString(), "--diff-dir", diffs.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out().lines().toList()).hasSize(3);
        assertThat(run.out()).startsWith("PASS " + same + "\nFAIL " + different + "  (").endsWith(" pixels differ)\n1 passed, 1 failed\n");
        assertThat(diffs.resolve(different.toString().replace('/', '_') + ".test.png")).exists();
    }
}
