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
 * becomes complete, the load event, then the event loop. {@code document.readyState} follows
 * along: loading, interactive, complete.
 *
 * <p>All scripts of a page share one realm: one global object with the
 * standard built-ins, {@code document} and {@code console}. The realm is a sandbox: the
 * interpreter reaches no Java class and no {@code Packages} or {@code java}, a script that uses
 * more CPU time than its budget or holds more than 512 MB is stopped, and runaway recursion
 * becomes a JavaScript error.
 * The DOM is the jsoup tree itself, shown to scripts through wrapper objects (DOM §4): each
 * jsoup node gets one wrapper, made the first time a script reaches it, so the same node is
 * always the same object. The wrapper classes follow the DOM's interfaces — {@code Node},
 * {@code Element}, {@code CharacterData} with {@code Text} and {@code Comment},
 * {@code Document}, {@code DocumentFragment} — and Rhino makes each interface's prototype from
 * a class's annotations; the mixins several interfaces share ({@code ParentNode},
 * {@code ChildNode}) are copied onto their prototypes. Wrappers read and change the jsoup nodes
 * directly, and every insertion goes through the mutation algorithms of one class, which throw
 * a {@code DOMException} (HierarchyRequestError, NotFoundError...) for a tree the DOM forbids.
 * {@code childNodes}, {@code children} and {@code getElementsBy*} are live collections that
 * read the tree again at each access; {@code innerHTML} is parsed by jsoup as a fragment and
 * serialized by Glassbox as HTML §13.3 says; selectors are matched by Glassbox's own
 * {@link org.glassbox.css.Selector}, as in the cascade. Whatever a
 * script does wrong — a syntax error, an uncaught exception, a failed fetch, a loop that never
 * ends — is one warning with the file, line and column, and the JavaScript stack, and the next
 * script runs.
 *
 * <p>The realm's global object is the {@link org.glassbox.script.Window}, an event target like
 * every node. Events are dispatched as DOM §2.9 says: down from the window to the target through
 * the capture listeners, then back up through the bubble listeners; {@code onclick="…"} and the
 * other handler attributes are compiled the first time their event comes. "The end" fires
 * {@code readystatechange} and {@code DOMContentLoaded} at the document and {@code load} at the
 * window (a body's {@code onload} is its handler), and then the
 * page's {@link org.glassbox.script.EventLoop} takes over: timers, animation frames, the responses
 * to {@code fetch()} and XMLHttpRequest are tasks due at a time on a virtual clock, run in that
 * order without waiting, each followed by its Promise reactions — a {@code setTimeout} of two
 * seconds runs at once, and the page is drawn as it looks after it. Ten seconds of virtual time,
 * or ten thousand tasks, end a page that never goes idle, with one line in the log. Then come the
 * user's clicks ({@code render --click}): a click toggles a checkbox, and one on a link loads the
 * linked page in place of this one. Scripts reach the network through the engine's, held to the
 * same-origin policy (a response from another origin is readable only if its
 * {@code Access-Control-Allow-Origin} allows it), and keep {@code localStorage} in memory, per
 * origin, for the engine's later pages. {@code document.cookie} reads and writes the engine's
 * cookie jar, all but its HttpOnly cookies.
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
 *   <li>Events the engine does not fire: mouse
 *       and keyboard events other than clicks; a click is a plain {@code Event}, not a
 *       {@code MouseEvent} or {@code PointerEvent}. Shadow trees and retargeting, passive
 *       listeners.</li>
 *   <li>Navigations a page starts by itself — a script's {@code click()} on a link, setting
 *       {@code location} — are logged, not followed: only the user's clicks navigate. Buttons do
 *       not submit forms.</li>
 *   <li>{@code window.open}, {@code postMessage}, scrolling, frames.</li>
 *   <li>Timers: the clamping of nested timers to 4 ms. Fetch: preflight requests, credentials
 *       modes, {@code Request} objects, streams and {@code blob()}; synchronous XMLHttpRequest.
 *       Storage: quotas, the {@code storage} event.</li>
 *   <li>Parts of the DOM: namespaced attributes ({@code getAttributeNS}...) and the checks
 *       that tie a prefix to its namespace in {@code createElementNS},
 *       attributes as nodes ({@code Attr} has a name and a value, and {@code setAttributeNode}
 *       is missing), {@code normalize}, {@code isEqualNode}, {@code compareDocumentPosition},
 *       {@code importNode}, ranges, tree walkers and mutation observers; an HTMLCollection's
 *       named properties ({@code collection.someId}: use {@code namedItem}).</li>
 *   <li>The interfaces of particular HTML elements ({@code HTMLInputElement.value},
 *       {@code HTMLAnchorElement.href}...): every element is an {@code Element} with
 *       {@code hidden}, {@code dataset} and {@code style}, and an input's {@code checked};
 *       {@code <template>} contents.</li>
 *   <li>{@code style} neither checks values nor expands shorthands into longhands;
 *       {@code location} is read-only (no {@code assign}, {@code reload}, no navigation by
 *       setting {@code href}).</li>
 *   <li>Calling an interface object: {@code new Element()} gives an object whose every use is a
 *       TypeError, rather than failing at once with "Illegal constructor".</li>
 *   <li>{@code console}'s other methods ({@code table}, {@code group}...).</li>
 *   <li>Stopping one long call into the standard library, such as {@code 'x'.repeat(2 ** 30)}:
 *       the budgets are checked between interpreter instructions, so it runs to its end, or
 *       fails for want of memory and stops the script.</li>
 * </ul>
 */
package org.glassbox.script;
