package org.glassbox.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.EvaluatorException;

class SandboxTest {

    private static final Duration SMALL_BUDGET = Duration.ofMillis(100);

    @Test
    void javaIsOutOfReach() {
        PageRun page = PageRun.of("""
                <script>
                  console.log(typeof java, typeof Packages, typeof JavaImporter, typeof JavaAdapter,
                      typeof getClass, typeof document.getClass, typeof ''.getClass,
                      Function('return typeof Packages')());
                </script>
                <script>java.lang.System.exit(1);</script>
                <script>Packages.java.lang.Runtime.getRuntime();</script>""");

        assertThat(page.infos()).containsExactly("console.log: " + "undefined ".repeat(8).strip());
        assertThat(page.warnings()).containsExactly(
                "file:///test/page.html:6: ReferenceError: \"java\" is not defined.",
                "file:///test/page.html:7: ReferenceError: \"Packages\" is not defined.");
    }

    @Test
    void aJavaObjectCannotEvenBeWrappedForAScript() {
        try (Context cx = new Sandbox(SMALL_BUDGET).enterContext()) {
            var global = cx.initSafeStandardObjects();

            assertThatThrownBy(() -> Context.javaToJS(new StringBuilder("secret"), global))
                    .isInstanceOf(EvaluatorException.class)
                    .hasMessageContaining("Access to Java class \"java.lang.StringBuilder\" is prohibited");
        }
    }

    @Test
    void aScriptThatRunsTooLongIsStoppedAndTheNextOneRuns() {
        PageRun page = PageRun.withBudget("""
                <script>while (true) {}</script>
                <script>console.log('next script');</script>""", SMALL_BUDGET);

        assertThat(page.warnings()).containsExactly("file:///test/page.html:1: script stopped: ran longer than 100 ms");
        assertThat(page.infos()).containsExactly("console.log: next script");
        assertThat(page.report).isEqualTo(new ScriptReport(2, 1));
    }

    @Test
    void aScriptCannotCatchItsOwnStop() {
        PageRun page = PageRun.withBudget("""
                <script>
                  try { for (;;) {} } catch (e) { console.log('caught'); } finally { console.log('finally'); }
                </script>""", SMALL_BUDGET);

        assertThat(page.infos()).isEmpty();
        assertThat(page.warnings()).singleElement().asString().contains("script stopped");
    }

    @Test
    void runawayRecursionIsAnErrorTheScriptCanCatch() {
        PageRun page = PageRun.of("""
                <script>
                  function down(n) { return down(n + 1); }
                  try { down(0); } catch (e) { console.log(e.name); }
                  down(0);
                </script>
                <script>console.log('next script');</script>""");

        assertThat(page.infos()).containsExactly("console.log: InternalError", "console.log: next script");
        assertThat(page.warnings()).containsExactly("file:///test/page.html:2: InternalError: Exceeded maximum stack depth");
    }

    @Test
    void recursionThroughJavaCallbacksIsStoppedToo() {
        PageRun page = PageRun.of("""
                <script>function down() { [1].map(down); } down();</script>
                <script>console.log('next script');</script>""");

        assertThat(page.warnings()).singleElement().asString().startsWith("file:///test/page.html:1: ");
        assertThat(page.infos()).containsExactly("console.log: next script");
    }
}
