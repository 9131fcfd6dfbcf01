/**
 * Parse HTML: bytes to a DOM, with jsoup's implementation of the HTML standard's tokenizer and
 * tree builder (HTML §13.2). Broken markup is repaired the way every browser repairs it, so
 * parsing never fails. {@link org.glassbox.html.DomPrinter} prints the tree and gives later
 * phases the labels ({@code <div#main.note>}) and paths ({@code /html[1]/body[1]/div[2]}) their
 * dumps use.
 *
 * <p>Scripts run while the parser works. {@link org.glassbox.html.HtmlParser} first decodes the
 * body (byte order mark, HTTP charset, {@code <meta charset>} prescan, UTF-8), then feeds it to
 * jsoup's {@code StreamParser}, which hands back each element as it is completed. At each
 * {@code <script>} the parser asks its {@link org.glassbox.html.ScriptHost} (the script phase)
 * to handle it before going on, so that a script sees the DOM parsed up to its end tag and no
 * further. The stream parser hands an element back only once the next one has started; the
 * {@link org.glassbox.html.Lookahead} sets aside what it read past the script while the script
 * runs. While a script runs, {@code document.write} goes to its
 * {@link org.glassbox.html.InsertionPoint}, right after the script. With scripting enabled a
 * {@code <noscript>} holds text, as the standard's scripting flag says. Before all this,
 * {@link org.glassbox.html.HtmlParser#preloadScan} reads the page once without scripts to find
 * what it links to, so that stylesheets, scripts and images are fetched in parallel, as a
 * browser's preload scanner does. The parser keeps the DOM at most 512 elements deep, as
 * Chromium's does, making deeper elements siblings; {@link org.glassbox.html.DepthLimit} does the
 * same to a tree that scripts built deeper, once they have run, as every later phase recurses.
 * Two more limits keep a hostile page to seconds: the parser stops after 200,000 elements, and
 * once scripts have run {@link org.glassbox.html.ElementLimit} removes any they added past
 * that, and {@link org.glassbox.html.TextLimit} keeps the first 8 Mi characters of the page's
 * text; each says so in one warning, as does a body that is not valid in its
 * encoding (its bad bytes show as U+FFFD).
 *
 * <p>Not yet: unbalanced {@code document.write} (each write is parsed as a fragment of its own
 * and closed at its end); a {@code <noscript>} in {@code <head>} with scripting enabled, whose
 * content jsoup has already parsed as markup (an element in it ends the head); scripts in the
 * middle of a table, where foster parenting puts content before the table rather than after the
 * script; {@code <template>} contents are children of the template, not a fragment of their
 * own (their scripts do not run, as in a browser). A script that forces layout while the DOM it
 * built is deeper than 512 elements is stopped ("calls nested too deeply"): the limit applies only
 * once scripts have run. A script that adds elements in a loop can take long before the limit
 * removes them: the script budget counts its own instructions, not the DOM calls it makes.
 */
package org.glassbox.html;
