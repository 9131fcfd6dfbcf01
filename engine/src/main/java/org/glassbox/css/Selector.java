package org.glassbox.css;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A complex selector (Selectors Level 3 §2): compound selectors joined by combinators, such as
 * {@code ul > li:nth-child(2n+1)}, perhaps ending in a pseudo-element such as {@code ::before}.
 * The one selector engine of Glassbox: the cascade and {@code querySelector} both match with it.
 *
 * <p>Matching goes from right to left, as in browsers: the rightmost compound is tested against
 * the element itself, and only if it passes do the combinators walk up the tree or back along
 * the siblings. Most elements fail that first, cheap test, so most of the tree is never walked.
 */
public final class Selector {

    /** How two compound selectors relate (Selectors Level 3 §8). */
    enum Combinator {
        /** {@code A B}: B has an ancestor A (§8.1). */
        DESCENDANT(" "),
        /** {@code A > B}: B's parent is A (§8.2). */
        CHILD(" > "),
        /** {@code A + B}: A is the element sibling just before B (§8.3.1). */
        NEXT_SIBLING(" + "),
        /** {@code A ~ B}: A is an element sibling somewhere before B (§8.3.2). */
        SUBSEQUENT_SIBLING(" ~ ");

        private final String text;

        Combinator(String text) {
            this.text = text;
        }
    }

    /**
     * The pseudo-elements of Selectors Level 3 §7: parts of an element that are not elements.
     * {@code ::before} and {@code ::after} (§7.4) are boxes the element generates, styled by
     * the rules whose selectors end in them.
     */
    public enum PseudoElement {
        /** {@code ::first-line} (§7.1). */
        FIRST_LINE,
        /** {@code ::first-letter} (§7.2). */
        FIRST_LETTER,
        /** {@code ::before}: generated content before the element's own (§7.4). */
        BEFORE,
        /** {@code ::after}: generated content after the element's own (§7.4). */
        AFTER;

        /** The pseudo-element a name such as {@code before} stands for, in any case. */
        static Optional<PseudoElement> named(String name) {
            String wanted = name.toLowerCase(Locale.ROOT);
            return Arrays.stream(values()).filter(pseudo -> pseudo.cssName().equals(wanted)).findFirst();
        }

        private String cssName() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** In CSS syntax, with the two colons of Selectors Level 3, such as {@code ::before}. */
        @Override
        public String toString() {
            return "::" + cssName();
        }
    }

    /**
     * Simple selectors that must all match one element (Selectors Level 3 §4), in the order
     * written. Empty only for a bare pseudo-element such as {@code ::before}, where the
     * universal selector is implied.
     */
    record Compound(List<SimpleSelector> parts) {

        Compound {
            parts = List.copyOf(parts);
        }

        boolean matches(Element element) {
            for (SimpleSelector part : parts) {
                if (!part.matches(element)) {
                    return false;
                }
            }
            return true;
        }

        Specificity specificity() {
            return parts.stream().map(SimpleSelector::specificity).reduce(Specificity.ZERO, Specificity::plus);
        }

        @Override
        public String toString() {
            return parts.stream().map(SimpleSelector::toString).collect(Collectors.joining());
        }
    }

    private final List<Compound> compounds;
    private final List<Combinator> combinators;
    private final Optional<PseudoElement> pseudoElement;
    private final Specificity specificity;

    /**
     * @param compounds left to right
     * @param combinators one fewer than compounds: {@code combinators.get(i)} joins compound
     *     {@code i} to compound {@code i + 1}
     * @param pseudoElement the pseudo-element the selector ends in, if any
     */
    Selector(List<Compound> compounds, List<Combinator> combinators, Optional<PseudoElement> pseudoElement) {
        if (compounds.isEmpty() || combinators.size() != compounds.size() - 1) {
            throw new IllegalArgumentException("a selector needs one combinator between each two compounds");
        }
        this.compounds = List.copyOf(compounds);
        this.combinators = List.copyOf(combinators);
        this.pseudoElement = pseudoElement;
        this.specificity = compounds.stream().map(Compound::specificity)
                .reduce(pseudoElement.isPresent() ? Specificity.TYPE : Specificity.ZERO, Specificity::plus);
    }

    /**
     * Parses a selector list such as {@code "h1, div.note > p"}, as {@code querySelector} takes
     * it. A pseudo-class or pseudo-element Glassbox does not know, such as {@code :hover}, is no
     * error: its selector matches nothing.
     *
     * @throws IllegalArgumentException if the text is not a valid selector list
     */
    public static List<Selector> parseList(String text) {
        return SelectorReader.parseList(text);
    }

    /**
     * Whether this selector matches {@code element} itself. Never true for a selector ending in
     * a pseudo-element: {@code p::before} styles a box {@code <p>} generates, not the {@code <p>}.
     */
    public boolean matches(Element element) {
        return pseudoElement.isEmpty() && matchesFromTheRight(element);
    }

    /**
     * Whether this selector ends in {@code pseudoElement} and matches its originating
     * {@code element}: {@code p::before} matches {@code (<p>, BEFORE)}.
     */
    public boolean matches(Element element, PseudoElement pseudoElement) {
        return this.pseudoElement.equals(Optional.of(pseudoElement)) && matchesFromTheRight(element);
    }

    /** The pseudo-element this selector ends in, if any. */
    public Optional<PseudoElement> pseudoElement() {
        return pseudoElement;
    }

    /**
     * How an attempt to match ended. A failure can say more than "no": that no earlier sibling,
     * or no ancestor either, can match the rest of the selector, so the search stops instead of
     * retrying each candidate — without this, {@code a b c d} would try every ancestor again
     * for every ancestor. This is WebKit's SelectorChecker; the constants run from the weakest
     * failure to the strongest.
     */
    private enum Match {
        MATCHES,
        /** This element fails; another candidate may not. */
        FAILS_LOCALLY,
        /** No earlier sibling can match either, though a candidate elsewhere in the tree may. */
        FAILS_ALL_SIBLINGS,
        /** No ancestor, and no earlier sibling of one, can match either. */
        FAILS_COMPLETELY
    }

    private boolean matchesFromTheRight(Element element) {
        return matchFrom(compounds.size() - 1, element) == Match.MATCHES;
    }

    /** Matches compounds {@code 0..index} with {@code element} standing for compound {@code index}. */
    private Match matchFrom(int index, Element element) {
        if (!compounds.get(index).matches(element)) {
            return Match.FAILS_LOCALLY;
        }
        if (index == 0) {
            return Match.MATCHES;
        }
        return switch (combinators.get(index - 1)) {
            case CHILD -> matchAt(index - 1, parentElement(element), Match.FAILS_COMPLETELY);
            case NEXT_SIBLING -> matchAt(index - 1, element.previousElementSibling(), Match.FAILS_ALL_SIBLINGS);
            case DESCENDANT -> matchAny(index - 1, parentElement(element), Selector::parentElement, Match.FAILS_COMPLETELY);
            case SUBSEQUENT_SIBLING -> matchAny(index - 1, element.previousElementSibling(),
                    Element::previousElementSibling, Match.FAILS_ALL_SIBLINGS);
        };
    }

    /** Matches the one candidate a combinator allows; if there is none, fails with {@code whenMissing}. */
    private Match matchAt(int index, Element candidate, Match whenMissing) {
        return candidate == null ? whenMissing : matchFrom(index, candidate);
    }

    /**
     * Tries {@code first} and each element {@code next} leads to, stopping at a match or at a
     * failure that dooms the candidates still to come; fails with {@code whenExhausted} when none is left.
     */
    private Match matchAny(int index, Element first, UnaryOperator<Element> next, Match whenExhausted) {
        for (Element candidate = first; candidate != null; candidate = next.apply(candidate)) {
            Match match = matchFrom(index, candidate);
            if (match == Match.MATCHES || match.compareTo(whenExhausted) >= 0) {
                return match;
            }
        }
        return whenExhausted;
    }

    /** jsoup makes the document itself an element; selectors must not see it. */
    private static Element parentElement(Element element) {
        Element parent = element.parent();
        return parent instanceof Document ? null : parent;
    }

    /**
     * The id the rightmost compound names, if it names one. The element itself must have it for
     * the selector to match, so the cascade's rule index (the "rule hash" of browsers) can file
     * the selector under it and never try it on other elements; likewise a class and the type.
     */
    public Optional<String> subjectId() {
        return subjectPart(SimpleSelector.Id.class).map(SimpleSelector.Id::name);
    }

    /** The classes of an element as class selectors see them: its {@code class} attribute's words (Selectors 3 §6.4). */
    public static List<String> classesOf(Element element) {
        return AttributeSelector.words(element.className());
    }

    /** The first class the rightmost compound names, if any; see {@link #subjectId()}. */
    public Optional<String> subjectClass() {
        return subjectPart(SimpleSelector.ClassName.class).map(SimpleSelector.ClassName::name);
    }

    /** The type the rightmost compound names, in lower case, if any; see {@link #subjectId()}. */
    public Optional<String> subjectType() {
        return subjectPart(SimpleSelector.Type.class).map(SimpleSelector.Type::name);
    }

    private <T extends SimpleSelector> Optional<T> subjectPart(Class<T> kind) {
        return compounds.get(compounds.size() - 1).parts().stream().filter(kind::isInstance).map(kind::cast).findFirst();
    }

    /** Ids; classes, attributes and pseudo-classes; types and pseudo-elements (Selectors Level 3 §9). */
    public Specificity specificity() {
        return specificity;
    }

    /** The selector in CSS syntax, such as {@code ul > li:nth-child(2n+1)::before}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(compounds.get(0).toString());
        for (int i = 0; i < combinators.size(); i++) {
            text.append(combinators.get(i).text).append(compounds.get(i + 1));
        }
        pseudoElement.ifPresent(text::append);
        return text.toString();
    }
}
