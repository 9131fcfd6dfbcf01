package org.glassbox.css;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A rule set (CSS 2.1 §4.1.7): selectors and the declarations they apply, with where it was
 * written, for explaining the cascade.
 *
 * @param source the sheet's URL, or a name such as {@code <style> #1}
 * @param line the line the rule starts on, in the page for a {@code <style>}
 */
public record StyleRule(List<Selector> selectors, List<Declaration> declarations, String source, int line) {

    public StyleRule {
        selectors = List.copyOf(selectors);
        declarations = List.copyOf(declarations);
    }

    @Override
    public String toString() {
        String selectorText = selectors.stream().map(Selector::toString).collect(Collectors.joining(", "));
        String body = declarations.stream().map(d -> " " + d + ";").collect(Collectors.joining());
        return selectorText + " {" + body + " }";
    }
}
