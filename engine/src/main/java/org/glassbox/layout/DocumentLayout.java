package org.glassbox.layout;

import org.glassbox.render.RenderTree;

/**
 * The layout phase: gives every box of the render tree its size and position. The root element
 * is laid out in the initial containing block, the viewport (CSS 2.1 §10.1); it establishes the
 * page's block formatting context, so its margins never collapse with its children's.
 */
public final class DocumentLayout {

    private final BlockLayout blockLayout;

    public DocumentLayout(Fonts fonts) {
        this.blockLayout = new BlockLayout(new InlineLayout(fonts));
    }

    /** Lays out the whole render tree for {@code viewport}. */
    public LayoutTree layout(RenderTree renderTree, Viewport viewport) {
        BlockLayout.Laid root = blockLayout.layout(renderTree.root(), viewport.width(), viewport.height(), true);
        BlockBox placed = root.box().at(root.box().margin().left(), root.top().collapsed());
        return new LayoutTree(placed, viewport);
    }
}
