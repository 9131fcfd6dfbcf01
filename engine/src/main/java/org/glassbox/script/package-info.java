/**
 * The script phase: a page's JavaScript runs, and may change the DOM before it is styled and
 * drawn.
 *
 * <p>{@link org.glassbox.script.ScriptRunner} takes the parsed DOM and finds its classic scripts:
 * the {@code <script>} elements with no type, an empty one or a JavaScript MIME type (module
 * scripts are skipped with a note). In document order it takes each one's text — inline, or
 * fetched from its {@code src} through the {@link org.glassbox.net.Network} — and runs it to its
 * end with Mozilla Rhino. All scripts of a page share one realm: one global object with the
 * standard built-ins, {@code document} and {@code console}. The realm is a sandbox: the
 * interpreter reaches no Java class and no {@code Packages} or {@code java}, a script that uses
 * more CPU time than its budget or holds more than 512 MB is stopped, and runaway recursion
 * becomes a JavaScript error.
 * The DOM is the jsoup tree itself, shown to scripts through wrapper objects (DOM §4): each
 * jsoup node gets one wrapper, made the first time a script reaches it, so the same node is
 * always the same object. Wrappers read and change the jsoup nodes directly; selectors are
 * matched by Glassbox's own {@link org.glassbox.css.Selector}, as in the cascade. Whatever a
 * script does wrong — a syntax error, an uncaught exception, a failed fetch, a loop that never
 * ends — is one warning with the file, line and column, and the JavaScript stack, and the next
 * script runs.
 *
 * Once every script has run, the body's {@code onload} attribute runs as the page's load event
 * handler.
 *
 * <p>Not supported:
 * <ul>
 *   <li>Running each script when the parser reaches it: every script runs after the whole page
 *       is parsed and sees the whole DOM. {@code defer} and {@code async} make no difference.</li>
 *   <li>Module scripts ({@code type=module}), and scripts a script inserts into the page.</li>
 *   <li>Language features Rhino lacks: {@code class}, {@code async}/{@code await}, spread in
 *       calls ({@code f(...args)}).</li>
 *   <li>Events other than the body's {@code onload} (no {@code addEventListener}, no event
 *       object), timers ({@code setTimeout}), {@code document.write}, {@code window}.</li>
 *   <li>Layout from scripts: {@code offsetHeight}, {@code getBoundingClientRect} and the like
 *       are undefined.</li>
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
 *   <li>Stopping one long call into the standard library, such as {@code 'x'.repeat(2 ** 30)}:
 *       the budgets are checked between interpreter instructions, so it runs to its end, or
 *       fails for want of memory and stops the script.</li>
 * </ul>
 */
package org.glassbox.script;
