/**
 * Render tree: which boxes the styled document generates (CSS 2.1 §9.2).
 *
 * <p>{@link org.glassbox.render.RenderTree#build} leaves out {@code display: none} with all it
 * contains, makes a {@link org.glassbox.render.RenderBlock} for block and list-item elements, a
 * {@link org.glassbox.render.RenderInline} for inline ones and a
 * {@link org.glassbox.render.RenderText} for text, with its white space collapsed (§16.6.1), and
 * a {@link org.glassbox.render.RenderImage} for an {@code <img>}, its picture decoded by
 * {@link org.glassbox.render.Images}; a broken image with alt text becomes that text.
 * An inline element that holds a block is broken around it into parts, and the block rises to
 * be their sibling; inline content beside blocks is then wrapped in anonymous blocks (§9.2.1.1),
 * so every block holds either blocks or inline content, never both.
 *
 * <p>Not yet: {@code inline-block} (treated as inline; one that holds blocks is laid out as a
 * block), list markers, tables (their parts are inline),
 * generated content, {@code white-space} other than normal.
 */
package org.glassbox.render;
