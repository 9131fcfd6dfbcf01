/**
 * The script phase: a page's JavaScript runs, and may change the DOM before it is styled and
 * drawn.
 *
 * <p>Scripts run while the page is parsed, as in a browser. {@link org.glassbox.script.ScriptRunner}
 * holds what every page shares (the sandbox, which elements are classic scripts, where their
 * text comes from) and gives each page a {@link org.glassbox.script.DocumentScripts}, which the
 * HTML parser calls at every {@code </script>} end tag. An inline script, or an external one
 * without {@code defer} or {@code async}, runs there and then, seeing only the DOM parsed so far:
 * in {@code <head>}, {@code document.body} is null, and an element after the script cannot be
 * found yet. The classic scripts are the {@code <script>} elements with no type, an empty one
 * or a JavaScript MIME type; module scripts are skipped with a note, other types ignored.
 * External scripts come from the page's subresources, fetched in parallel by the preload scan
 * before parsing began. {@code document.write} during such a script puts its markup right
 * after the script ({@link org.glassbox.html.InsertionPoint}), and a script written that way runs
 * too. The engine's parse-html phase therefore includes the parser-blocking scripts, each
 * logged with {@code -v} as it runs; the script phase that follows is what HTML calls "the end"
 * (§13.2.7), one method a step in {@code DocumentScripts.finishLoading}: the document becomes
 * interactive, the {@code defer} scripts run in order, DOMContentLoaded, the {@code async}
 * scripts (as if each had just loaded: the order a browser most often shows), the document
 * becomes complete, the load event (the body's {@code onload} attribute). {@code document.readyState}
 * follows along: loading, interactive, complete.
 *
 * <p>All scripts of a page share one realm: one global object with the
 * standard built-ins, {@code document} and {@code console}. The realm is a sandbox: the
 * interpreter reaches no Java class and no {@code Packages} or {@code java}, a script that uses
 * more CPU time than its budget is stopped, and runaway recursion becomes a JavaScript error.
 * The DOM is the jsoup tree itself, shown to scripts through wrapper objects (DOM §4): each
 * jsoup node gets one wrapper, made the first time a script reaches it, so the same node is
 * always the same object. Wrappers read and change the jsoup nodes directly; selectors are
 * matched by Glassbox's own {@link org.glassbox.css.Selector}, as in the cascade. Whatever a
 * script does wrong — a syntax error, an uncaught exception, a failed fetch, a loop that never
 * ends — is one warning with the file and line, and the next script runs.
 *
 * <p>A script that asks how the page looks — {@code getComputedStyle(element)},
 * {@code getBoundingClientRect()}, {@code offsetWidth}, {@code offsetTop}, {@code offsetParent},
 * {@code clientWidth} — gets real answers: {@link org.glassbox.script.LayoutQueries} has the
 * engine run the style phase (for computed values) or the style and layout phases (for
 * geometry) on the DOM as it is at that moment, through the small
 * {@link org.glassbox.script.ForcedLayout} interface, and logs "forced style" or "forced layout".
 * The answers are kept until the DOM changes, as a browser keeps its layout until something
 * invalidates it.
 *
 * <p>Not supported:
 * <ul>
 *   <li>Module scripts ({@code type=module}), and scripts a script inserts into the page with
 *       {@code appendChild}; {@code nomodule} is not looked at, so such a script runs.</li>
 *   <li>Unbalanced {@code document.write}: each call's markup is parsed as a whole fragment, so
 *       {@code write("<div>")} makes an empty div rather than one that the page's next markup
 *       goes into. A written external script runs at once, not after the script that wrote it.
 *       After parsing, {@code document.write} is ignored with a warning (a browser would replace
 *       the document).</li>
 *   <li>An {@code async} script runs when the page is done parsing and every deferred script
 *       has run, never earlier, as if it had been the slowest to load.</li>
 *   <li>Forced layout's resolved values: {@code getComputedStyle} gives used values for
 *       {@code width} and {@code height} only; margins, paddings in percent and offsets such as
 *       {@code top} are their computed values, where a browser gives pixels. No scrolling, so
 *       {@code scrollTop} and friends are missing and client coordinates are page ones.
 *       Finding out whether the DOM changed serializes it, once per query.</li>
 *   <li>Language features Rhino lacks: {@code class}, {@code async}/{@code await}, spread in
 *       calls ({@code f(...args)}).</li>
 *   <li>Events other than the body's {@code onload} (no {@code addEventListener}, no event
 *       object), timers ({@code setTimeout}), {@code window} (but for {@code getComputedStyle}).</li>
 *   <li>Most of the DOM: this first binding has {@code getElementById},
 *       {@code getElementsByClassName} (an array, not a live collection), {@code querySelector},
 *       {@code createElement}, {@code createTextNode}, {@code appendChild},
 *       {@code insertBefore}, {@code removeChild}, {@code cloneNode}, {@code parentNode},
 *       {@code firstChild},
 *       {@code textContent}, {@code getAttribute}, {@code setAttribute}, {@code className},
 *       {@code body} and {@code documentElement}.</li>
 *   <li>DOMException: errors the DOM names HierarchyRequestError or InvalidCharacterError are
 *       thrown as TypeErrors whose message names them; an invalid selector is a SyntaxError.</li>
 *   <li>Calling an interface object: {@code new Element()} gives an object whose every use is a
 *       TypeError, rather than failing at once with "Illegal constructor".</li>
 *   <li>{@code console}'s {@code %s} formatting and its other methods ({@code table},
 *       {@code group}...).</li>
 *   <li>A memory limit: a script can still build a very large string or array.</li>
 * </ul>
 */
package org.glassbox.script;
