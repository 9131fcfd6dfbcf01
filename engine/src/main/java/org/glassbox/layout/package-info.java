/**
 * Layout: the size and position of every box, as Chromium computes them.
 *
 * <p>{@link org.glassbox.layout.DocumentLayout} lays the root out in the viewport. Block
 * formatting ({@code BlockLayout}, CSS 2.1 §9.4.1) works out widths top down (§10.3.3), lays the
 * children out inside them and heights bottom up (§10.6.3), collapsing vertical margins where
 * they meet (§8.3.1). Inline formatting ({@code InlineLayout}, §9.4.2) cuts text into words,
 * fills lines greedily, breaking where {@code white-space} allows (§16.6) and at {@code <br>},
 * gives inline boxes' margins, borders and padding their room on the line (§10.3.1), aligns
 * text (§16.2), hangs list markers beside the first line (§12.5) and sets each line's height
 * from the boxes on it and their {@code vertical-align} ({@code VerticalAlignment}, §10.8).
 * Beside floats, a line is only as wide as the band they leave free, and a line that does not fit
 * there goes down past them. Images are replaced elements
 * ({@code ReplacedLayout}): their size comes from their intrinsic size and ratio (§10.3.2,
 * §10.6.2); inline ones are atomic boxes, block ones are blocks of that size. Inline-blocks are
 * atomic boxes too, laid out as blocks that shrink to fit, on their last line's baseline. Text is measured with the
 * bundled Liberation fonts ({@link org.glassbox.layout.Fonts}), kerned, with Chromium's rounding
 * of font metrics.
 *
 * <p>The result is a {@link org.glassbox.layout.LayoutTree} of
 * {@link org.glassbox.layout.BlockBox}es, {@link org.glassbox.layout.LineBox}es and
 * {@link org.glassbox.layout.InlineFragment}s, each positioned relative to its parent. It prints
 * itself in page coordinates, as text or as the JSON of Chromium's layout tool.
 *
 * <p>Out of the flow: floats ({@code Floats}, §9.5) are shrunk to fit ({@code IntrinsicWidths},
 * §10.3.5) and put to the side; blocks that clear them move down (§9.5.2); absolutely positioned
 * boxes ({@code AbsoluteLayout}, §10.3.7, §10.6.4) are placed in their containing block once it is
 * laid out; relatively positioned ones move after layout (§9.4.3). Sizes keep within
 * {@code min-}/{@code max-} limits (§10.4, §10.7), with {@code box-sizing} ({@code Sizing}).
 * Tables ({@code TableLayout}, §17) line their cells up in columns sized from the cells'
 * preferred widths (or, in the fixed layout, from the first row and the column elements), and rows
 * as tall as their tallest cell.
 *
 * <p>Not yet: floats and absolutely positioned boxes at their place inside a line (box
 * generation puts them before the paragraph's inline content), auto vertical margins of
 * absolutely positioned boxes, {@code direction: rtl}, bidirectional text, breaking inside words,
 * the finer points of tables (spans, collapsing borders, captions outside the border), replaced
 * elements other than images, and quirks mode.
 */
package org.glassbox.layout;
