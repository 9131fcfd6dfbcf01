package org.glassbox.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When scripts run: as the parser reaches them, after parsing (defer), once loaded (async). */
class ScriptTimingTest {

    @Test
    void aScriptInTheHeadSeesNoBody() {
        PageRun page = PageRun.of("""
                <!doctype html>
                <html><head><script>console.log(document.body === null, document.readyState);</script></head>
                <body><p>text</p>""");

        assertThat(page.infos()).containsExactly("console.log: true loading");
    }

    @Test
    void aScriptInAnImpliedHeadSeesNoBodyEither() {
        PageRun page = PageRun.of("<script>console.log(document.body === null);</script><p>the body starts here");

        assertThat(page.infos()).containsExactly("console.log: true");
        assertThat(page.dom.body().select("p").eachText()).containsExactly("the body starts here");
    }

    @Test
    void aScriptSeesOnlyWhatWasParsedBeforeIt() {
        PageRun page = PageRun.of("""
                <p id=before>before</p>
                <script>console.log(document.getElementById('before') !== null, document.getElementById('after'));</script>
                <p id=after>after</p>""");

        assertThat(page.infos()).containsExactly("console.log: true null");
    }

    @Test
    void whatAScriptAppendsComesBeforeWhatIsParsedAfterIt() {
        PageRun page = PageRun.of("""
                <body id=body><p>one</p><script>
                  var p = document.createElement('p');
                  p.textContent = 'two';
                  document.body.appendChild(p);
                </script><p>three</p></body>""");

        assertThat(page.dom.body().select("p").eachText()).containsExactly("one", "two", "three");
    }

    @Test
    void aScriptThatIsTheLastChildOfItsParentSeesItsParentEnded() {
        PageRun page = PageRun.of("""
                <div id=box><script>console.log(document.getElementById('box').textContent.length > 0);</script></div>
                <div id=next></div><script>console.log(document.getElementById('next') !== null);</script>""");

        assertThat(page.infos()).containsExactly("console.log: true", "console.log: true");
    }

    @Test
    void deferredScriptsRunInOrderAfterParsingAndAsyncOnesAfterThem(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("defer1.js"), "log('defer 1 ' + document.readyState);");
        Files.writeString(dir.resolve("defer2.js"), "log('defer 2');");
        Files.writeString(dir.resolve("async.js"), "log('async');");
        Files.writeString(dir.resolve("blocking.js"), "log('blocking');");
        PageRun page = PageRun.of("""
                <script>var order = []; function log(name) { order.push(name); }</script>
                <script async src=async.js></script>
                <script defer src=defer1.js></script>
                <script defer src=defer2.js></script>
                <script src=blocking.js></script>
                <script defer>log('inline ignores defer');</script>
                <body onload="console.log(order.join(', ') + ', load ' + document.readyState)">""",
                dir.resolve("page.html").toUri().toString());

        assertThat(page.infos()).containsExactly(
                "console.log: blocking, inline ignores defer, defer 1 interactive, defer 2, async, load complete");
    }

    @Test
    void documentWriteInsertsMarkupWhereTheScriptStands() {
        PageRun page = PageRun.of("""
                <body><ul id=list><li>one</li><script>
                  document.write('<li>two</li>');
                  document.writeln('<li>three</li>');
                </script><li>four</li></ul>""");

        assertThat(page.dom.getElementById("list").select("li").eachText()).containsExactly("one", "two", "three", "four");
    }

    @Test
    void aWrittenScriptRunsAndCanWriteToo() {
        PageRun page = PageRun.of("""
                <body><div id=out><script>
                  document.write('<span>a</span><script>document.write("<span>b</span>")<' + '/script><span>c</span>');
                </script></div>""");

        assertThat(page.dom.getElementById("out").select("span").eachText()).containsExactly("a", "b", "c");
    }

    @Test
    void aScriptThatRemovedItselfStillWritesIntoItsParent() {
        PageRun page = PageRun.of("""
                <body><div id=out><i>before</i><script id=self>
                  var self = document.getElementById('self');
                  self.parentNode.removeChild(self);
                  document.write('<b>written</b>');
                </script><u>after</u></div>""");

        assertThat(page.html("out")).isEqualTo("<i>before</i><b>written</b><u>after</u>");
    }

    @Test
    void documentWriteAfterParsingIsIgnored(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("late.js"), "document.write('<p>late</p>');");
        PageRun page = PageRun.of("<body><script defer src=late.js></script><p>only</p>",
                dir.resolve("page.html").toUri().toString());

        assertThat(page.dom.body().select("p").eachText()).containsExactly("only");
        assertThat(page.warnings()).singleElement().asString().startsWith("document.write ignored");
    }

    @Test
    void withScriptingEnabledNoscriptHoldsText() {
        PageRun page = PageRun.of("<body><noscript><p>no JavaScript</p></noscript>");

        assertThat(page.dom.selectFirst("noscript").children()).isEmpty();
        assertThat(page.dom.selectFirst("noscript").wholeText()).isEqualTo("<p>no JavaScript</p>");
    }

    /** HTML §13.2.7 "the end": readiness becomes interactive, DOMContentLoaded, readiness becomes complete, load, as Chromium fires them. */
    @Test
    void theEndFiresReadyStateChangesAroundDomContentLoadedAndLoad() {
        PageRun page = PageRun.of("""
                <script>
                  function log(event) { console.log(event.type, document.readyState); }
                  document.addEventListener('readystatechange', log);
                  document.addEventListener('DOMContentLoaded', log);
                  window.addEventListener('load', log);
                  console.log('parsing', document.readyState);
                </script>""");

        assertThat(page.infos()).containsExactly("console.log: parsing loading", "console.log: readystatechange interactive",
                "console.log: DOMContentLoaded interactive", "console.log: readystatechange complete",
                "console.log: load complete");
    }
}
