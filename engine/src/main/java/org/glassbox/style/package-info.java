/**
 * Style: the computed value of every property for every element.
 *
 * <p>{@link org.glassbox.style.Styler} walks the DOM from the root down. For each element the
 * {@code Cascade} finds the declarations whose selectors match, sorts them by origin and
 * importance, specificity and order (CSS 2.1 §6.4) and keeps a winner per property, dropping
 * a declaration its property does not accept ({@code ValueTypes} holds the grammars), so an
 * earlier valid one wins; custom properties ({@code --name}) are kept by name. It tries only
 * the rules that could match: the {@code RuleIndex} files each rule under the id, class or type
 * its selectors' rightmost compounds name, as browsers' rule hash does. Then
 * {@code ValueComputer} substitutes {@code var()}s ({@code CustomProperties}: a value that is
 * invalid once substituted leaves the property unset), fills in inherited and initial values
 * (§6.2, and the keywords {@code inherit}, {@code initial}, {@code unset}) and makes relative
 * values absolute (§6.1.2): every length unit of CSS Values 3 becomes pixels ({@code ex} and
 * {@code ch} measured in the font layout will use, {@code vw}… in the viewport),
 * {@code calc()} is reduced, font-size and font-weight keywords become numbers,
 * {@code currentcolor} becomes a color, floats and absolutely positioned boxes are blockified.
 * Percentages that need the containing block stay for layout, alone or in a
 * {@link org.glassbox.css.Calc}. The result is a {@link org.glassbox.style.StyledTree}, printed
 * with each element's non-initial values; {@link org.glassbox.style.ComputedStyle#getPropertyValue}
 * serializes a value as Chromium's {@code getComputedStyle} does. An element's
 * {@code ::first-letter} rules are cascaded but not yet computed
 * ({@link org.glassbox.style.FirstLetterStyle}): the letter inherits from the innermost element
 * that holds it, which only box generation finds. {@code ::before} and {@code ::after} content is
 * made into text as the walk reaches it, so {@code counter()} and {@code counters()} show the
 * counters that {@code counter-reset} and {@code counter-increment} have set by then, scoped as
 * CSS 2.1 §12.4 says ({@code Counters}) and written in a list-style-type ({@code CounterStyle}),
 * and quotes as deep as {@code open-quote} and {@code close-quote} have nested them ({@code Quotes}).
 *
 * <p>The properties are those in {@link org.glassbox.style.Property}: the box model, display,
 * position and float, the font, text and list properties, colors and backgrounds, outlines,
 * visibility, overflow, opacity, content. Not yet: {@code min()}, {@code max()},
 * {@code clamp()}, the intrinsic sizes ({@code min-content}…), {@code revert}, {@code url()}s
 * made absolute, the used values that {@code getComputedStyle} gives for the sizes of rendered
 * boxes, the quotes of {@code q} elements, the armenian and georgian counter styles, the implicit
 * {@code list-item} counter, {@code ::first-line}, and every property not in that list.
 */
package org.glassbox.style;
