package org.glassbox.css;

import static org.glassbox.css.NthPseudoClass.Kind.NTH_CHILD;
import static org.glassbox.css.NthPseudoClass.Kind.NTH_LAST_CHILD;
import static org.glassbox.css.NthPseudoClass.Kind.NTH_LAST_OF_TYPE;
import static org.glassbox.css.NthPseudoClass.Kind.NTH_OF_TYPE;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The pseudo-classes without an argument that Glassbox supports (Selectors Level 3 §6.6): the
 * link pseudo-classes and the structural ones, which look at where an element stands in the
 * tree. The dynamic ones ({@code :hover}, {@code :focus}, {@code :target}) and the UI states
 * ({@code :checked}, {@code :disabled}) are not here: they never match (see
 * {@link SimpleSelector.Unsupported}).
 */
enum PseudoClass implements SimpleSelector {
    /**
     * {@code :link} (§6.6.1.1): an {@code a} or {@code area} with an href, as HTML's "Pseudo-classes"
     * says; not a {@code <link>}, though CSS 2 once allowed it (Chromium agrees).
     */
    LINK("link", element -> (element.nameIs("a") || element.nameIs("area")) && element.hasAttr("href")),
    /** {@code :visited}: never, for Glassbox keeps no history (browsers also hide it from pages). */
    VISITED("visited", element -> false),
    /** {@code :root} (§6.6.5.1): the document element, {@code <html>}. */
    ROOT("root", element -> element.parent() instanceof Document),
    /** {@code :first-child} (§6.6.5.6): no element sibling before it. */
    FIRST_CHILD("first-child", NTH_CHILD::isAtPositionOne),
    /** {@code :last-child} (§6.6.5.7): no element sibling after it. */
    LAST_CHILD("last-child", NTH_LAST_CHILD::isAtPositionOne),
    /** {@code :first-of-type} (§6.6.5.8): no sibling of its type before it. */
    FIRST_OF_TYPE("first-of-type", NTH_OF_TYPE::isAtPositionOne),
    /** {@code :last-of-type} (§6.6.5.9): no sibling of its type after it. */
    LAST_OF_TYPE("last-of-type", NTH_LAST_OF_TYPE::isAtPositionOne),
    /** {@code :only-child} (§6.6.5.10): no element siblings at all. */
    ONLY_CHILD("only-child", element -> NTH_CHILD.isAtPositionOne(element) && NTH_LAST_CHILD.isAtPositionOne(element)),
    /** {@code :only-of-type} (§6.6.5.11): no siblings of its type. */
    ONLY_OF_TYPE("only-of-type", element -> NTH_OF_TYPE.isAtPositionOne(element) && NTH_LAST_OF_TYPE.isAtPositionOne(element)),
    /** {@code :empty} (§6.6.5.12): no children but comments; even whitespace makes it non-empty. */
    EMPTY("empty", element -> element.childNodes().stream().noneMatch(PseudoClass::countsAgainstEmpty));

    private final String cssName;
    private final Predicate<Element> test;

    PseudoClass(String cssName, Predicate<Element> test) {
        this.cssName = cssName;
        this.test = test;
    }

    /** The pseudo-class a name such as {@code first-child} stands for, in any case. */
    static Optional<PseudoClass> named(String name) {
        return Arrays.stream(values()).filter(pseudo -> pseudo.cssName.equals(name.toLowerCase(Locale.ROOT))).findFirst();
    }

    /** Elements and text (script and style contents included) count; comments do not. */
    private static boolean countsAgainstEmpty(Node child) {
        return child instanceof Element
                || child instanceof TextNode text && !text.getWholeText().isEmpty()
                || child instanceof DataNode data && !data.getWholeData().isEmpty();
    }

    @Override
    public boolean matches(Element element) {
        return test.test(element);
    }

    @Override
    public Specificity specificity() {
        return Specificity.CLASS;
    }

    @Override
    public String toString() {
        return ":" + cssName;
    }
}
