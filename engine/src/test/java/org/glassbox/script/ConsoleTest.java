package org.glassbox.script;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConsoleTest {

    @Test
    void logAndInfoAreInformationWarnAndErrorAreWarnings() {
        PageRun page = PageRun.of("""
                <script>
                  console.log('total', 1 + 2, null, {});
                  console.info('loaded');
                  console.warn('deprecated');
                  console.error('failed');
                </script>""");

        assertThat(page.infos()).containsExactly("console.log: total 3 null [object Object]", "console.info: loaded");
        assertThat(page.warnings()).containsExactly("console.warn: deprecated", "console.error: failed");
        assertThat(page.report.errors()).isZero();
    }

    @Test
    void consoleFunctionsWorkWithoutTheirObject() {
        PageRun page = PageRun.of("<script>var log = console.log; log('detached');</script>");

        assertThat(page.infos()).containsExactly("console.log: detached");
    }
}
