package org.glassbox.css;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * The CSS object model of a page: everything that can style its elements, in cascade order.
 *
 * <ol>
 *   <li>the stylesheets: the user-agent stylesheet first, then the page's {@code <link>} and
 *       {@code <style>} sheets in document order, each just after the sheets it imports;
 *   <li>the presentational hints of legacy attributes such as {@code bgcolor} (HTML §15.3),
 *       which count as author declarations of specificity zero placed before every author rule
 *       (HTML §15.1);
 *   <li>the declarations of each {@code style=""} attribute.
 * </ol>
 *
 * Hints and style attributes are kept per element in document order (jsoup elements compare by
 * identity, so they can key a map).
 */
public final class Cssom {

    private final List<Stylesheet> stylesheets;
    private final Map<Element, List<Declaration>> presentationalHints;
    private final Map<Element, List<Declaration>> inlineStyles;
    private final boolean styledPseudoElements;

    /**
     * @param stylesheets in cascade order
     * @param presentationalHints each element's hints, as longhand declarations
     * @param inlineStyles each element's {@code style} attribute, as longhand declarations
     */
    public Cssom(List<Stylesheet> stylesheets, Map<Element, List<Declaration>> presentationalHints,
            Map<Element, List<Declaration>> inlineStyles) {
        this.stylesheets = List.copyOf(stylesheets);
        this.presentationalHints = new LinkedHashMap<>(presentationalHints);
        this.inlineStyles = new LinkedHashMap<>(inlineStyles);
        this.styledPseudoElements = this.stylesheets.stream().flatMap(sheet -> sheet.rules().stream())
                .flatMap(rule -> rule.selectors().stream()).anyMatch(selector -> selector.pseudoElement().isPresent());
    }

    /** Whether any rule styles a pseudo-element such as {@code ::before}; if none does, none need a cascade. */
    public boolean stylesPseudoElements() {
        return styledPseudoElements;
    }

    /** The stylesheets in cascade order. */
    public List<Stylesheet> stylesheets() {
        return stylesheets;
    }

    /**
     * The presentational hints of {@code element}'s attributes (HTML §15.3), as longhand
     * declarations in attribute order, none of them important; empty if it has none. The cascade
     * treats them as author declarations with specificity zero that come before every author
     * rule, so any author rule that sets the same property wins over them.
     */
    public List<Declaration> presentationalHints(Element element) {
        return presentationalHints.getOrDefault(element, List.of());
    }

    /** The declarations of {@code element}'s {@code style} attribute; empty if it has none. */
    public List<Declaration> inlineStyle(Element element) {
        return inlineStyles.getOrDefault(element, List.of());
    }

    /** One line for logs, such as {@code 3 stylesheets, 41 rules, 1 style attribute, 2 elements with hints}. */
    public String summary() {
        int rules = stylesheets.stream().mapToInt(sheet -> sheet.rules().size()).sum();
        return stylesheets.size() + " stylesheets, " + rules + " rules, " + inlineStyles.size() + " style attributes, "
                + presentationalHints.size() + " elements with presentational hints";
    }

    /**
     * Every stylesheet with its origin, source and media, then its imports, its rules with the
     * specificity of their selectors, and its syntax errors; then the presentational hints and
     * the style attributes, one element a line.
     */
    public String dump() {
        StringBuilder out = new StringBuilder();
        stylesheets.forEach(sheet -> dump(sheet, out));
        presentationalHints.forEach((element, declarations) -> out.append("presentational hints on <")
                .append(element.normalName()).append(">: ").append(declarations).append('\n'));
        inlineStyles.forEach((element, declarations) -> out.append("style=\"\" on <")
                .append(element.normalName()).append(">: ").append(declarations).append('\n'));
        return out.toString();
    }

    private static void dump(Stylesheet sheet, StringBuilder out) {
        String media = sheet.media().toString();
        out.append("Stylesheet ").append(sheet.origin()).append(' ').append(sheet.source())
                .append(media.isEmpty() ? "" : " media=\"" + media + "\"").append('\n');
        sheet.imports().forEach(rule -> out.append("  ").append(rule).append('\n'));
        sheet.rules().forEach(rule -> out.append("  ").append(rule).append("  /* ").append(specificity(rule)).append(" */\n"));
        sheet.errors().forEach(error -> out.append("  error ").append(error).append('\n'));
    }

    /** The specificity of each selector of the rule, or just one when they all have the same. */
    private static String specificity(StyleRule rule) {
        List<String> each = rule.selectors().stream().map(selector -> selector.specificity().toString()).toList();
        return "specificity " + (each.stream().distinct().count() == 1 ? each.get(0) : String.join(", ", each));
    }
}
