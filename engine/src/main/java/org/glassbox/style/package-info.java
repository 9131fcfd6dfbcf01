/**
 * Style: the computed value of every property for every element.
 *
 * <p>{@link org.glassbox.style.Styler} walks the DOM from the root down. For each element the
 * {@code Cascade} finds the declarations whose selectors match, sorts them by origin and
 * importance, specificity and order (CSS 2.1 §6.4) and keeps a winner per property; then
 * {@code ValueComputer} fills in inherited and initial values (§6.2) and makes relative values
 * absolute (§6.1.2): {@code em}, {@code rem} and percentages of font sizes become pixels, named
 * colors become colors. The result is a {@link org.glassbox.style.StyledTree}, printed with each
 * element's non-initial values.
 *
 * <p>The properties are those in {@link org.glassbox.style.Property}: display, color,
 * background-color, the font properties, line-height, text-align, margins, paddings, borders,
 * width and height. Lengths: px, em, rem, pt, pc, in, cm, mm. Not yet: ex, ch, viewport units,
 * min/max sizes, white-space, and every property not in that list.
 */
package org.glassbox.style;
