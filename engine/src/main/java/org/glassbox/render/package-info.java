/**
 * Render tree: which boxes the styled document generates (CSS 2.1 §9.2).
 *
 * <p>{@link org.glassbox.render.RenderTree#build} leaves out {@code display: none} with all it
 * contains, makes a {@link org.glassbox.render.RenderBlock} for block and list-item elements, a
 * {@link org.glassbox.render.RenderInline} for inline ones and a
 * {@link org.glassbox.render.RenderText} for text, with its white space collapsed (§16.6.1), and
 * a {@link org.glassbox.render.RenderImage} for an {@code <img>}, its picture decoded by
 * {@link org.glassbox.render.Images}; a broken image with alt text becomes that text.
 * Inline content beside blocks is wrapped in anonymous blocks (§9.2.1.1), so every block holds
 * either blocks or inline content, never both. A block container with {@code ::first-letter}
 * rules has its first letter, with the punctuation around it, split off into an inline box of
 * its own ({@link org.glassbox.render.FirstLetter}, CSS 2.1 §5.12.2).
 *
 * <p>Not yet: a block inside an inline (the inline is laid out as a block instead),
 * {@code inline-block} (treated as inline), list markers, tables (their parts are inline),
 * generated images, {@code white-space} other than normal, {@code ::first-line}.
 */
package org.glassbox.render;
