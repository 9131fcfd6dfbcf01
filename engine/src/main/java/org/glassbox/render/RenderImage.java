package org.glassbox.render;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;
import org.glassbox.style.ComputedStyle;
import org.jsoup.nodes.Element;

/**
 * A replaced element (CSS 2.1 §3.1): an {@code <img>}, whose content is a picture from outside
 * the document rather than boxes. Layout gives it a size from its intrinsic dimensions and its
 * {@code width} and {@code height} (§10.3.2, §10.6.2); it is inline-level, an atomic box that a
 * line never breaks, unless its display makes it block-level.
 *
 * @param element the {@code <img>}; null for the icon a broken image shows
 * @param image the decoded picture; empty for a broken image that represents nothing, which has
 *     no intrinsic size and so is 0×0 unless its width and height are set
 */
public record RenderImage(Element element, ComputedStyle style, Optional<BufferedImage> image) implements RenderObject {

    @Override
    public List<RenderObject> children() {
        return List.of();
    }

    @Override
    public boolean isInlineLevel() {
        return !RenderTree.isBlockLevel(style.display());
    }
}
