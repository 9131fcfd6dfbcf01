package org.glassbox.css;

import java.util.List;
import java.util.stream.Collectors;

/** A rule set (CSS 2.1 §4.1.7): selectors and the declarations they apply. */
public record StyleRule(List<Selector> selectors, List<Declaration> declarations) {

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
