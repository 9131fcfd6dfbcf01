package org.glassbox.css;

import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * One simple selector (Selectors Level 3 §4): a single test on one element, such as {@code p},
 * {@code .note}, {@code [href]} or {@code :first-child}. A compound selector is a run of them
 * that one element must all pass. The small ones live here; {@link AttributeSelector},
 * {@link PseudoClass} and {@link NthPseudoClass} have files of their own.
 *
 * <p>{@code toString()} gives the simple selector back in CSS syntax.
 */
interface SimpleSelector {

    /** Whether {@code element} passes this test. */
    boolean matches(Element element);

    /** This simple selector's share of its selector's specificity (Selectors Level 3 §9). */
    Specificity specificity();

    /**
     * A type selector such as {@code p} (§6.1). HTML element names ignore case, so the name is
     * kept in lower case, as jsoup keeps the elements' (HTML "Case-sensitivity of selectors").
     */
    record Type(String name) implements SimpleSelector {

        /** @param name the element name as written; stored in lower case */
        public Type {
            name = name.toLowerCase(Locale.ROOT);
        }

        @Override
        public boolean matches(Element element) {
            return element.normalName().equals(name);
        }

        @Override
        public Specificity specificity() {
            return Specificity.TYPE;
        }

        @Override
        public String toString() {
            return identifier(name);
        }
    }

    /** The universal selector {@code *} (§6.2): every element passes, and it adds no specificity. */
    record Universal() implements SimpleSelector {

        @Override
        public boolean matches(Element element) {
            return true;
        }

        @Override
        public Specificity specificity() {
            return Specificity.ZERO;
        }

        @Override
        public String toString() {
            return "*";
        }
    }

    /**
     * An id selector {@code #name} (§6.5). Case-sensitive, as browsers match it in standards
     * mode; Glassbox does not copy their quirks-mode leniency.
     */
    record Id(String name) implements SimpleSelector {

        @Override
        public boolean matches(Element element) {
            return name.equals(element.id());
        }

        @Override
        public Specificity specificity() {
            return Specificity.ID;
        }

        @Override
        public String toString() {
            return "#" + identifier(name);
        }
    }

    /**
     * A class selector {@code .name}: the same test as {@code [class~=name]} (§6.4), and so,
     * like it, case-sensitive.
     */
    record ClassName(String name) implements SimpleSelector {

        @Override
        public boolean matches(Element element) {
            return AttributeSelector.includesWord(element.className(), name);
        }

        @Override
        public Specificity specificity() {
            return Specificity.CLASS;
        }

        @Override
        public String toString() {
            return "." + identifier(name);
        }
    }

    /**
     * The negation pseudo-class {@code :not(X)} (§6.6.7): passes when X fails. It counts as its
     * argument does, adding nothing of its own (§9).
     */
    record Negation(SimpleSelector argument) implements SimpleSelector {

        @Override
        public boolean matches(Element element) {
            return !argument.matches(element);
        }

        @Override
        public Specificity specificity() {
            return argument.specificity();
        }

        @Override
        public String toString() {
            return ":not(" + argument + ")";
        }
    }

    /**
     * The {@code :lang(C)} pseudo-class (§6.6.3): the element's language, given by the nearest
     * {@code lang} attribute on it or an ancestor, is C or starts with C followed by {@code -}.
     * Language tags ignore case.
     */
    record Lang(String language) implements SimpleSelector {

        @Override
        public boolean matches(Element element) {
            for (Element candidate = element; candidate != null; candidate = candidate.parent()) {
                if (candidate.hasAttr("lang")) {
                    String tag = candidate.attr("lang").toLowerCase(Locale.ROOT);
                    String wanted = language.toLowerCase(Locale.ROOT);
                    return tag.equals(wanted) || tag.startsWith(wanted + "-");
                }
            }
            return false;
        }

        @Override
        public Specificity specificity() {
            return Specificity.CLASS;
        }

        @Override
        public String toString() {
            return ":lang(" + identifier(language) + ")";
        }
    }

    /**
     * A pseudo-class or pseudo-element Glassbox does not support, such as {@code :hover},
     * {@code :checked} or {@code ::selection}. It never matches: the states it would test are
     * never true in a page nobody interacts with, so a rule using it applies to nothing (and
     * {@code :not(:hover)} to everything), while the rest of the style sheet still applies.
     *
     * @param text the pseudo-class or pseudo-element as written, colons included
     * @param specificity what it would count for: a class for a pseudo-class, a type for a
     *     pseudo-element
     */
    record Unsupported(String text, Specificity specificity) implements SimpleSelector {

        @Override
        public boolean matches(Element element) {
            return false;
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /**
     * Writes a name as a CSS identifier (CSSOM §2.1 "serialize an identifier"), escaping what
     * would not read back as one — the colon in Tailwind's {@code .md:flex}, a leading digit.
     */
    static String identifier(String name) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean leadingDigit = c >= '0' && c <= '9' && (i == 0 || i == 1 && name.charAt(0) == '-');
            if (leadingDigit) {
                text.append('\\').append(Integer.toHexString(c)).append(' ');
            } else {
                text.append(isNameCharacter(c) ? "" : "\\").append(c);
            }
        }
        return text.toString();
    }

    /** CSS Syntax §4.2: letters, digits, {@code -}, {@code _} and anything beyond ASCII. */
    private static boolean isNameCharacter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                || c == '-' || c == '_' || c >= 0x80;
    }
}
