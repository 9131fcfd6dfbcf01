/**
 * Parse CSS: the page's stylesheets into a CSSOM.
 *
 * <p>{@link org.glassbox.css.CssParser} collects, in cascade order, the user-agent stylesheet
 * (HTML's default rendering, {@code user-agent.css}), every {@code <style>} and
 * {@code <link rel=stylesheet>} in document order, and every {@code style=""} attribute.
 * cssparser tokenizes and parses; Glassbox turns its output into its own
 * {@link org.glassbox.css.StyleRule}s, {@link org.glassbox.css.Selector}s and
 * {@link org.glassbox.css.CssValue}s, expanding shorthands into longhands as it goes. Syntax
 * errors are logged with line and column and skipped, as CSS 2.1 §4.2 says.
 *
 * <p>{@link org.glassbox.css.Selector} is the engine's one selector matcher, used by the cascade
 * and by {@code querySelector}: type, class, id and universal selectors joined by descendant and
 * child combinators. A selector it cannot match (attributes, pseudo-classes, {@code +},
 * {@code ~}) is dropped from its rule with a note; the rest of the rule still applies.
 *
 * <p>Values: keywords, numbers, dimensions, strings and URLs as written; {@code rgb()},
 * {@code hsl()} and every hex color (CSS Color 4, read by {@code ColorLevel4Parser} and
 * {@code ColorFunctions}) become {@link org.glassbox.css.Color}s; {@code calc()} becomes a
 * {@link org.glassbox.css.Calc}; {@code var()} and other functions stay functions until the
 * style phase substitutes them.
 *
 * <p>Not yet: {@code @media} and {@code @import} (skipped; a {@code media} attribute other than
 * screen or all skips its sheet), attribute selectors and pseudo-classes, {@code ::before} and
 * {@code ::after}, {@code min()}, {@code max()}, {@code clamp()}.
 */
package org.glassbox.css;
