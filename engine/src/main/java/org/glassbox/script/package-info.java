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
 * other handler attributes are compiled the first time their event comes. Once every script has
 * run, {@code DOMContentLoaded} is fired at the document and {@code load} at the window (a body's
 * {@code onload} is its handler), and the
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
 * <p>Not supported:
 * <ul>
 *   <li>Running each script when the parser reaches it: every script runs after the whole page
 *       is parsed and sees the whole DOM. {@code defer} and {@code async} make no difference.</li>
 *   <li>Module scripts ({@code type=module}), and scripts a script inserts into the page.</li>
 *   <li>Language features Rhino lacks: {@code class}, {@code async}/{@code await}, spread in
 *       calls ({@code f(...args)}).</li>
 *   <li>{@code document.write}.</li>
 *   <li>Events the engine does not fire: {@code readystatechange}, mouse
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
 *   <li>Layout from scripts: {@code offsetHeight}, {@code getBoundingClientRect} and the like
 *       are undefined.</li>
 *   <li>Parts of the DOM: namespaced attributes ({@code getAttributeNS}...) and the checks
 *       that tie a prefix to its namespace in {@code createElementNS},
 *       attributes as nodes ({@code Attr} has a name and a value, and {@code setAttributeNode}
 *       is missing), {@code normalize}, {@code isEqualNode}, {@code compareDocumentPosition},
 *       {@code importNode}, ranges, tree walkers and mutation observers; an HTMLCollection's
 *       named properties ({@code collection.someId}: use {@code namedItem}).</li>
 *   <li>The interfaces of particular HTML elements ({@code HTMLInputElement.value},
 *       {@code HTMLAnchorElement.href}...): every element is an {@code Element} with
 *       {@code hidden}, {@code dataset} and {@code style}; {@code <template>} contents.</li>
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
