/**
 * Parse CSS: the page's stylesheets into a CSSOM.
 *
 * <p>{@link org.glassbox.css.CssParser} collects, in cascade order, the user-agent stylesheet
 * (HTML's default rendering after the HTML standard's Rendering section, {@code user-agent.css}),
 * every {@code <style>} and {@code <link rel=stylesheet>} in document order — each preceded by
 * the sheets it {@code @import}s (cycles skipped), each honouring its {@code media} — with
 * {@code @media} blocks evaluated against the viewport ({@code MediaQuery}), the presentational
 * hints of legacy attributes such as {@code bgcolor} and {@code <font color>}
 * ({@code PresentationalHints}), and every {@code style=""} attribute. A fetched sheet's bytes
 * are decoded in the encoding its byte order mark, its response's charset, its {@code @charset}
 * or what referred to it names, else UTF-8 (CSS Syntax 3 §3.2, {@code StylesheetEncoding}).
 * cssparser tokenizes and parses; Glassbox turns its output into its own
 * {@link org.glassbox.css.StyleRule}s, {@link org.glassbox.css.Selector}s and
 * {@link org.glassbox.css.CssValue}s, expanding shorthands into longhands as it goes. Syntax
 * errors are logged with line and column and skipped, as CSS 2.1 §4.2 says. A sheet keeps at
 * most 32,768 rules ({@code RuleLimit}): the rest is cut before cssparser reads it, with a
 * warning.
 *
 * <p>{@link org.glassbox.css.Selector} is the engine's one selector matcher, used by the cascade
 * and by {@code querySelector}: Selectors Level 3 — type, universal, class, id, attribute
 * selectors, the four combinators, the structural pseudo-classes with an+b, {@code :not()},
 * {@code :root}, {@code :empty}, {@code :link}, and the four pseudo-elements — matched
 * right to left, with specificity per §9. Dynamic pseudo-classes ({@code :hover}…) never match.
 *
 * <p>Values: keywords, numbers, dimensions, strings and URLs as written; {@code rgb()},
 * {@code hsl()} and every hex color (CSS Color 4, read by {@code ColorLevel4Parser} and
 * {@code ColorFunctions}) become {@link org.glassbox.css.Color}s; {@code calc()} becomes a
 * {@link org.glassbox.css.Calc}; {@code var()} and other functions stay functions until the
 * style phase substitutes them.
 *
 * <p>Not yet: {@code @supports}, {@code @font-face} and other at-rules (skipped with a note),
 * media range syntax ({@code (width > 600px)}), Selectors 4 ({@code :is}, {@code :where},
 * {@code :has}), {@code min()}, {@code max()}, {@code clamp()}. A list with one invalid selector
 * drops its whole rule, as Selectors 3 §5 says.
 */
package org.glassbox.css;
