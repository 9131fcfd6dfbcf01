package org.glassbox.render;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.glassbox.style.ComputedStyle;
import org.glassbox.style.FirstLetterStyle;

/**
 * The {@code ::first-letter} pseudo-element (CSS 2.1 §5.12.2): the first letter of a block
 * container's first formatted line, with the punctuation around it, becomes an inline box of its
 * own, styled by the block's {@code ::first-letter} rules. The letter is looked for in tree order,
 * inside inline boxes and inside a first child block, but not past an image or a line break,
 * which end the line's start without a letter.
 */
final class FirstLetter {

    /** CSS 2.1 §5.12.2: {@code ::first-letter} applies to block containers. */
    private static final Set<String> BLOCK_CONTAINERS = Set.of("block", "list-item", "inline-block", "table-cell",
            "table-caption", "flow-root");

    /**
     * The boxes that replace one box while looking for the letter, and whether the search is
     * over: it is once the letter is found, or once something other than white space came first.
     */
    private record Search(List<RenderObject> boxes, boolean over) {

        static Search goOn(RenderObject box) {
            return new Search(List.of(box), false);
        }

        static Search stop(RenderObject box) {
            return new Search(List.of(box), true);
        }
    }

    private FirstLetter() {}

    /** The children of a block whose first letter is split off into its own box, if the block has one. */
    static List<RenderObject> split(List<RenderObject> children, String display, FirstLetterStyle style) {
        if (style == null || !BLOCK_CONTAINERS.contains(display)) {
            return children;
        }
        return inBoxes(children, style).boxes();
    }

    private static Search inBoxes(List<RenderObject> boxes, FirstLetterStyle style) {
        List<RenderObject> replaced = new ArrayList<>();
        boolean over = false;
        for (RenderObject box : boxes) {
            Search search = over ? Search.stop(box) : inBox(box, style);
            replaced.addAll(search.boxes());
            over = search.over();
        }
        return new Search(replaced, over);
    }

    private static Search inBox(RenderObject box, FirstLetterStyle style) {
        if (box instanceof RenderText text) {
            return inText(text, style);
        }
        if (box instanceof RenderInline inline && !isLineBreak(inline)) {
            Search inside = inBoxes(inline.children(), style);
            return new Search(List.of(new RenderInline(inline.element(), inline.style(), inside.boxes())), inside.over());
        }
        if (box instanceof RenderBlock block && isInFlow(block)) {
            Search inside = inBoxes(block.children(), style);
            return new Search(List.of(new RenderBlock(block.element(), block.style(), inside.boxes())), inside.over());
        }
        return box instanceof RenderBlock ? Search.goOn(box) : Search.stop(box);
    }

    /** A line break ends the first line. */
    private static boolean isLineBreak(RenderInline inline) {
        return inline.element() != null && inline.element().normalName().equals("br");
    }

    /** Floats and absolutely positioned boxes are out of the flow, so they hold no part of the first line (CSS 2.1 §9.3). */
    private static boolean isInFlow(RenderBlock block) {
        return !block.style().isOutOfFlow();
    }

    /**
     * Splits text into what comes before the letter, the letter in its own inline box, and the
     * rest. Text that is nothing but punctuation, such as the opening quote of a {@code ::before},
     * is all part of the first letter, which goes on in the next text (as in Chromium).
     */
    private static Search inText(RenderText text, FirstLetterStyle style) {
        String content = text.text();
        int start = leadingSpaces(content);
        boolean onlyPunctuation = start < content.length() && afterPunctuation(content, start) == content.length();
        int end = onlyPunctuation ? content.length() : letterEnd(content, start);
        if (end == start) {
            return new Search(List.of(text), start < content.length());
        }
        List<RenderObject> boxes = new ArrayList<>();
        if (start > 0) {
            boxes.add(new RenderText(content.substring(0, start), text.style()));
        }
        ComputedStyle letterStyle = style.within(text.style());
        boxes.add(new RenderInline(null, letterStyle, List.of(new RenderText(content.substring(start, end), letterStyle))));
        if (end < content.length()) {
            boxes.add(new RenderText(content.substring(end), text.style()));
        }
        return new Search(boxes, !onlyPunctuation);
    }

    /** Collapsed white space before the letter is not part of it. */
    private static int leadingSpaces(String text) {
        int start = 0;
        while (start < text.length() && text.charAt(start) == ' ') {
            start++;
        }
        return start;
    }

    /**
     * Where the first letter that starts at {@code start} ends: punctuation, one letter (a whole
     * grapheme, with its combining marks), then punctuation again, none of it across a space; as
     * Chromium does, the "letter" may be any character that is not punctuation or a space. Returns
     * {@code start} if the text has no letter.
     */
    static int letterEnd(String text, int start) {
        int letter = afterPunctuation(text, start);
        if (letter == text.length() || text.charAt(letter) == ' ') {
            return start;
        }
        BreakIterator graphemes = BreakIterator.getCharacterInstance();
        graphemes.setText(text);
        return afterPunctuation(text, graphemes.following(letter));
    }

    private static int afterPunctuation(String text, int from) {
        int at = from;
        while (at < text.length() && isPunctuation(text.codePointAt(at))) {
            at += Character.charCount(text.codePointAt(at));
        }
        return at;
    }

    /** CSS 2.1 §5.12.2: the Unicode punctuation classes Ps, Pe, Pi, Pf and Po go with the letter. */
    private static boolean isPunctuation(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.START_PUNCTUATION, Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }
}
