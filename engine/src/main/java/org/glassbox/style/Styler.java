package org.glassbox.style;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.glassbox.css.Cssom;
import org.glassbox.css.CssValue;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The style phase: gives every element of the DOM its computed style, from the top down,
 * because each element inherits from its parent's finished style (CSS 2.1 §6.2).
 */
public final class Styler {

    /** Styles the whole document, starting at its root element. */
    public StyledTree computeStyles(Document dom, Cssom cssom) {
        Element root = dom.firstElementChild();
        ComputedStyle rootStyle = ValueComputer.compute(Cascade.cascadedValues(root, cssom), null, true, FontSizes.MEDIUM);
        return new StyledTree(styled(root, rootStyle, cssom, rootStyle.fontSize()));
    }

    private StyledNode styled(Element element, ComputedStyle style, Cssom cssom, double rootFontSize) {
        List<StyledNode> children = new ArrayList<>();
        for (Node child : element.childNodes()) {
            if (child instanceof Element childElement) {
                Map<Property, CssValue> cascaded = Cascade.cascadedValues(childElement, cssom);
                ComputedStyle childStyle = ValueComputer.compute(cascaded, style, false, rootFontSize);
                children.add(styled(childElement, childStyle, cssom, rootFontSize));
            } else if (child instanceof TextNode) {
                children.add(new StyledNode(child, style, List.of()));
            }
        }
        return new StyledNode(element, style, children);
    }
}
