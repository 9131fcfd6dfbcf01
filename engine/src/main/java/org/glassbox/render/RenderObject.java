package org.glassbox.render;

import java.util.List;
import org.glassbox.style.ComputedStyle;

/**
 * A node of the render tree: a box that will be laid out and drawn (CSS 2.1 §9.2). The names are
 * WebKit's, whose render tree had these kinds; an image is a replaced box (CSS 2.1 §3.1).
 */
public sealed interface RenderObject permits RenderBlock, RenderImage, RenderInline, RenderMarker, RenderText {

    /** The computed style the box is laid out and painted with. */
    ComputedStyle style();

    /** The boxes inside this one, in tree order; none for text. */
    List<RenderObject> children();

    /** Whether the box takes part in an inline formatting context rather than a block one (CSS 2.1 §9.2.2). */
    default boolean isInlineLevel() {
        return !(this instanceof RenderBlock);
    }
}
