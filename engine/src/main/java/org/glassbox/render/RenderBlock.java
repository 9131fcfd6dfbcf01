package org.glassbox.render;

import java.util.ArrayList;
import java.util.List;
import org.glassbox.style.ComputedStyle;
import org.jsoup.nodes.Element;

/**
 * A block box (CSS 2.1 §9.2.1). Its children are either all block-level, stacked vertically, or
 * all inline-level, flowed into lines: box generation wraps inline runs that sit beside blocks in
 * anonymous blocks, so layout never sees a mix.
 *
 * @param element the element that generated the box; null for an anonymous block
 * @param enclosingInlines the styles of the inline elements this block sits in, outermost first,
 *     which were broken around it (CSS 2.1 §9.2.1.1); their relative positioning moves the block
 *     too. Empty for a block whose parent is a block.
 */
public record RenderBlock(Element element, ComputedStyle style, List<RenderObject> children,
        List<ComputedStyle> enclosingInlines) implements RenderObject {

    public RenderBlock {
        children = List.copyOf(children);
        enclosingInlines = List.copyOf(enclosingInlines);
    }

    /** A block whose parent is a block. */
    public RenderBlock(Element element, ComputedStyle style, List<RenderObject> children) {
        this(element, style, children, List.of());
    }

    /** Whether box generation made this box to hold inline content beside blocks (CSS 2.1 §9.2.1.1). */
    public boolean isAnonymous() {
        return element == null;
    }

    /** An inline-block is a block inside but sits on a line like a word (CSS 2.1 §9.2.4). */
    @Override
    public boolean isInlineLevel() {
        return RenderTree.isAtomicInline(style.display());
    }

    /** Whether the box holds inline content, so it establishes an inline formatting context (CSS 2.1 §9.4.2). */
    public boolean hasInlineChildren() {
        return !children.isEmpty() && children.get(0).isInlineLevel();
    }

    /** The same block inside one more inline element, which encloses the ones it was in already. */
    RenderBlock insideInline(ComputedStyle inline) {
        List<ComputedStyle> inlines = new ArrayList<>(List.of(inline));
        inlines.addAll(enclosingInlines);
        return new RenderBlock(element, style, children, inlines);
    }
}
