package org.glassbox.style;

import java.util.List;
import org.glassbox.css.CssValue;

/**
 * How deeply quotes nest at this point of the document (CSS 2.1 §12.3.2): each
 * {@code open-quote} and {@code no-open-quote} in tree order goes one level deeper, each
 * {@code close-quote} and {@code no-close-quote} one level back out; at the top, a close-quote
 * closes nothing and shows nothing.
 */
final class Quotes {

    /** Chromium's quotes for English, what the initial {@code auto} gives (CSS Generated Content 3 §3.1). */
    private static final List<String> AUTO = List.of("\u201C", "\u201D", "\u2018", "\u2019");

    private int depth;

    /** The quotes of a subtree that is not displayed, whose nesting is dropped with it. */
    Quotes copy() {
        Quotes copy = new Quotes();
        copy.depth = depth;
        return copy;
    }

    /**
     * The text of one quote keyword of {@code content}, such as {@code open-quote}, from the
     * pairs the {@code quotes} property gives; past the last pair the last one repeats.
     */
    String text(String keyword, CssValue quotes) {
        if (keyword.endsWith("open-quote")) {
            depth++;
            return keyword.equals("open-quote") ? quote(quotes, depth - 1, 0) : "";
        }
        if (depth == 0) {
            return "";
        }
        depth--;
        return keyword.equals("close-quote") ? quote(quotes, depth, 1) : "";
    }

    private static String quote(CssValue quotes, int level, int closing) {
        List<String> strings = quotes.is("auto") ? AUTO
                : quotes.components().stream().filter(CssValue.Text.class::isInstance).map(text -> ((CssValue.Text) text).value()).toList();
        if (strings.isEmpty()) {
            return "";
        }
        int pair = Math.min(level, strings.size() / 2 - 1);
        return strings.get(2 * pair + closing);
    }
}
