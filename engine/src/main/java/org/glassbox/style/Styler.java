package org.glassbox.style;

import java.util.ArrayList;
import java.util.List;
import org.glassbox.css.CssValue;
import org.glassbox.css.Cssom;
import org.glassbox.css.Selector.PseudoElement;
import org.glassbox.layout.Viewport;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The style phase: gives every element of the DOM its computed style, from the top down,
 * because each element inherits from its parent's finished style (CSS 2.1 §6.2).
 */
public final class Styler {

    private final GlyphMetrics glyphs;

    /** @param glyphs measures the fonts' glyphs for the units {@code ex} and {@code ch} */
    public Styler(GlyphMetrics glyphs) {
        this.glyphs = glyphs;
    }

    /**
     * Styles the whole document, starting at its root element.
     *
     * @param viewport the size {@code vw}, {@code vh}, {@code vmin} and {@code vmax} are percentages of
     */
    public StyledTree computeStyles(Document dom, Cssom cssom, Viewport viewport) {
        Element root = dom.firstElementChild();
        // CSS Values 3 §6.1.1: rem in the root element's own font-size is the initial font size.
        Lengths lengths = new Lengths(viewport, FontSizes.MEDIUM, glyphs);
        Cascade cascade = new Cascade(cssom);
        ComputedStyle rootStyle = ValueComputer.compute(cascade.cascadedValues(root), null, lengths);
        Walk walk = new Walk(cssom, cascade, lengths.withRootFontSize(rootStyle.fontSize()), new Counters(), new Quotes());
        return new StyledTree(styled(root, rootStyle, walk));
    }

    /**
     * What styling one document carries from element to element: its CSSOM and its cascade, the lengths relative
     * units are measured with, and the counters in scope and quotes' depth so far.
     */
    private record Walk(Cssom cssom, Cascade cascade, Lengths lengths, Counters counters, Quotes quotes) {

        /**
         * CSS 2.1 §12.4.3: a subtree that is not displayed changes counters, and quotes' depth,
         * only in a copy, which is dropped.
         */
        Walk notDisplayed() {
            return new Walk(cssom, cascade, lengths, counters.copy(), quotes.copy());
        }

        ComputedStyle styleOf(Element element, ComputedStyle parent) {
            return ValueComputer.compute(cascade.cascadedValues(element), parent, lengths);
        }

        /** A pseudo-element's style inherits from its element's (CSS 2.1 §12.1). */
        ComputedStyle styleOf(Element element, PseudoElement pseudoElement, ComputedStyle elementStyle) {
            return ValueComputer.compute(cascade.cascadedValues(element, pseudoElement), elementStyle, lengths);
        }
    }

    /**
     * An element with its generated content and its children, in tree order, the order in which
     * counters change (CSS 2.1 §12.4): the element's own, then its {@code ::before}'s, its
     * children's and its {@code ::after}'s.
     */
    private static StyledNode styled(Element element, ComputedStyle style, Walk walk) {
        Walk scope = style.display().equals("none") ? walk.notDisplayed() : walk;
        scope.counters().update(style);
        scope.counters().enterChildren();
        GeneratedContent before = generated(element, style, PseudoElement.BEFORE, scope);
        List<StyledNode> children = children(element, style, scope);
        GeneratedContent after = generated(element, style, PseudoElement.AFTER, scope);
        scope.counters().leaveChildren();
        return new StyledNode(element, style, children, before, after, firstLetter(element, scope));
    }

    private static List<StyledNode> children(Element element, ComputedStyle style, Walk walk) {
        List<StyledNode> children = new ArrayList<>();
        for (Node child : element.childNodes()) {
            if (child instanceof Element childElement) {
                children.add(styled(childElement, walk.styleOf(childElement, style), walk));
            } else if (child instanceof TextNode) {
                children.add(new StyledNode(child, style, List.of()));
            }
        }
        return children;
    }

    /** The {@code ::first-letter} rules of the element, computed later against the element that holds the letter. */
    private static FirstLetterStyle firstLetter(Element element, Walk walk) {
        if (!walk.cssom().stylesPseudoElements()) {
            return null;
        }
        return FirstLetterStyle.of(walk.cascade().cascadedValues(element, PseudoElement.FIRST_LETTER), walk.lengths());
    }

    /**
     * The content a pseudo-element generates (CSS 2.1 §12.1–12.2), or null: only a {@code content}
     * of strings, {@code attr()}s, counters and quotes generates a box; {@code normal} and {@code none} do
     * not, and a pseudo-element that generates no box changes no counter.
     */
    private static GeneratedContent generated(Element element, ComputedStyle style, PseudoElement which, Walk walk) {
        if (!walk.cssom().stylesPseudoElements()) {
            return null;
        }
        ComputedStyle pseudo = walk.styleOf(element, which, style);
        CssValue content = pseudo.get(Property.CONTENT);
        if (content.is("normal") || content.is("none") || pseudo.display().equals("none")) {
            return null;
        }
        walk.counters().update(pseudo);
        return new GeneratedContent(ContentText.of(pseudo, element, walk.counters(), walk.quotes()), pseudo);
    }

    /**
     * How the cascade chose {@code property} for {@code element}: the declarations that
     * applied, strongest first, and the computed value in {@code styles}.
     */
    public static CascadeExplanation explain(Element element, Cssom cssom, StyledTree styles, String property) {
        String computed = styles.styleOf(element).map(style -> style.getPropertyValue(property)).orElse("");
        boolean inherited = Property.named(property).map(Property::inherited).orElse(CustomProperties.isCustom(property));
        return new CascadeExplanation(element, property, new Cascade(cssom).candidates(element, property), computed, inherited);
    }
}
