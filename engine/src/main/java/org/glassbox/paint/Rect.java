package org.glassbox.paint;

import org.glassbox.layout.Edges;

/** A rectangle in page coordinates: a border box, the padding box inside it, a painting area. */
record Rect(double x, double y, double width, double height) {

    /** The rectangle inside {@code edges}, as the padding box is inside the border (CSS 2.1 §8.1). */
    Rect inset(Edges edges) {
        return new Rect(x + edges.left(), y + edges.top(), width - edges.horizontal(), height - edges.vertical());
    }

    boolean isEmpty() {
        return width <= 0 || height <= 0;
    }
}
