package org.glassbox.shell;

/**
 * The pages {@code glassbox bench --scale} renders: a page of exactly a given number of elements,
 * built from the shapes that stress different parts of an engine. After the head ({@code html},
 * {@code head}, {@code title}, {@code style}, {@code body}) a quarter of the rest are paragraphs
 * of wrapping text, a quarter blocks nested ten deep, a quarter inline spans inside paragraphs,
 * and the last quarter one long numbered list. The same page twice as large has twice as much of
 * each, so a phase whose time grows faster than the page shows it.
 */
final class ScalePage {

    private static final int HEAD_ELEMENTS = 5;
    private static final int NESTING_DEPTH = 10;
    private static final int SPANS_PER_PARAGRAPH = 9;

    /** The fewest elements a page can have: the head's, and a quarter big enough for a whole nest of blocks. */
    static final int MIN_ELEMENTS = HEAD_ELEMENTS + 4 * NESTING_DEPTH;

    private ScalePage() {}

    /** The HTML of a page with exactly {@code elements} elements, at least {@link #MIN_ELEMENTS}. */
    static String html(int elements) {
        int quarter = (elements - HEAD_ELEMENTS) / 4;
        StringBuilder page = new StringBuilder(elements * 40);
        page.append("<!DOCTYPE html><html><head><title>").append(elements).append(" elements</title><style>")
                .append(".nested { margin-left: 2px; border-left: 1px solid #ccc }")
                .append(" .note { color: #336 } .key { font-weight: bold } li:first-child { color: #444 }")
                .append("</style></head><body>\n");
        paragraphs(page, quarter);
        nestedBlocks(page, quarter);
        inlineSpans(page, quarter);
        longList(page, elements - HEAD_ELEMENTS - 3 * quarter);
        return page.append("</body></html>\n").toString();
    }

    /** {@code count} paragraphs of text long enough to wrap onto a second line. */
    private static void paragraphs(StringBuilder page, int count) {
        for (int i = 0; i < count; i++) {
            page.append("<p>Paragraph ").append(i)
                    .append(" is running text, long enough that the line box it starts fills up and the words")
                    .append(" that do not fit go on to the next line, as a paragraph of prose would.</p>\n");
        }
    }

    /** Blocks nested ten deep, {@code count} elements in all; what is left over from a whole nest is single blocks. */
    private static void nestedBlocks(StringBuilder page, int count) {
        for (int nest = 0; nest < count / NESTING_DEPTH; nest++) {
            page.append("<div class=nested>".repeat(NESTING_DEPTH)).append("Block ").append(nest)
                    .append("</div>".repeat(NESTING_DEPTH)).append('\n');
        }
        page.append("<div>Block</div>\n".repeat(count % NESTING_DEPTH));
    }

    /** Paragraphs of nine inline spans each, {@code count} elements in all with the paragraphs. */
    private static void inlineSpans(StringBuilder page, int count) {
        int perParagraph = SPANS_PER_PARAGRAPH + 1;
        for (int paragraph = 0; paragraph < count / perParagraph; paragraph++) {
            page.append("<p>");
            for (int span = 0; span < SPANS_PER_PARAGRAPH; span++) {
                page.append(span % 3 == 0 ? "<span class=key>" : "<span class=note>").append("span ").append(span)
                        .append("</span> and text ");
            }
            page.append("</p>\n");
        }
        page.append("<p>Text</p>\n".repeat(count % perParagraph));
    }

    /** One numbered list of {@code count} elements: the list and its items. */
    private static void longList(StringBuilder page, int count) {
        page.append("<ol>\n");
        page.append("<li>An item of the long list</li>\n".repeat(count - 1));
        page.append("</ol>\n");
    }
}
