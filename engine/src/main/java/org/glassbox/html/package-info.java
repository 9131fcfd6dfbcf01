/**
 * Parse HTML: bytes to a DOM, with jsoup's implementation of the HTML standard's tokenizer and
 * tree builder (HTML §13.2). Broken markup is repaired the way every browser repairs it, so
 * parsing never fails. {@link org.glassbox.html.DomPrinter} prints the tree and gives later
 * phases the labels ({@code <div#main.note>}) and paths ({@code /html[1]/body[1]/div[2]}) their
 * dumps use.
 *
 * <p>Not yet: scripts running while the parser is still at work (they run after it, in the
 * script phase), {@code document.write}, XHTML's XML parser.
 */
package org.glassbox.html;
