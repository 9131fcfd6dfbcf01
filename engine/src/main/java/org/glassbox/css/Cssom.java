package org.glassbox.css;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * The CSS object model of a page: its stylesheets in cascade order (the user-agent stylesheet
 * first, then the page's {@code <link>} and {@code <style>} sheets in document order) and the
 * declarations of every {@code style=""} attribute, in document order (jsoup elements compare
 * by identity, so they can key a map).
 */
public final class Cssom {

    private final List<Stylesheet> stylesheets;
    private final Map<Element, List<Declaration>> inlineStyles;

    public Cssom(List<Stylesheet> stylesheets, Map<Element, List<Declaration>> inlineStyles) {
        this.stylesheets = List.copyOf(stylesheets);
        this.inlineStyles = new LinkedHashMap<>(inlineStyles);
    }

    /** The stylesheets in cascade order. */
    public List<Stylesheet> stylesheets() {
        return stylesheets;
    }

    /** The declarations of {@code element}'s {@code style} attribute; empty if it has none. */
    public List<Declaration> inlineStyle(Element element) {
        return inlineStyles.getOrDefault(element, List.of());
    }

    /** One line for logs, such as {@code 3 stylesheets, 41 rules}. */
    public String summary() {
        int rules = stylesheets.stream().mapToInt(sheet -> sheet.rules().size()).sum();
        return stylesheets.size() + " stylesheets, " + rules + " rules, " + inlineStyles.size() + " style attributes";
    }

    /** Every stylesheet and its rules, one rule a line, then the style attributes. */
    public String dump() {
        StringBuilder out = new StringBuilder();
        for (Stylesheet sheet : stylesheets) {
            out.append("Stylesheet ").append(sheet.origin())
                    .append(' ').append(sheet.source()).append('\n');
            sheet.rules().forEach(rule -> out.append("  ").append(rule).append('\n'));
        }
        inlineStyles.forEach((element, declarations) -> out.append("style=\"\" on <")
                .append(element.normalName()).append(">: ").append(declarations).append('\n'));
        return out.toString();
    }
}
