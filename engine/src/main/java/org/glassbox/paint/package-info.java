/**
 * Paint, raster and encode: from boxes to a PNG.
 *
 * <p>{@link org.glassbox.paint.Painter} walks the box tree in the painting order of CSS 2.1
 * Appendix E (the canvas; then for the root and for each float and positioned box, painted whole
 * as a layer: its background, block backgrounds and borders, floats, inline content, then the
 * positioned and translucent boxes by {@code z-index} — inline boxes and inline-blocks on lines
 * too, as the line boxes' layers — then the outlines, §18.4), clipping to
 * the padding box where {@code overflow} is not visible (the layers inside too, but for positioned
 * boxes whose containing block is outside) and leaving out what is {@code visibility: hidden}, and writes a
 * {@link org.glassbox.paint.DisplayList} of {@link org.glassbox.paint.DisplayCommand}s that
 * prints itself. {@link org.glassbox.paint.Backgrounds} paints a box's background color and image
 * (CSS 2.1 §14.2), the canvas's included; {@link org.glassbox.paint.Borders} its border in every
 * style, the sides meeting in mitred corners (§8.5). A box with {@code border-radius} (CSS
 * Backgrounds 3 §5) is a {@link org.glassbox.paint.RoundedRect} with the used
 * {@link org.glassbox.paint.CornerRadii} of its corners, percentages resolved and overlapping
 * curves scaled down together (§5.5): its background color and image are clipped to the curve,
 * its border is the band between that curve and the padding box's (§5.2), cut into sides along
 * the mitre lines, its outline follows the curve as in Chromium, {@code overflow} clips its
 * content to the rounded padding box and a replaced element's picture is clipped to the rounded
 * content box (§5.3). {@link org.glassbox.paint.TextDecorations} the
 * lines under, over and through text that an element and the boxes inside it carry (§16.3.1),
 * with Chromium's thickness and positions. {@link org.glassbox.paint.Rasterizer}
 * carries the list out with Java2D, each {@code opacity} group (CSS Color 3 §3.2) on an image of
 * its own composited with its alpha, and each rounded clip on an image of its own whose pixels
 * outside the curve are rubbed out: rectangles and polygons snapped to whole pixels, curves
 * anti-aliased (a rounded rectangle is a path with one elliptical arc per corner), text
 * anti-aliased in grayscale at fractional x on a whole pixel baseline, images scaled bilinearly
 * into their content boxes, background images tiled unscaled. {@link
 * org.glassbox.paint.PngEncoder} writes the PNG with the pngencoder library. The canvas is as large as the
 * document, at least the viewport, and stops at 16,384 pixels tall and as many wide. The rasterizer draws the
 * whole canvas or only its top left part (the viewport), at any device pixel ratio: the same
 * display list through a scaling transform, so a 2× image is sharp, not enlarged.
 * {@link org.glassbox.paint.BoxModelOverlay} draws every box's margin, border, padding and
 * content areas over the page in the colors of Chrome DevTools.
 *
 * <p>Not yet: Chromium's exact dash and dot spacing,
 * anti-aliased mitres, dashes and dots along a rounded border (drawn solid), rounded corners
 * on only the outer ends of an inline box split over lines (each part is rounded), more than one
 * background layer, gradients,
 * {@code background-size}, {@code -origin} and {@code -clip} (so a background is always clipped
 * to the rounded border box), {@code space} and {@code round}
 * (painted as {@code repeat}), {@code text-decoration-style} (all lines are solid), underlines
 * skipping the glyphs' ink, {@code outline: invert} and {@code outline-offset}, and a positioned
 * or translucent inline box inside another: it is painted in its ancestor's layer, with it.
 */
package org.glassbox.paint;
