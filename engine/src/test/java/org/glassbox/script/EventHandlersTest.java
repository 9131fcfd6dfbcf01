package org.glassbox.script;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EventHandlersTest {

    @Test
    void anAttributeIsAFunctionOfEventWithTheElementAsThis() {
        PageRun page = PageRun.of("""
                <button id=b onclick="console.log(event.type, this.getAttribute('id'), typeof getAttribute, typeof getElementById)">go</button>
                <script>document.getElementById('b').click();</script>""");

        // Names are looked up in the element, then the document, then the window.
        assertThat(page.infos()).containsExactly("console.log: click b function function");
    }

    @Test
    void returningFalseCancelsTheEvent() {
        PageRun page = PageRun.of("""
                <p id=p onclick="return false">x</p>
                <script>
                  var p = document.getElementById('p');
                  var event = new Event('click', {cancelable: true});
                  console.log(p.dispatchEvent(event), event.defaultPrevented);
                </script>""");

        assertThat(page.infos()).containsExactly("console.log: false true");
    }

    @Test
    void theHandlerRunsBeforeListenersAndAScriptMayReplaceIt() {
        PageRun page = PageRun.of("""
                <p id=p onclick="console.log('attribute')">x</p>
                <script>
                  var p = document.getElementById('p');
                  p.addEventListener('click', function () { console.log('listener'); });
                  p.click();
                  console.log(typeof p.onclick, p.onkeydown);
                  p.onclick = function (e) { console.log('property', e.target === p); };
                  p.click();
                  window.onload = function () { console.log('window load'); };
                </script>""");

        assertThat(page.infos()).containsExactly("console.log: attribute", "console.log: listener",
                "console.log: function null", "console.log: property true", "console.log: listener",
                "console.log: window load");
    }

    @Test
    void theBodysOnloadIsTheWindowsAndRunsAfterTheScripts() {
        PageRun page = PageRun.of("""
                <body onload="console.log('load', event.target === window, this === window)">
                <script>
                  window.addEventListener('load', function () { console.log('listener'); });
                  console.log('script');
                </script>""");

        assertThat(page.infos()).containsExactly("console.log: script", "console.log: load true true",
                "console.log: listener");
    }

    @Test
    void domContentLoadedBubblesFromTheDocumentToTheWindowBeforeLoad() {
        PageRun page = PageRun.of("""
                <script>
                  document.addEventListener('DOMContentLoaded', function (e) { console.log('document', e.bubbles, e.target === document); });
                  window.addEventListener('DOMContentLoaded', function () { console.log('window'); });
                  window.addEventListener('load', function () { console.log('load'); });
                </script>""");

        assertThat(page.infos()).containsExactly("console.log: document true true", "console.log: window",
                "console.log: load");
    }

    @Test
    void aHandlerThatDoesNotCompileIsReportedOnce() {
        PageRun page = PageRun.of("""
                <p id=p onclick="var = 1">x</p>
                <script>document.getElementById('p').click(); console.log('after');</script>""");

        assertThat(page.warnings()).singleElement().asString().matches("file:///test/page\\.html:1:\\d+: SyntaxError: .+");
        assertThat(page.infos()).containsExactly("console.log: after");
    }
}
