package org.glassbox.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.glassbox.Engine;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * What the test pages that script themselves write into the page, against what Chromium writes
 * (read from the page with Playwright): their layouts alone could not tell, since a line of other
 * text is a block of the same size.
 */
class ScriptedPagesTest {

    private static final List<String> CHROMIUM = List.of("window: capture listener, phase 1",
            "document: capture listener, phase 1", "body: capture listener, phase 1", "outer: capture listener, phase 1",
            "middle: capture listener, phase 1", "inner: capture listener, phase 2", "inner: onclick attribute, phase 2",
            "inner: bubble listener, phase 2", "inner: a listener added with once", "middle: bubble listener, phase 3",
            "outer: bubble listener, phase 3", "body: bubble listener, phase 3", "document: bubble listener, phase 3",
            "window: bubble listener, phase 3", "second click", "window: capture listener, phase 1",
            "document: capture listener, phase 1", "body: capture listener, phase 1", "outer: capture listener, phase 1",
            "middle: capture listener, phase 1", "inner: capture listener, phase 2", "inner: onclick attribute, phase 2",
            "inner: bubble listener, phase 2", "middle: bubble listener, phase 3", "middle: stopPropagation");

    /** {@code event-order.html} lists the calls of its click listeners in the order they came. */
    @Test
    void theListenersAreCalledInChromiumsOrder() {
        try (Engine engine = Engine.builder().build()) {
            List<String> order = engine.load("testpages/event-order.html").dom().getElementById("log").children().stream()
                    .map(Element::text).toList();

            assertThat(order).containsExactlyElementsOf(CHROMIUM);
        }
    }

    @Test
    void theTimersFillThePageAsIn2SecondsOfChromium() {
        try (Engine engine = Engine.builder().build()) {
            var dom = engine.load("testpages/timers.html").dom();

            assertThat(dom.getElementById("status").text()).isEqualTo("Filled in by a timer after 2000 ms.");
            assertThat(dom.getElementById("ticks").children()).hasSize(4);
        }
    }
}
