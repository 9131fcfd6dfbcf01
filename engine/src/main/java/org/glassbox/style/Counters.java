package org.glassbox.style;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.BiConsumer;
import org.glassbox.css.CssValue;
import org.glassbox.css.CssValue.Keyword;
import org.glassbox.css.CssValue.Number;

/**
 * The counters in scope as the style phase walks the document in tree order (CSS 2.1 §12.4.1).
 * A {@code counter-reset} on an element creates a counter whose scope is the element, its
 * descendants and its following siblings with their descendants: so a counter lives until its
 * element's parent ends. A reset of a name a preceding sibling created starts that counter again
 * instead of nesting a new one (CSS Lists 3 §4.4), so only an element's descendants nest counters.
 */
final class Counters {

    /** One counter: a name, and the value that resets and increments change. */
    private static final class Counter {
        private final String name;
        private int value;

        Counter(String name, int value) {
            this.name = name;
            this.value = value;
        }
    }

    /** The counters in scope, outermost first. */
    private final List<Counter> inScope = new ArrayList<>();

    /** For each element whose children are being styled, how many counters were in scope before them. */
    private final Deque<Integer> childrenStart = new ArrayDeque<>(List.of(0));

    /**
     * The counters of a subtree that is not displayed: CSS 2.1 §12.4.3, an element with
     * {@code display: none} neither resets nor increments a counter, and neither do its
     * descendants; their changes go to this copy, which is dropped.
     */
    Counters copy() {
        Counters copy = new Counters();
        inScope.forEach(counter -> copy.inScope.add(new Counter(counter.name, counter.value)));
        copy.childrenStart.push(copy.inScope.size());
        return copy;
    }

    /** CSS 2.1 §12.4: an element's {@code counter-reset} applies first, then its {@code counter-increment}. */
    void update(ComputedStyle style) {
        forEachChange(style.get(Property.COUNTER_RESET), 0, this::reset);
        forEachChange(style.get(Property.COUNTER_INCREMENT), 1, this::increment);
    }

    /** The children of the element last updated begin: the counters they create are theirs. */
    void enterChildren() {
        childrenStart.push(inScope.size());
    }

    /** The element's children end, and with them the scope of the counters they created. */
    void leaveChildren() {
        inScope.subList(childrenStart.pop(), inScope.size()).clear();
    }

    /** The value of the innermost counter {@code name}; CSS 2.1 §12.4.1: a counter not in scope is reset to 0 here. */
    int value(String name) {
        return innermost(name).value;
    }

    /** The values of every counter {@code name} in scope, outermost first, for {@code counters()}. */
    List<Integer> values(String name) {
        innermost(name);
        return inScope.stream().filter(counter -> counter.name.equals(name)).map(counter -> counter.value).toList();
    }

    /** The names in a {@code counter-reset} or {@code counter-increment} value, each with its integer or {@code otherwise}. */
    private static void forEachChange(CssValue value, int otherwise, BiConsumer<String, Integer> change) {
        List<CssValue> parts = value.components();
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i) instanceof Keyword name && !name.is("none")) {
                boolean numbered = i + 1 < parts.size() && parts.get(i + 1) instanceof Number;
                change.accept(name.written(), numbered ? (int) ((Number) parts.get(i + 1)).value() : otherwise);
            }
        }
    }

    private void reset(String name, int value) {
        for (Counter counter : inScope.subList(childrenStart.peek(), inScope.size())) {
            if (counter.name.equals(name)) {
                counter.value = value;
                return;
            }
        }
        inScope.add(new Counter(name, value));
    }

    private void increment(String name, int by) {
        innermost(name).value += by;
    }

    /** CSS 2.1 §12.4.1: a counter used where none is in scope is reset to 0 on the element using it. */
    private Counter innermost(String name) {
        for (int i = inScope.size() - 1; i >= 0; i--) {
            if (inScope.get(i).name.equals(name)) {
                return inScope.get(i);
            }
        }
        reset(name, 0);
        return innermost(name);
    }
}
