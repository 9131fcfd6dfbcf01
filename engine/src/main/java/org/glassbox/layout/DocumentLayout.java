package org.glassbox.layout;

import java.util.ArrayList;
import java.util.List;
import org.glassbox.render.RenderTree;

/**
 * The layout phase: gives every box of the render tree its size and position. The root element
 * is laid out in the initial containing block, the viewport (CSS 2.1 §10.1); it establishes the
 * page's block formatting context, so its margins never collapse with its children's. The
 * absolutely positioned boxes no positioned ancestor took in are placed in the viewport last.
 */
public final class DocumentLayout {

    private final BlockLayout blockLayout;

    public DocumentLayout(Fonts fonts) {
        this.blockLayout = new BlockLayout(new InlineLayout(fonts), new IntrinsicWidths(fonts));
    }

    /** Lays out the whole render tree for {@code viewport}. */
    public LayoutTree layout(RenderTree renderTree, Viewport viewport) {
        BlockLayout.Space initial = BlockLayout.Space.newContext(viewport.width(), viewport.height());
        BlockLayout.Laid root = blockLayout.layout(renderTree.root(), initial, 0);
        BlockBox placed = root.box().at(root.box().margin().left(), root.top().collapsed());
        return new LayoutTree(placeInViewport(placed, root.absolutes(), viewport), viewport);
    }

    /** The viewport, in the root box's coordinates, is the containing block of what is left (CSS 2.1 §10.1). */
    private BlockBox placeInViewport(BlockBox root, List<AbsoluteLayout.Pending> absolutes, Viewport viewport) {
        if (absolutes.isEmpty()) {
            return root;
        }
        List<BlockBox> children = new ArrayList<>(root.children());
        AbsoluteLayout absoluteLayout = new AbsoluteLayout(blockLayout);
        absolutes.forEach(absolute -> children.add(
                absoluteLayout.layout(absolute, -root.x(), -root.y(), viewport.width(), viewport.height())));
        return root.withChildren(children);
    }
}
