package org.glassbox.css;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.jsoup.nodes.Element;

/**
 * {@code :nth-child(an+b)} and its three relatives (Selectors Level 3 §6.6.5.2–§6.6.5.5): the
 * element's position among its siblings — counted from the first or from the last, among all
 * element siblings or only those of its own type — must be one {@code an+b} allows.
 *
 * <p>Only elements count, never text; and, as in browsers (Selectors Level 4), the root element
 * counts as an only child, so {@code html:first-child} matches.
 */
record NthPseudoClass(Kind kind, AnPlusB formula) implements SimpleSelector {

    /** How the position is counted. */
    enum Kind {
        /** Among all element siblings, from the first (§6.6.5.2). */
        NTH_CHILD("nth-child", Element::previousElementSibling, false),
        /** Among all element siblings, from the last (§6.6.5.3). */
        NTH_LAST_CHILD("nth-last-child", Element::nextElementSibling, false),
        /** Among siblings of the same type, from the first (§6.6.5.4). */
        NTH_OF_TYPE("nth-of-type", Element::previousElementSibling, true),
        /** Among siblings of the same type, from the last (§6.6.5.5). */
        NTH_LAST_OF_TYPE("nth-last-of-type", Element::nextElementSibling, true);

        private final String cssName;
        private final UnaryOperator<Element> towardsStart;
        private final boolean ofType;

        Kind(String cssName, UnaryOperator<Element> towardsStart, boolean ofType) {
            this.cssName = cssName;
            this.towardsStart = towardsStart;
            this.ofType = ofType;
        }

        /** The kind a pseudo-class name such as {@code nth-child} stands for, in any case. */
        static Optional<Kind> named(String name) {
            return Arrays.stream(values()).filter(kind -> kind.cssName.equals(name.toLowerCase(Locale.ROOT))).findFirst();
        }

        /** The element's position, counting from 1. */
        int position(Element element) {
            return 1 + (int) siblingsCountedBefore(element).count();
        }

        /**
         * Whether the element is at position 1, found without counting every sibling: this is
         * {@code :first-child}, {@code :last-of-type} and the rest (§6.6.5.6–§6.6.5.11).
         */
        boolean isAtPositionOne(Element element) {
            return siblingsCountedBefore(element).findAny().isEmpty();
        }

        private Stream<Element> siblingsCountedBefore(Element element) {
            return Stream.iterate(towardsStart.apply(element), Objects::nonNull, towardsStart)
                    .filter(sibling -> !ofType || sibling.normalName().equals(element.normalName()));
        }
    }

    @Override
    public boolean matches(Element element) {
        return formula.matches(kind.position(element));
    }

    @Override
    public Specificity specificity() {
        return Specificity.CLASS;
    }

    @Override
    public String toString() {
        return ":" + kind.cssName + "(" + formula + ")";
    }
}
