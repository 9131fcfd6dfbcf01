/**
 * Render tree: which boxes the styled document generates (CSS 2.1 §9.2).
 *
 * <p>{@link org.glassbox.render.RenderTree#build} leaves out {@code display: none} with all it
 * contains, makes a {@link org.glassbox.render.RenderBlock} for block and list-item elements, a
 * {@link org.glassbox.render.RenderInline} for inline ones and a
 * {@link org.glassbox.render.RenderText} for text, with its white space collapsed as its
 * {@code white-space} says (§16.6.1), a {@link org.glassbox.render.RenderImage} for an {@code
 * <img>}, its picture decoded by {@link org.glassbox.render.Images} (a broken image shows an icon
 * and its alt text instead, as {@code BrokenImage} says), and a
 * {@link org.glassbox.render.RenderMarker} in front of a list item's
 * content, numbered by {@code ListMarkers} (§12.5). An inline-block is a {@code RenderBlock}
 * that sits on a line (§9.2.4). An inline element that holds a block is broken around it into
 * parts, and the block rises to be their sibling; inline content beside blocks is then wrapped in
 * anonymous blocks (§9.2.1.1), so every block holds either blocks or inline content, never both.
 * A block container with {@code ::first-letter} rules has its first letter, with the punctuation
 * around it, split off into an inline box of its own ({@link org.glassbox.render.FirstLetter},
 * CSS 2.1 §5.12.2).
 *
 * <p>Not yet: markers of list items that start with a block, {@code list-style-image}, anonymous
 * table boxes outside tables, {@code ::first-line}, generated images, and floats and absolutely
 * positioned boxes among inline content (they start a new anonymous block instead of staying on
 * the line).
 */
package org.glassbox.render;
