package org.glassbox.html;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.glassbox.Log;
import org.glassbox.Phase;
import org.glassbox.PhaseListener;
import org.glassbox.net.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.parser.StreamParser;

/**
 * The parse-HTML phase: bytes to a DOM, with jsoup's implementation of the HTML standard's
 * parsing algorithm (HTML §13.2). Like a browser it never fails: broken markup is repaired the
 * way the standard says, and the result always has {@code <html>}, {@code <head>} and
 * {@code <body>}.
 *
 * <p>The character encoding is, in order: a byte order mark, the one the HTTP
 * {@code Content-Type} names, a {@code <meta charset>} in the first bytes, else UTF-8 (HTML
 * §13.2.3). Every node keeps its position in the source, so later phases can report line
 * numbers. Scripts run as the parser reaches them, through a {@link ScriptHost}.
 */
public final class HtmlParser {

    /** How far into the body the encoding prescan looks for a {@code <meta charset>} (HTML §13.2.3.2). */
    private static final int PRESCAN_BYTES = 1024;

    /** Elements that load something: {@code rel} is a set of tokens, compared without case (HTML §4.6.7). */
    private static final String LINKED_RESOURCES = "link[rel~=(?i)(^|\\s)stylesheet(\\s|$)][href], script[src], img[src]";

    private final Log log;

    /** A parser that tells nobody what it warns about. */
    public HtmlParser() {
        this(new Log(Phase.PARSE_HTML, PhaseListener.NONE));
    }

    /** A parser that warns {@code log} of a page larger than it keeps, or not valid in its encoding. */
    public HtmlParser(Log log) {
        this.log = log;
    }

    /**
     * Parses a response's body into a document whose base URL is the response's URL, with
     * scripting disabled: no script runs, as in the preload scan.
     */
    public Document parse(Response response) {
        return parse(response, ScriptHost.DISABLED);
    }

    /**
     * Parses a response's body into a document whose base URL is the response's URL, handing
     * each {@code <script>} to {@code scripts} when the parser reaches its end tag, so that a
     * script sees only the DOM parsed before it, and what it adds comes before what is parsed
     * after it (HTML §13.2.6.4.8). The parser is jsoup's {@link StreamParser}, which gives back
     * each element once it is complete; see {@link Lookahead} for how it is kept from running
     * ahead of a script.
     */
    public Document parse(Response response, ScriptHost scripts) {
        return parse(response, scripts, log);
    }

    private static Document parse(Response response, ScriptHost scripts, Log log) {
        Charset encoding = encoding(response);
        String text = decode(response.body(), encoding, log);
        String input = text.startsWith("\uFEFF") ? text.substring(1) : text; // the byte order mark is not content
        try (StreamParser stream = new StreamParser(treeBuilder(response)).parse(input, response.url().toString())) {
            completeAll(stream.iterator(), scripts, log);
            Document dom = stream.document();
            dom.outputSettings().charset(encoding); // a stylesheet without a charset of its own is read in it (CSS 2.1 §4.4)
            return dom;
        }
    }

    private static Parser treeBuilder(Response response) {
        return (isXhtml(response) ? Parser.xmlParser() : Parser.htmlParser()).setTrackPosition(true);
    }

    /**
     * Completes the elements one by one, stopping after {@link ElementLimit#MAX_ELEMENTS} with a
     * warning. The parser reads a little past each element it hands back, so the next one has
     * begun; it is cut off, or it would stay, empty but styled.
     */
    private static void completeAll(Iterator<Element> elements, ScriptHost scripts, Log log) {
        Element last = null;
        for (int count = 0; count < ElementLimit.MAX_ELEMENTS && elements.hasNext(); count++) {
            last = elements.next();
            completed(last, scripts);
        }
        if (elements.hasNext()) {
            ElementLimit.cutAfter(last);
            log.warn("the page has more than " + ElementLimit.MAX_ELEMENTS + " elements, the most Glassbox keeps:"
                    + " parsing stopped there, and the rest of the page is left out");
        }
    }

    /** What happens when the parser completes an element: a script runs; a noscript follows the scripting flag. */
    private static void completed(Element element, ScriptHost scripts) {
        boolean parserInserted = element.sourceRange().isTracked(); // the stream also hands back nodes scripts inserted
        if (element.nameIs("script") && parserInserted && !inTemplateContents(element)) {
            Lookahead lookahead = Lookahead.setAside(element);
            scripts.scriptEndTagReached(element, new InsertionPoint(element, scripts));
            lookahead.restore();
        } else if (element.nameIs("noscript") && scripts.scriptingEnabled()) {
            asRawText(element);
        }
    }

    /**
     * Whether an element is part of a {@code <template>}'s contents, which belong to a document
     * of their own with no browsing context (HTML §4.12.3), so their scripts never run. jsoup
     * keeps them as the template's children.
     */
    private static boolean inTemplateContents(Element element) {
        return element.parents().stream().anyMatch(ancestor -> ancestor.nameIs("template"));
    }

    /**
     * With scripting enabled, a {@code <noscript>} holds raw text, not markup (HTML §13.2.6.4.7,
     * "a start tag whose tag name is noscript, if the scripting flag is enabled"), so it renders
     * nothing. jsoup parses it as if scripting were disabled; this turns its content back into
     * text: the markup jsoup parsed, serialized again, which is the source text up to spacing and
     * quoting.
     */
    private static void asRawText(Element noscript) {
        String source = noscript.html();
        noscript.empty();
        if (!source.isEmpty()) {
            noscript.appendChild(new TextNode(source));
        }
    }

    /**
     * The document's character encoding (HTML §13.2.3.1): a byte order mark first, then the one
     * the HTTP {@code Content-Type} names, then a {@code <meta charset>} (or for XHTML the XML
     * declaration's) in the first 1,024 bytes — the prescan of §13.2.3.2, done by jsoup — else
     * UTF-8.
     */
    private static Charset encoding(Response response) {
        String declared = response.charset().map(Charset::name).orElse(null);
        byte[] body = response.body();
        try (InputStream prefix = new ByteArrayInputStream(body, 0, Math.min(PRESCAN_BYTES, body.length))) {
            return Jsoup.parse(prefix, declared, "", treeBuilder(response)).charset();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the response body", e);
        }
    }

    /**
     * The body as text. Bytes that are not valid in the encoding each become U+FFFD, the
     * replacement character, as the Encoding standard's decoders make them, with one warning
     * naming the first: the page still renders, as in a browser. A valid body, the usual case,
     * is decoded once; only a bad one is decoded again, with the replacements.
     */
    private static String decode(byte[] body, Charset encoding, Log log) {
        CharsetDecoder decoder = encoding.newDecoder();
        ByteBuffer bytes = ByteBuffer.wrap(body);
        CharBuffer chars = CharBuffer.allocate((int) Math.ceil(body.length * (double) decoder.maxCharsPerByte()));
        if (!decoder.decode(bytes, chars, true).isError() && !decoder.flush(chars).isError()) {
            return chars.flip().toString();
        }
        log.warn("the page is not valid " + encoding.name() + " (the first bad byte is at offset " + bytes.position()
                + "): every bad sequence shows as U+FFFD \uFFFD");
        return new String(body, encoding);
    }

    /**
     * XHTML is XML, and browsers parse it with an XML parser: no tag soup repaired, no implied
     * {@code <head>} or {@code <body>}, names as written (HTML §14).
     */
    private static boolean isXhtml(Response response) {
        return response.mediaType().equals("application/xhtml+xml");
    }

    /**
     * The text of a {@code <style>} or {@code <script>}: data in an HTML document, plain text in
     * an XHTML one, where the XML parser knows no raw-text elements.
     */
    public static String rawText(Element element) {
        return element.dataNodes().isEmpty() ? element.wholeText() : element.data();
    }

    /**
     * What the page links to and will need — stylesheets, scripts, images — in document order,
     * so that they can be fetched early and in parallel, before the parser gets to them: a
     * browser's preload scanner, which reads ahead while the parser waits for a script
     * (HTML's "speculative HTML parsing"). Here it is a parse of its own, with scripting disabled,
     * before the real one; what scripts add later is fetched when it is needed.
     */
    public List<URI> preloadScan(Response response) {
        // The real parse warns about a page too large; this one keeps quiet so the warning comes once.
        return linkedResources(parse(response, ScriptHost.DISABLED, new Log(Phase.PARSE_HTML, PhaseListener.NONE)));
    }

    private static List<URI> linkedResources(Document dom) {
        Set<URI> urls = new LinkedHashSet<>();
        for (Element element : dom.select(LINKED_RESOURCES)) {
            String url = element.absUrl(element.is("link") ? "href" : "src");
            try {
                urls.add(URI.create(url));
            } catch (IllegalArgumentException notAUrl) {
                // whoever needs it reports it when it asks for it
            }
        }
        urls.remove(URI.create(""));
        return List.copyOf(urls);
    }

    /** One line for logs, such as {@code 24 elements, 17 text nodes}. */
    public static String summary(Document dom) {
        int elements = dom.getAllElements().size() - 1;
        long texts = dom.getAllElements().stream().flatMap(e -> e.textNodes().stream()).count();
        return elements + " elements, " + texts + " text nodes";
    }
}
