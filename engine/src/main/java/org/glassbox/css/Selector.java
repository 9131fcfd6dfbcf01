package org.glassbox.css;

import java.util.List;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A complex selector (Selectors Level 3 §2): compound selectors joined by combinators, such as
 * {@code div.note > p}. The one selector engine of Glassbox: the cascade and
 * {@code querySelector} both match with it.
 *
 * <p>Matching goes from right to left, as in browsers: the rightmost compound is tested against
 * the element itself, and only then do the combinators walk up the tree. Most elements fail the
 * first test, so most of the tree is never walked.
 */
public final class Selector {

    /** How two compound selectors relate (Selectors Level 3 §8). */
    public enum Combinator {
        /** {@code A B}: B has an ancestor A. */
        DESCENDANT(" "),
        /** {@code A > B}: B's parent is A. */
        CHILD(" > ");

        private final String text;

        Combinator(String text) {
            this.text = text;
        }
    }

    /**
     * Simple selectors that must all match one element (Selectors Level 3 §4): a type selector
     * (null for the universal {@code *}), an optional id and any number of classes.
     */
    public record Compound(String tag, String id, List<String> classes) {

        public Compound {
            classes = List.copyOf(classes);
        }

        /** HTML type selectors ignore case; ids and classes do not (Selectors Level 3 §6.1, §6.4). */
        boolean matches(Element element) {
            return (tag == null || tag.equals(element.normalName()))
                    && (id == null || id.equals(element.id()))
                    && element.classNames().containsAll(classes);
        }

        Specificity specificity() {
            return new Specificity(id == null ? 0 : 1, classes.size(), tag == null ? 0 : 1);
        }

        @Override
        public String toString() {
            String text = (tag == null ? "" : tag) + (id == null ? "" : "#" + id)
                    + classes.stream().map(name -> "." + name).collect(Collectors.joining());
            return text.isEmpty() ? "*" : text;
        }
    }

    private final List<Compound> compounds;
    private final List<Combinator> combinators;
    private final Specificity specificity;

    /**
     * @param compounds left to right
     * @param combinators one fewer than compounds: {@code combinators.get(i)} joins compound
     *     {@code i} to compound {@code i + 1}
     */
    public Selector(List<Compound> compounds, List<Combinator> combinators) {
        if (compounds.isEmpty() || combinators.size() != compounds.size() - 1) {
            throw new IllegalArgumentException("a selector needs one combinator between each two compounds");
        }
        this.compounds = List.copyOf(compounds);
        this.combinators = List.copyOf(combinators);
        this.specificity = compounds.stream().map(Compound::specificity)
                .reduce(new Specificity(0, 0, 0), Specificity::plus);
    }

    /**
     * Parses a selector list such as {@code "h1, div.note > p"}, as {@code querySelector} takes it.
     *
     * @throws IllegalArgumentException if the text is not a selector list Glassbox supports
     */
    public static List<Selector> parseList(String text) {
        return SelectorReader.parseList(text);
    }

    /** Whether {@code element} is matched by this selector. */
    public boolean matches(Element element) {
        return matchesFrom(compounds.size() - 1, element);
    }

    /** Matches compounds {@code 0..index} with {@code element} standing for compound {@code index}. */
    private boolean matchesFrom(int index, Element element) {
        if (!compounds.get(index).matches(element)) {
            return false;
        }
        if (index == 0) {
            return true;
        }
        Element parent = parentElement(element);
        return switch (combinators.get(index - 1)) {
            case CHILD -> parent != null && matchesFrom(index - 1, parent);
            case DESCENDANT -> anyAncestorMatches(index - 1, parent);
        };
    }

    private boolean anyAncestorMatches(int index, Element ancestor) {
        for (Element candidate = ancestor; candidate != null; candidate = parentElement(candidate)) {
            if (matchesFrom(index, candidate)) {
                return true;
            }
        }
        return false;
    }

    /** jsoup makes the document itself an element; selectors must not see it. */
    private static Element parentElement(Element element) {
        Element parent = element.parent();
        return parent instanceof Document ? null : parent;
    }

    /** The sum of the compounds' specificities (CSS 2.1 §6.4.3). */
    public Specificity specificity() {
        return specificity;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(compounds.get(0).toString());
        for (int i = 0; i < combinators.size(); i++) {
            text.append(combinators.get(i).text).append(compounds.get(i + 1));
        }
        return text.toString();
    }
}
