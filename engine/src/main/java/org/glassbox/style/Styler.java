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
        ComputedStyle rootStyle = ValueComputer.compute(Cascade.cascadedValues(root, cssom), null, lengths);
        return new StyledTree(styled(root, rootStyle, cssom, lengths.withRootFontSize(rootStyle.fontSize())));
    }

    private StyledNode styled(Element element, ComputedStyle style, Cssom cssom, Lengths lengths) {
        List<StyledNode> children = new ArrayList<>();
        for (Node child : element.childNodes()) {
            if (child instanceof Element childElement) {
                ComputedStyle childStyle = ValueComputer.compute(Cascade.cascadedValues(childElement, cssom), style, lengths);
                children.add(styled(childElement, childStyle, cssom, lengths));
            } else if (child instanceof TextNode) {
                children.add(new StyledNode(child, style, List.of()));
            }
        }
        return new StyledNode(element, style, children, generated(element, style, cssom, lengths, PseudoElement.BEFORE),
                generated(element, style, cssom, lengths, PseudoElement.AFTER), firstLetter(element, cssom, lengths));
    }

    /** The {@code ::first-letter} rules of the element, computed later against the element that holds the letter. */
    private static FirstLetterStyle firstLetter(Element element, Cssom cssom, Lengths lengths) {
        if (!cssom.stylesPseudoElements()) {
            return null;
        }
        return FirstLetterStyle.of(Cascade.cascadedValues(element, cssom, PseudoElement.FIRST_LETTER), lengths);
    }

    /**
     * The content a pseudo-element generates (CSS 2.1 §12.1–12.2), or null: only a {@code content}
     * of strings and {@code attr()}s generates a box; {@code normal} and {@code none} do not.
     */
    private GeneratedContent generated(Element element, ComputedStyle style, Cssom cssom, Lengths lengths, PseudoElement which) {
        if (!cssom.stylesPseudoElements()) {
            return null;
        }
        ComputedStyle pseudo = ValueComputer.compute(Cascade.cascadedValues(element, cssom, which), style, lengths);
        CssValue content = pseudo.get(Property.CONTENT);
        if (content.is("normal") || content.is("none") || pseudo.display().equals("none")) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (CssValue part : content.components()) {
            if (part instanceof CssValue.Text string) {
                text.append(string.value());
            } else if (part instanceof CssValue.Function function && function.name().equals("attr") && !function.arguments().isEmpty()) {
                text.append(element.attr(function.arguments().get(0).toString()));
            }
        }
        return new GeneratedContent(text.toString(), pseudo);
    }

    /**
     * How the cascade chose {@code property} for {@code element}: the declarations that
     * applied, strongest first, and the computed value in {@code styles}.
     */
    public static CascadeExplanation explain(Element element, Cssom cssom, StyledTree styles, String property) {
        String computed = styles.styleOf(element).map(style -> style.getPropertyValue(property)).orElse("");
        boolean inherited = Property.named(property).map(Property::inherited).orElse(CustomProperties.isCustom(property));
        return new CascadeExplanation(element, property, Cascade.candidates(element, cssom, property), computed, inherited);
    }
}
