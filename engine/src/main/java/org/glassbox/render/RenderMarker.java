package org.glassbox.render;

import java.util.List;
import org.glassbox.style.ComputedStyle;

/**
 * A list item's marker (CSS 2.1 §12.5): the bullet or number in front of its first line, styled
 * like the list item. It is text, such as {@code "1. "}, or, for {@code disc}, {@code circle} and
 * {@code square}, a glyph that paint draws as a shape sized from the font, as Chromium does.
 *
 * @param text the marker's text; empty for a glyph
 * @param glyph {@code disc}, {@code circle} or {@code square}; empty for text
 * @param outside {@code list-style-position: outside}: the marker hangs left of the first line
 *     box and takes no room on it; inside, it is the line's first inline content
 */
public record RenderMarker(ComputedStyle style, String text, String glyph, boolean outside) implements RenderObject {

    @Override
    public List<RenderObject> children() {
        return List.of();
    }
}
