package org.glassbox;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.glassbox.css.CssParser;
import org.glassbox.layout.DocumentLayout;
import org.glassbox.layout.Viewport;
import org.glassbox.net.Subresources;
import org.glassbox.render.Images;
import org.glassbox.render.RenderTree;
import org.glassbox.script.ForcedLayout;
import org.glassbox.style.StyledNode;
import org.glassbox.style.StyledTree;
import org.glassbox.style.Styler;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The style and layout phases run for a page's scripts, on the DOM as it is when they ask: the
 * same phases as {@link Engine#load} runs at the end, with a CSS parser that keeps quiet, since the
 * real parse-CSS phase reports the page's stylesheet errors once the scripts are done.
 */
final class ForcedRendering implements ForcedLayout {

    private final CssParser quietCssParser;
    private final Styler styler;
    private final DocumentLayout layout;
    private final Viewport viewport;
    private final Subresources subresources;
    private final Images images;

    ForcedRendering(Styler styler, DocumentLayout layout, Viewport viewport, Subresources subresources) {
        this.quietCssParser = new CssParser(new Log(Phase.PARSE_CSS, PhaseListener.NONE), viewport);
        this.styler = styler;
        this.layout = layout;
        this.viewport = viewport;
        this.subresources = subresources;
        this.images = new Images(subresources, new Log(Phase.RENDER_TREE, PhaseListener.NONE));
    }

    @Override
    public Map<Element, Function<String, String>> styles(Document dom) {
        Map<Element, Function<String, String>> styles = new LinkedHashMap<>();
        collect(style(dom).root(), styles);
        return styles;
    }

    private static void collect(StyledNode node, Map<Element, Function<String, String>> styles) {
        if (node.element() != null) {
            styles.put(node.element(), node.style()::getPropertyValue);
        }
        node.children().forEach(child -> collect(child, styles));
    }

    @Override
    public Map<Element, Rect> borderBoxes(Document dom) {
        Map<Element, Rect> boxes = new LinkedHashMap<>();
        layout.layout(RenderTree.build(style(dom), images), viewport).borderBoxes()
                .forEach((element, box) -> boxes.put(element, new Rect(box[0], box[1], box[2], box[3])));
        return boxes;
    }

    @Override
    public Rect viewport() {
        return new Rect(0, 0, viewport.width(), viewport.height());
    }

    private StyledTree style(Document dom) {
        return styler.computeStyles(dom, quietCssParser.parse(dom, subresources), viewport);
    }
}
