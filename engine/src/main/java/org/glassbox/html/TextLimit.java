package org.glassbox.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The most text a page keeps for layout: 8 Mi characters. Layout measures every word, so its
 * time grows with the text: eight megabytes of words take it some five seconds and a gigabyte
 * of memory, and the 64 MiB a response may hold would take it a minute. The rendered image
 * shows far less: at most 16,384 pixels tall, about 900 lines of 16px text, some 100,000
 * characters at 800 pixels wide; the limit is set for the dumps, which show the whole layout,
 * and leaves room for the 5 Mi characters of a 100,000-element page ({@code glassbox bench --scale}).
 * Browsers lay out all of it; they split text nodes at 65,536 characters only to keep each one
 * cheap to edit. Applied once scripts have run, as a script can make text as long as it likes.
 */
public final class TextLimit {

    /** Characters of text, counted over the whole page in document order. */
    public static final int MAX_TEXT_LENGTH = 1 << 23;

    private TextLimit() {}

    /**
     * Cuts the page's text after {@link #MAX_TEXT_LENGTH} characters: the text node that crosses
     * the limit keeps its beginning, and those after it become empty. Returns the page's whole
     * length, kept or not. The text of {@code <style>} and {@code <script>} is not the page's
     * text: in XHTML it is a text node, and it is left alone.
     */
    public static long cut(Document dom) {
        long length = 0;
        for (TextNode text : textNodes(dom)) {
            String whole = text.getWholeText();
            if (length + whole.length() > MAX_TEXT_LENGTH) {
                text.text(whole.substring(0, room(whole, MAX_TEXT_LENGTH - length)));
            }
            length += whole.length();
        }
        return length;
    }

    /** How much of {@code text} fits in {@code room} characters, never splitting a surrogate pair. */
    private static int room(String text, long room) {
        int end = (int) Math.max(0, room);
        return end > 0 && Character.isHighSurrogate(text.charAt(end - 1)) ? end - 1 : end;
    }

    /** The page's text nodes in document order, found without recursion. */
    private static List<TextNode> textNodes(Document dom) {
        List<TextNode> found = new ArrayList<>();
        NodeTraversor.traverse((NodeVisitor) (node, depth) -> {
            if (node instanceof TextNode text && !isRawText(text.parent())) {
                found.add(text);
            }
        }, dom);
        return found;
    }

    private static boolean isRawText(Node parent) {
        return parent != null && (parent.nameIs("style") || parent.nameIs("script"));
    }
}
