package org.glassbox.style;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.glassbox.css.Cssom;
import org.glassbox.css.CssValue;
import org.glassbox.css.Declaration;
import org.glassbox.css.Origin;
import org.glassbox.css.Selector;
import org.glassbox.css.Selector.PseudoElement;
import org.glassbox.css.Specificity;
import org.glassbox.css.StyleRule;
import org.jsoup.nodes.Element;

/**
 * The cascade (CSS 2.1 §6.4.1): finds every declaration that applies to an element, sorts
 * them by importance and origin, then specificity, then order, and keeps the last, strongest
 * one for each property. One cascade serves one CSSOM: it files the rules once ({@link RuleIndex})
 * and tries on each element only those that could match it.
 */
final class Cascade {

    /**
     * A declaration that applies to the element, with everything the sort needs to know, and
     * where it came from: a selector and where it was written, or the style attribute.
     */
    private record Matched(Declaration declaration, int weight, boolean styleAttribute, Specificity specificity, int order,
            Origin origin, String selector, String source) {

        /** CSS 2.1 §6.4.2: !important author rules beat normal ones, and author beats user agent. */
        static int weightOf(Origin origin, boolean important) {
            int base = origin == Origin.USER_AGENT ? 0 : 1;
            return important ? 3 - base : base;
        }
    }

    private static final Comparator<Matched> PRECEDENCE = Comparator.comparingInt(Matched::weight)
            .thenComparing(Matched::styleAttribute)
            .thenComparing(Matched::specificity)
            .thenComparingInt(Matched::order);

    private final Cssom cssom;
    private final RuleIndex rules;

    Cascade(Cssom cssom) {
        this.cssom = cssom;
        this.rules = new RuleIndex(cssom);
    }

    /**
     * The winning value of each property and custom property set for {@code element}; unset
     * properties are absent. A declaration of an unknown property, or with a value its property
     * does not accept, is dropped here, so an earlier valid one wins (CSS 2.1 §4.2).
     */
    CascadedValues cascadedValues(Element element) {
        return cascade(matchedDeclarations(element, null));
    }

    /**
     * The cascaded values of a pseudo-element of {@code element}, such as its {@code ::before}:
     * only rules whose selectors end in it apply (CSS 2.1 §12.1).
     */
    CascadedValues cascadedValues(Element element, PseudoElement pseudoElement) {
        return cascade(matchedDeclarations(element, pseudoElement));
    }

    private static CascadedValues cascade(List<Matched> matched) {
        matched.sort(PRECEDENCE);
        Map<Property, CssValue> cascaded = new EnumMap<>(Property.class);
        Map<String, CssValue> custom = new HashMap<>();
        for (Matched m : matched) {
            Declaration declaration = m.declaration();
            if (CustomProperties.isCustom(declaration.property())) {
                custom.put(declaration.property(), declaration.value());
            } else {
                Property.named(declaration.property()).filter(property -> property.accepts(declaration.value()))
                        .ifPresent(property -> cascaded.put(property, declaration.value()));
            }
        }
        return new CascadedValues(cascaded, custom);
    }

    /** The declarations that apply to {@code element}, or to its {@code pseudoElement} if that is not null. */
    private List<Matched> matchedDeclarations(Element element, PseudoElement pseudoElement) {
        List<Matched> matched = new ArrayList<>();
        if (pseudoElement == null) {
            // HTML §15.1: presentational hints are author declarations that precede every author rule.
            add(matched, cssom.presentationalHints(element), Origin.AUTHOR, false, new Specificity(0, 0, 0),
                    "", "presentational hint of <" + element.normalName() + ">");
        }
        for (RuleIndex.Entry entry : rules.candidates(element)) {
            StyleRule rule = entry.rule();
            Selector selector = mostSpecificMatching(rule, element, pseudoElement);
            if (selector != null) {
                add(matched, rule.declarations(), entry.sheet().origin(), false, selector.specificity(),
                        selector.toString(), rule.source() + ", line " + rule.line());
            }
        }
        if (pseudoElement == null) {
            // CSS 2.1 §6.4.3: a style attribute is more specific than any selector.
            add(matched, cssom.inlineStyle(element), Origin.AUTHOR, true, new Specificity(0, 0, 0), "", "style attribute");
        }
        return matched;
    }

    /** The most specific selector of the rule that matches, whose specificity the rule takes; null if none matches. */
    private static Selector mostSpecificMatching(StyleRule rule, Element element, PseudoElement pseudoElement) {
        Selector highest = null;
        for (Selector selector : rule.selectors()) {
            boolean matches = pseudoElement == null ? selector.matches(element) : selector.matches(element, pseudoElement);
            if (matches && (highest == null || selector.specificity().compareTo(highest.specificity()) > 0)) {
                highest = selector;
            }
        }
        return highest;
    }

    private static void add(List<Matched> matched, List<Declaration> declarations, Origin origin,
            boolean styleAttribute, Specificity specificity, String selector, String source) {
        for (Declaration declaration : declarations) {
            int weight = Matched.weightOf(origin, declaration.important());
            matched.add(new Matched(declaration, weight, styleAttribute, specificity, matched.size(), origin, selector, source));
        }
    }

    /**
     * Every declaration of {@code property} that applies to {@code element}, strongest first,
     * each marked with whether its property accepts its value: the first valid one is the winner.
     */
    List<CascadeExplanation.Candidate> candidates(Element element, String property) {
        List<Matched> matched = matchedDeclarations(element, null);
        matched.sort(PRECEDENCE.reversed());
        List<CascadeExplanation.Candidate> candidates = new ArrayList<>();
        for (Matched m : matched) {
            Declaration declaration = m.declaration();
            if (declaration.property().equals(property)) {
                boolean valid = CustomProperties.isCustom(property)
                        || Property.named(property).filter(known -> known.accepts(declaration.value())).isPresent();
                candidates.add(new CascadeExplanation.Candidate(declaration, m.selector(), m.source(), m.origin(), m.specificity(), valid));
            }
        }
        return candidates;
    }
}
