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

    @Test
    void formatSpecifiersTakeTheNextArguments() {
        PageRun page = PageRun.of("""
                <script>
                  console.log('%s has %d items (%i%%), %f kg', 'cart', 3.7, '42px', '1.5', 'extra');
                  console.info('%o and %O', {a: [1, 2]}, 'text');
                  console.log('%c styled', 'color: red');
                  console.log('%s and %s', 'one');
                  console.log(5, '%s');
                  console.debug('hidden %s', 'detail');
                </script>""");

        assertThat(page.infos()).containsExactly("console.log: cart has 3 items (42%), 1.5 kg extra",
                "console.info: {\"a\":[1,2]} and \"text\"", "console.log:  styled", "console.log: one and %s",
                "console.log: 5 %s");
        assertThat(page.details()).contains("console.debug: hidden detail");
    }
}
