package org.glassbox.style;

import java.util.List;
import java.util.Locale;
import org.glassbox.css.Declaration;
import org.glassbox.css.Origin;
import org.glassbox.css.Specificity;
import org.glassbox.html.DomPrinter;
import org.jsoup.nodes.Element;

/**
 * How the cascade chose one property's value for one element, as the Styles pane of browser
 * developer tools shows it: every declaration that applied, strongest first, with where it was
 * written; the winner, the ones it beat; and the computed value that came of it.
 *
 * @param computed the computed value, serialized as {@code getComputedStyle} does
 * @param inherited whether the property inherits, which decides where a missing value comes from
 */
public record CascadeExplanation(Element element, String property, List<Candidate> candidates, String computed,
        boolean inherited) {

    /**
     * A declaration that applied to the element.
     *
     * @param selector the most specific matching selector of its rule; empty for a style
     *     attribute or a presentational hint
     * @param source where it was written, such as {@code <style> #1, line 12}
     * @param valid whether the property accepts the value; a browser drops an invalid one
     */
    public record Candidate(Declaration declaration, String selector, String source, Origin origin,
            Specificity specificity, boolean valid) {}

    public CascadeExplanation {
        candidates = List.copyOf(candidates);
    }

    /**
     * Reads like:
     * <pre>
     * color of &lt;p#lead.note&gt; at /html[1]/body[1]/section[1]/p[1]
     *   wins   rgba(120, 20, 20, 0.9)   #lead   author, specificity (1,0,0)   &lt;style&gt; #1, line 13
     *   beaten hsl(30, 90%, 40%)        .note   author, specificity (0,1,0)   &lt;style&gt; #1, line 12
     *   computed value: rgba(120, 20, 20, 0.9)
     * </pre>
     */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(property + " of " + DomPrinter.label(element) + " at " + DomPrinter.path(element) + "\n");
        boolean won = false;
        for (Candidate candidate : candidates) {
            String verdict = !candidate.valid() ? "invalid" : won ? "beaten" : "wins";
            won |= candidate.valid();
            out.append(line(verdict, candidate));
        }
        if (!won) {
            out.append("  no declaration applies: ").append(inherited ? "inherited from the parent" : "the initial value").append('\n');
        }
        return out.append("  computed value: ").append(computed).append('\n').toString();
    }

    private static String line(String verdict, Candidate candidate) {
        Declaration declaration = candidate.declaration();
        String value = declaration.value() + (declaration.important() ? " !important" : "");
        String selector = candidate.selector().isEmpty() ? "" : candidate.selector();
        return String.format(Locale.ROOT, "  %-7s %-28s %-24s %-33s %s%n", verdict, value, selector,
                candidate.origin() + ", specificity " + candidate.specificity(), candidate.source());
    }
}
