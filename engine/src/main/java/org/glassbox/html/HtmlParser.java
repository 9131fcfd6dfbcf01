package org.glassbox.html;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.glassbox.net.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The parse-HTML phase: bytes to a DOM, with jsoup's implementation of the HTML standard's
 * parsing algorithm (HTML §13.2). Like a browser it never fails: broken markup is repaired the
 * way the standard says, and the result always has {@code <html>}, {@code <head>} and
 * {@code <body>}.
 *
 * <p>The character encoding is, in order: the one the HTTP {@code Content-Type} names, a byte
 * order mark, a {@code <meta charset>} in the first bytes, else UTF-8 (HTML §13.2.3). Every node
 * keeps its position in the source, so later phases can report line numbers.
 */
public final class HtmlParser {

    /** Elements that load something: {@code rel} is a set of tokens, compared without case (HTML §4.6.7). */
    private static final String LINKED_RESOURCES = "link[rel~=(?i)(^|\\s)stylesheet(\\s|$)][href], script[src], img[src]";

    /** Parses a response's body into a document whose base URL is the response's URL. */
    public Document parse(Response response) {
        Parser parser = (isXhtml(response) ? Parser.xmlParser() : Parser.htmlParser()).setTrackPosition(true);
        String charset = response.charset().map(Charset::name).orElse(null);
        try {
            return Jsoup.parse(new ByteArrayInputStream(response.body()), charset, response.url().toString(), parser);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the response body", e);
        }
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
     * so that they can be fetched early and in parallel, as a browser's preload scanner does.
     */
    public static List<URI> linkedResources(Document dom) {
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
