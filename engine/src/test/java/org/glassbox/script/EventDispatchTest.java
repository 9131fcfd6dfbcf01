package org.glassbox.script;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EventDispatchTest {

    @Test
    void captureListenersRunTopDownThenTheTargetThenBubbleListenersBottomUp() {
        PageRun page = PageRun.of("""
                <div id=outer><p id=inner><b id=target>x</b></p></div>
                <script>
                  var order = [];
                  function listen(target, name) {
                    target.addEventListener('ping', function (e) { order.push(name + ' capture ' + e.eventPhase); }, true);
                    target.addEventListener('ping', function (e) { order.push(name + ' bubble ' + e.eventPhase); });
                  }
                  listen(window, 'window');
                  listen(document, 'document');
                  listen(document.getElementById('outer'), 'outer');
                  listen(document.getElementById('inner'), 'inner');
                  listen(document.getElementById('target'), 'target');
                  document.getElementById('target').dispatchEvent(new Event('ping', {bubbles: true}));
                  console.log(order.join(', '));
                </script>""");

        assertThat(page.infos()).containsExactly("console.log: window capture 1, document capture 1, outer capture 1,"
                + " inner capture 1, target capture 2, target bubble 2, inner bubble 3, outer bubble 3,"
                + " document bubble 3, window bubble 3");
        assertThat(page.warnings()).isEmpty();
    }

    @Test
    void anEventThatDoesNotBubbleStopsAtItsTargetAfterCapturing() {
        PageRun page = PageRun.of("""
                <p id=p>x</p>
                <script>
                  var order = [];
                  document.body.addEventListener('ping', function () { order.push('body capture'); }, {capture: true});
                  document.body.addEventListener('ping', function () { order.push('body bubble'); });
                  var p = document.getElementById('p');
                  p.addEventListener('ping', function (e) { order.push('target ' + (e.target === p) + ' ' + (e.currentTarget === p)); });
                  var event = new Event('ping');
                  console.log(p.dispatchEvent(event), order.join(', '), event.eventPhase, event.currentTarget);
                </script>""");

        assertThat(page.infos()).containsExactly("console.log: true body capture, target true true 0 null");
    }

    @Test
    void stopPropagationEndsTheJourneyAfterTheCurrentTarget() {
        PageRun page = PageRun.of("""
                <div id=d><p id=p>x</p></div>
                <script>
                  var order = [];
                  var p = document.getElementById('p');
                  p.addEventListener('ping', function (e) { order.push('first'); e.stopPropagation(); });
                  p.addEventListener('ping', function () { order.push('second'); });
                  document.getElementById('d').addEventListener('ping', function () { order.push('parent'); });
                  p.dispatchEvent(new Event('ping', {bubbles: true}));
                  p.addEventListener('pong', function (e) { order.push('only'); e.stopImmediatePropagation(); });
                  p.addEventListener('pong', function () { order.push('never'); });
                  p.dispatchEvent(new Event('pong', {bubbles: true}));
                  console.log(order.join(' '));
                </script>""");

        assertThat(page.infos()).containsExactly("console.log: first second only");
    }

    @Test
    void preventDefaultCancelsOnlyACancelableEvent() {
        PageRun page = PageRun.of("""
                <script>
                  var target = new EventTarget();
                  target.addEventListener('x', function (e) { e.preventDefault(); });
                  var cancelable = new Event('x', {cancelable: true}), plain = new Event('x');
                  console.log(target.dispatchEvent(cancelable), cancelable.defaultPrevented,
                      target.dispatchEvent(plain), plain.defaultPrevented);
                </script>""");

        assertThat(page.infos()).containsExactly("console.log: false true true false");
    }

    @Test
    void onceRemovalAndDuplicates() {
        PageRun page = PageRun.of("""
                <script>
                  var calls = [];
                  function count(e) { calls.push(e.type); }
                  window.addEventListener('a', count, {once: true});
                  window.addEventListener('b', count);
                  window.addEventListener('b', count);
                  window.addEventListener('c', count, true);
                  window.removeEventListener('c', count);
                  window.dispatchEvent(new Event('a'));
                  window.dispatchEvent(new Event('a'));
                  window.dispatchEvent(new Event('b'));
                  window.dispatchEvent(new Event('c'));
                  window.removeEventListener('c', count, {capture: true});
                  window.dispatchEvent(new Event('c'));
                  console.log(calls.join(' '));
                </script>""");

        assertThat(page.infos()).containsExactly("console.log: a b c");
    }

    @Test
    void aListenerAddedDuringDispatchWaitsForTheNextOne() {
        PageRun page = PageRun.of("""
                <script>
                  var calls = 0;
                  window.addEventListener('x', function () {
                    window.addEventListener('x', function () { calls += 10; });
                    calls += 1;
                  }, {once: true});
                  window.dispatchEvent(new Event('x'));
                  console.log(calls);
                  window.dispatchEvent(new Event('x'));
                  console.log(calls);
                </script>""");

        assertThat(page.infos()).containsExactly("console.log: 1", "console.log: 11");
    }

    @Test
    void anExceptionInAListenerIsReportedAndTheNextListenerRuns() {
        PageRun page = PageRun.of("""
                <script>
                  window.addEventListener('x', function () { throw new Error('broken'); });
                  window.addEventListener('x', { handleEvent: function (e) { console.log('object listener', this !== window); } });
                  console.log(window.dispatchEvent(new Event('x')));
                </script>""");

        assertThat(page.warnings()).singleElement().asString()
                .isEqualTo("file:///test/page.html:2: Error: broken\n    at file:///test/page.html:2\n    at file:///test/page.html:4");
        assertThat(page.infos()).containsExactly("console.log: object listener true", "console.log: true");
    }

    @Test
    void customEventCarriesDetailAndEventsKnowTheirPhases() {
        PageRun page = PageRun.of("""
                <script>
                  var event = new CustomEvent('saved', {detail: {id: 3}, bubbles: true});
                  console.log(event.type, event.detail.id, event.bubbles, event.cancelable, event instanceof Event,
                      Event.CAPTURING_PHASE, Event.AT_TARGET, event.BUBBLING_PHASE, event.isTrusted, typeof event.timeStamp);
                  console.log(new CustomEvent('x').detail, document instanceof EventTarget, window instanceof EventTarget);
                </script>""");

        assertThat(page.infos()).containsExactly("console.log: saved 3 true false true 1 2 3 false number",
                "console.log: null true true");
    }
}
