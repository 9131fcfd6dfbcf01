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
import org.glassbox.css.Specificity;
import org.glassbox.css.StyleRule;
import org.glassbox.css.Stylesheet;
import org.jsoup.nodes.Element;

/**
 * The cascade (CSS 2.1 §6.4.1): finds every declaration that applies to an element, sorts
 * them by importance and origin, then specificity, then order, and keeps the last, strongest
 * one for each property.
 */
final class Cascade {

    /** A declaration that applies to the element, with everything the sort needs to know. */
    private record Matched(Declaration declaration, int weight, boolean styleAttribute, Specificity specificity, int order) {

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

    private Cascade() {}

    /**
     * The winning value of each property and custom property set for {@code element}; unset
     * properties are absent. A declaration of an unknown property, or with a value its property
     * does not accept, is dropped here, so an earlier valid one wins (CSS 2.1 §4.2).
     */
    static CascadedValues cascadedValues(Element element, Cssom cssom) {
        List<Matched> matched = matchedDeclarations(element, cssom);
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

    private static List<Matched> matchedDeclarations(Element element, Cssom cssom) {
        List<Matched> matched = new ArrayList<>();
        // HTML §15.1: presentational hints are author declarations that precede every author rule.
        add(matched, cssom.presentationalHints(element), Origin.AUTHOR, false, new Specificity(0, 0, 0));
        for (Stylesheet sheet : cssom.stylesheets()) {
            for (StyleRule rule : sheet.rules()) {
                Specificity specificity = highestMatching(rule, element);
                if (specificity != null) {
                    add(matched, rule.declarations(), sheet.origin(), false, specificity);
                }
            }
        }
        // CSS 2.1 §6.4.3: a style attribute is more specific than any selector.
        add(matched, cssom.inlineStyle(element), Origin.AUTHOR, true, new Specificity(0, 0, 0));
        return matched;
    }

    /** The specificity of the most specific selector of the rule that matches, or null if none does. */
    private static Specificity highestMatching(StyleRule rule, Element element) {
        Specificity highest = null;
        for (Selector selector : rule.selectors()) {
            if (selector.matches(element) && (highest == null || selector.specificity().compareTo(highest) > 0)) {
                highest = selector.specificity();
            }
        }
        return highest;
    }

    private static void add(List<Matched> matched, List<Declaration> declarations, Origin origin,
            boolean styleAttribute, Specificity specificity) {
        for (Declaration declaration : declarations) {
            int weight = Matched.weightOf(origin, declaration.important());
            matched.add(new Matched(declaration, weight, styleAttribute, specificity, matched.size()));
        }
    }
}
