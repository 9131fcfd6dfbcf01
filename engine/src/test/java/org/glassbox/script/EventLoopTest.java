package org.glassbox.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class EventLoopTest {

    @Test
    void timersRunInVirtualTimeOrderWithoutWaiting() {
        PageRun page = PageRun.of("""
                <p id=p>waiting</p>
                <script>
                  setTimeout(function (word) { document.getElementById('p').textContent = word; }, 2000, 'filled');
                  setTimeout("console.log('string handler at', performance.now())", 500);
                  setTimeout(function () { console.log('first, at 0'); });
                  console.log('script');
                </script>""");

        assertThat(page.html("p")).isEqualTo("filled");
        assertThat(page.infos()).containsExactly("console.log: script", "console.log: first, at 0",
                "console.log: string handler at 500");
        assertThat(page.details()).contains("task: timer 1 at 2000 ms", "task: timer 2 at 500 ms");
    }

    @Test
    void clearTimeoutAndAnIntervalThatStopsItself() {
        PageRun page = PageRun.of("""
                <script>
                  var cancelled = setTimeout(function () { console.log('never'); }, 10);
                  clearTimeout(cancelled);
                  var ticks = 0;
                  var interval = setInterval(function () {
                    ticks++;
                    if (ticks === 3) { clearInterval(interval); console.log('ticks', ticks, performance.now(), new Event('x').timeStamp); }
                  }, 100);
                </script>""");

        assertThat(page.infos()).containsExactly("console.log: ticks 3 300 300");
    }

    @Test
    void anEndlessIntervalIsStoppedByTheTimeBudgetWithOneLine() {
        PageRun page = PageRun.of("""
                <script>
                  var ticks = 0;
                  setInterval(function () { ticks++; document.body.setAttribute('data-ticks', ticks); }, 1000);
                </script>""");

        assertThat(page.dom.body().attr("data-ticks")).isEqualTo("10");
        assertThat(page.infos()).containsExactly(
                "event loop stopped at 10000 ms of virtual time: 1 task still waiting (such as timer 1) will not run");
    }

    @Test
    void aZeroDelayIntervalIsStoppedByTheTaskBudget() {
        PageRun page = PageRun.of("<script>setInterval(function () {}, 0);</script>");

        assertThat(page.infos()).singleElement().asString().startsWith("event loop stopped after 10000 tasks, at 0 ms");
    }

    @Test
    void promiseReactionsRunAfterTheScriptAndBeforeTheNextTask() {
        PageRun page = PageRun.of("""
                <script>
                  var order = [];
                  setTimeout(function () { order.push('timeout'); console.log(order.join(' ')); });
                  Promise.resolve().then(function () { order.push('promise'); });
                  queueMicrotask(function () { order.push('microtask'); });
                  order.push('script');
                </script>
                <script>order.push('second script');</script>""");

        assertThat(page.infos()).containsExactly("console.log: script promise microtask second script timeout");
    }

    @Test
    void animationFramesComeEvery16Milliseconds() {
        PageRun page = PageRun.of("""
                <script>
                  var times = [];
                  function frame(time) {
                    times.push(time);
                    if (times.length < 3) { requestAnimationFrame(frame); } else { console.log(times.join(' ')); }
                  }
                  requestAnimationFrame(frame);
                  cancelAnimationFrame(requestAnimationFrame(function () { console.log('cancelled'); }));
                  var later;
                  requestAnimationFrame(function () { cancelAnimationFrame(later); });
                  later = requestAnimationFrame(function () { console.log('cancelled in the same frame'); });
                </script>""");

        assertThat(page.infos()).containsExactly("console.log: 16 32 48");
    }

    @Test
    void anErrorInATimerIsReportedAndTheLoopGoesOn() {
        PageRun page = PageRun.of("""
                <script>
                  setTimeout(function () { missing(); }, 1);
                  setTimeout(function () { console.log('next timer'); }, 2);
                </script>""");

        assertThat(page.warnings()).containsExactly("file:///test/page.html:2: ReferenceError: \"missing\" is not defined.");
        assertThat(page.infos()).containsExactly("console.log: next timer");
    }

    @Test
    void aRejectedPromiseThatNobodyHandlesIsReported() {
        PageRun page = PageRun.of("""
                <script>
                  Promise.reject(new TypeError('nobody listens'));
                  Promise.reject(new Error('handled')).catch(function () {});
                </script>""");

        assertThat(page.warnings()).containsExactly("uncaught (in promise): TypeError: nobody listens");
    }

    @Test
    void aTaskThatUsesUpItsCpuBudgetEndsTheEventLoop() {
        PageRun page = PageRun.withBudget("""
                <script>
                  setInterval(function () { while (true) {} }, 10);
                </script>""", Duration.ofMillis(50));

        assertThat(page.warnings()).containsExactly("task stopped: ran longer than 50 ms; the page's event loop stops");
    }
}
