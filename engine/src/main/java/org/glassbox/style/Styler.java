package org.glassbox.style;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
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
        return new StyledTree(styled(root, rootStyle, cssom, lengths.withRootFontSize(rootStyle.fontSize()), new Counters()));
    }

    /**
     * An element with its generated content and its children, in tree order, the order in which
     * counters change (CSS 2.1 §12.4): the element's own, then its {@code ::before}'s, its
     * children's and its {@code ::after}'s.
     */
    private StyledNode styled(Element element, ComputedStyle style, Cssom cssom, Lengths lengths, Counters counters) {
        Counters scope = style.display().equals("none") ? counters.copy() : counters;
        scope.update(style);
        scope.enterChildren();
        GeneratedContent before = generated(element, style, cssom, lengths, PseudoElement.BEFORE, scope);
        List<StyledNode> children = children(element, style, cssom, lengths, scope);
        GeneratedContent after = generated(element, style, cssom, lengths, PseudoElement.AFTER, scope);
        scope.leaveChildren();
        return new StyledNode(element, style, children, before, after, firstLetter(element, cssom, lengths));
    }

    private List<StyledNode> children(Element element, ComputedStyle style, Cssom cssom, Lengths lengths, Counters counters) {
        List<StyledNode> children = new ArrayList<>();
        for (Node child : element.childNodes()) {
            if (child instanceof Element childElement) {
                ComputedStyle childStyle = ValueComputer.compute(Cascade.cascadedValues(childElement, cssom), style, lengths);
                children.add(styled(childElement, childStyle, cssom, lengths, counters));
            } else if (child instanceof TextNode) {
                children.add(new StyledNode(child, style, List.of()));
            }
        }
        return children;
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
     * of strings, {@code attr()}s and counters generates a box; {@code normal} and {@code none} do
     * not, and a pseudo-element that generates no box changes no counter.
     */
    private GeneratedContent generated(Element element, ComputedStyle style, Cssom cssom, Lengths lengths, PseudoElement which,
            Counters counters) {
        if (!cssom.stylesPseudoElements()) {
            return null;
        }
        ComputedStyle pseudo = ValueComputer.compute(Cascade.cascadedValues(element, cssom, which), style, lengths);
        CssValue content = pseudo.get(Property.CONTENT);
        if (content.is("normal") || content.is("none") || pseudo.display().equals("none")) {
            return null;
        }
        counters.update(pseudo);
        StringBuilder text = new StringBuilder();
        for (CssValue part : content.components()) {
            text.append(contentPart(part, element, counters));
        }
        return new GeneratedContent(text.toString(), pseudo);
    }

    /** One part of {@code content} as text: a string, an {@code attr()}, a {@code counter()} or {@code counters()}. */
    private static String contentPart(CssValue part, Element element, Counters counters) {
        if (part instanceof CssValue.Text string) {
            return string.value();
        }
        if (!(part instanceof CssValue.Function function)) {
            return "";
        }
        List<CssValue> arguments = function.arguments().stream().filter(argument -> !(argument instanceof CssValue.Delimiter)).toList();
        return switch (arguments.isEmpty() ? "" : function.name()) {
            case "attr" -> element.attr(arguments.get(0).toString());
            case "counter" -> counter(arguments, counters);
            case "counters" -> nestedCounters(arguments, counters);
            default -> "";
        };
    }

    /** CSS 2.1 §12.2 {@code counter(name, style?)}: the innermost counter of that name, decimal unless a style is named. */
    private static String counter(List<CssValue> arguments, Counters counters) {
        String style = arguments.size() > 1 ? arguments.get(1).toString() : "decimal";
        return CounterStyle.represent(counters.value(counterName(arguments)), style);
    }

    /** CSS 2.1 §12.2 {@code counters(name, string, style?)}: every counter of that name in scope, outermost first, joined by the string. */
    private static String nestedCounters(List<CssValue> arguments, Counters counters) {
        if (arguments.size() < 2 || !(arguments.get(1) instanceof CssValue.Text separator)) {
            return "";
        }
        String style = arguments.size() > 2 ? arguments.get(2).toString() : "decimal";
        return counters.values(counterName(arguments)).stream().map(value -> CounterStyle.represent(value, style))
                .collect(Collectors.joining(separator.value()));
    }

    /** Counter names are case-sensitive, so the name is taken as written. */
    private static String counterName(List<CssValue> arguments) {
        return arguments.get(0) instanceof CssValue.Keyword name ? name.written() : arguments.get(0).toString();
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
