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

    /**
     * Rhino's shell and its full standard objects offer scripts files, processes and Java classes
     * (load, readFile, runCommand, importPackage, the package roots); a page's realm has none of
     * them, and no way to the network but the engine's: fetch() and XMLHttpRequest.
     */
    @Test
    void rhinosShellFunctionsAndOtherWaysOutAreNotThere() {
        PageRun page = PageRun.of("""
                <script>
                  var ways = ['importPackage', 'importClass', 'load', 'loadClass', 'readFile', 'readUrl', 'runCommand',
                      'spawn', 'sync', 'quit', 'print', 'defineClass', 'serialize', 'deserialize', 'Java', 'javax', 'org',
                      'com', 'net', 'edu', 'XML', 'XMLList', 'Continuation', 'WebSocket', 'EventSource', 'Worker', 'importScripts'];
                  console.log(ways.filter(function (name) { return typeof this[name] !== 'undefined'; }, this).join() || 'none',
                      typeof navigator.sendBeacon, typeof fetch, typeof XMLHttpRequest);
                </script>
                <script>importPackage(java.io);</script>
                <script>readFile('/etc/passwd');</script>
                <script>load('file:///etc/passwd');</script>
                <script>runCommand('true');</script>""");

        assertThat(page.infos()).containsExactly("console.log: none undefined function function");
        assertThat(page.warnings()).containsExactly(
                "file:///test/page.html:8: ReferenceError: \"importPackage\" is not defined.",
                "file:///test/page.html:9: ReferenceError: \"readFile\" is not defined.",
                "file:///test/page.html:10: ReferenceError: \"load\" is not defined.",
                "file:///test/page.html:11: ReferenceError: \"runCommand\" is not defined.");
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
        assertThat(page.warnings()).singleElement().asString()
                .startsWith("file:///test/page.html:2: InternalError: Exceeded maximum stack depth\n    at down (file:///test/page.html:2)")
                .endsWith("\n    ... " + (Sandbox.MAX_STACK_DEPTH - 9) + " more");
    }

    @Test
    void recursionThroughJavaCallbacksIsStoppedToo() {
        PageRun page = PageRun.of("""
                <script>function down() { [1].map(down); } down();</script>
                <script>console.log('next script');</script>""");

        assertThat(page.warnings()).singleElement().asString().startsWith("file:///test/page.html:1: ");
        assertThat(page.infos()).containsExactly("console.log: next script");
    }

    /** The doors a script might try to Java through host objects and the Function constructor all stay shut. */
    @Test
    void reflectionThroughHostObjectsReachesNothingJava() {
        PageRun page = PageRun.of("""
                <script>
                  const realm = constructor.constructor('return this')();
                  console.log(typeof realm.java, typeof realm.Packages,
                      typeof document.constructor.getClass, typeof document.getElementById.getClass,
                      typeof Object.getPrototypeOf(document).getClass, typeof document.__proto__.__parent__,
                      Object.getOwnPropertyNames(document).filter(name => /java|class/i.test(name)).length);
                </script>""");

        assertThat(page.infos()).containsExactly("console.log: undefined undefined undefined undefined undefined undefined 0");
        assertThat(page.warnings()).isEmpty();
    }

    @Test
    void aScriptThatHoldsTooMuchMemoryIsStopped() {
        try (Context cx = new Sandbox(Duration.ofSeconds(30), 64L << 20).enterContext()) {
            var global = cx.initSafeStandardObjects();

            assertThatThrownBy(() -> cx.evaluateString(global,
                    "var held = []; for (;;) held.push('a string of some length ' + held.length);", "hog.js", 1, null))
                    .isInstanceOf(Sandbox.BudgetExceeded.class)
                    .hasMessage("held more than 64 MB of memory");
        }
    }

    @Test
    void anUncaughtErrorInAFunctionIsReportedWithItsJavaScriptStack() {
        PageRun page = PageRun.of("""
                <script>
                  function inner() { null.property; }
                  function outer() { inner(); }
                  outer();
                </script>""");

        assertThat(page.warnings()).singleElement().asString()
                .startsWith("file:///test/page.html:2: TypeError: Cannot read property \"property\" from null")
                .endsWith("\n    at inner (file:///test/page.html:2)\n    at outer (file:///test/page.html:3)"
                        + "\n    at file:///test/page.html:4");
    }

    /** Rhino gives some errors, such as redeclaring its own {@code global}, no file or line. */
    @Test
    void anErrorRhinoPlacesNowhereIsReportedWhereItsScriptStarts() {
        PageRun page = PageRun.of("<p>\n<script>const global = 1;</script>");

        assertThat(page.warnings()).containsExactly("file:///test/page.html:2: TypeError: redeclaration of var global.");
    }
}
