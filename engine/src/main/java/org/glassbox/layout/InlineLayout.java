package org.glassbox.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.IntToDoubleFunction;
import java.util.regex.Pattern;
import org.glassbox.css.Color;
import org.glassbox.layout.InlineFragment.ImageBox;
import org.glassbox.layout.InlineFragment.InlineBlock;
import org.glassbox.layout.InlineFragment.InlineBox;
import org.glassbox.layout.InlineFragment.MarkerBox;
import org.glassbox.layout.InlineFragment.TextRun;
import org.glassbox.render.RenderBlock;
import org.glassbox.render.RenderImage;
import org.glassbox.render.RenderInline;
import org.glassbox.render.RenderMarker;
import org.glassbox.render.RenderObject;
import org.glassbox.render.RenderText;
import org.glassbox.style.ComputedStyle;
import org.glassbox.style.Property;

/**
 * Inline formatting (CSS 2.1 §9.4.2): flows a block's inline content into line boxes. It
 * happens in three steps, each needing the one before: the content is cut into words, spaces,
 * the edges of inline boxes, forced breaks and atomic boxes (images); these are packed greedily
 * into lines, breaking only where {@code white-space} allows; then each line is measured
 * vertically (§10.8) and its text runs, inline boxes and images get their positions.
 *
 * <p>Not yet: bidirectional text, hyphenation, breaking inside a word that is too long
 * ({@code overflow-wrap}), {@code text-align} on lines shortened by floats.
 */
final class InlineLayout {

    /**
     * Where text is cut into words, spaces and newlines: on either side of each space and newline.
     * Compiled once, as {@link String#split} would compile it again for every text.
     */
    static final Pattern AROUND_SPACES = Pattern.compile("(?<=[ \n])|(?=[ \n])");

    /** A piece of inline content, with the inline boxes it sits in, outermost first. */
    private sealed interface Item {
        List<RenderInline> inlines();

        /** The text node the item comes from; null for an edge, a break or an image, which are not text. */
        default RenderText source() {
            return null;
        }

        default String text() {
            return "";
        }
    }

    /** A word: text between spaces, which is never broken. */
    private record Word(String text, RenderText source, List<RenderInline> inlines) implements Item {}

    /**
     * A space: where a line may break if {@code white-space} lets it wrap. A collapsible space
     * vanishes at a line's end (CSS 2.1 §16.6.1); a preserved one stays.
     */
    private record Space(String text, RenderText source, List<RenderInline> inlines) implements Item {

        WhiteSpace whiteSpace() {
            return WhiteSpace.of(source.style());
        }
    }

    /**
     * Where an inline box starts or ends; {@code inlines}' last entry is that box. CSS 2.1
     * §10.3.1 and §9.4.2: its horizontal margin, border and padding take room on the line there.
     */
    private record Edge(List<RenderInline> inlines, boolean start, Frame frame) implements Item {

        RenderInline box() {
            return inlines.get(inlines.size() - 1);
        }

        double width() {
            return start ? frame.left() : frame.right();
        }
    }

    /** A forced line break: a {@code <br>}, or a newline that {@code white-space} preserves (CSS 2.1 §16.6.1). */
    private record ForcedBreak(List<RenderInline> inlines) implements Item {}

    /**
     * An atomic inline-level box (CSS 2.1 §9.2.2), an image or an inline-block, laid out on its own
     * and never broken. CSS Text 3 §5.1: "for Web-compatibility there is a soft wrap opportunity
     * before and after each replaced element", space or not.
     *
     * @param box the box laid out at (0, 0), its margins around it
     * @param baseline the distance from the top of its margin box to its baseline
     */
    private record Atomic(RenderObject renderObject, BlockBox box, double baseline, List<RenderInline> inlines) implements Item {

        double marginBoxWidth() {
            return box.width() + box.margin().horizontal();
        }

        double marginBoxHeight() {
            return box.height() + box.margin().vertical();
        }
    }

    /**
     * What inline layout needs from the block it fills: the band of each line that floats leave
     * free (CSS 2.1 §9.5), in the block's content box, and inline-blocks laid out (§10.3.9).
     */
    interface Surroundings {

        /** The free part of {@code [0, width]} between {@code top} and {@code top + height}. */
        Floats.Band band(double top, double height);

        /** Where the first float that ends below {@code top} ends; {@code top} if none does. */
        double nextFloatBottom(double top);

        BlockLayout.Laid layoutInlineBlock(RenderBlock block);
    }

    /**
     * A list item's marker (CSS 2.1 §12.5) that is not simply text on the line: a glyph, or
     * text hanging outside the line.
     */
    private record Marker(RenderMarker marker, List<RenderInline> inlines) implements Item {}

    /**
     * Chromium's geometry of a glyph marker, from its font's ascent: a bullet a third of the
     * ascent wide, then a gap; outside, the whole hangs left of the line.
     */
    record GlyphMarker(double ascent) {

        int offset() {
            return (int) ascent * 2 / 3;
        }

        int size() {
            return (offset() + 1) / 2;
        }

        /** The bullet's box, then Chromium's 7px marker padding and one pixel more. */
        double advance() {
            return size() + offset() + 8;
        }

        /** Where the bullet's top is below the top of the font's ascent. */
        double top() {
            return 3 * ((int) ascent - offset()) / 2;
        }
    }

    /** The margin, border and padding of an inline box (CSS 2.1 §8.1). */
    private record Frame(Edges margin, Edges border, Edges padding) {

        double left() {
            return margin.left() + border.left() + padding.left();
        }

        double right() {
            return margin.right() + border.right() + padding.right();
        }

        boolean isEmpty() {
            return margin.equals(Edges.ZERO) && border.equals(Edges.ZERO) && padding.equals(Edges.ZERO);
        }
    }

    /** CSS 2.1 §16.6: what each value of {@code white-space} does with spaces, newlines and wrapping. */
    private enum WhiteSpace {
        NORMAL(true, true), NOWRAP(true, false), PRE(false, false), PRE_WRAP(false, true), PRE_LINE(true, true);

        final boolean collapsesSpaces;
        final boolean wraps;

        WhiteSpace(boolean collapsesSpaces, boolean wraps) {
            this.collapsesSpaces = collapsesSpaces;
            this.wraps = wraps;
        }

        /** {@code break-spaces} (CSS Text 3) is laid out as {@code pre-wrap}. */
        static WhiteSpace of(ComputedStyle style) {
            return switch (style.keyword(Property.WHITE_SPACE)) {
                case "nowrap" -> NOWRAP;
                case "pre" -> PRE;
                case "pre-wrap", "break-spaces" -> PRE_WRAP;
                case "pre-line" -> PRE_LINE;
                default -> NORMAL;
            };
        }
    }

    private final Fonts fonts;

    InlineLayout(Fonts fonts) {
        this.fonts = fonts;
    }

    /**
     * Lays out {@code block}'s inline children in lines of {@code width}; the first line starts at
     * y = 0. Beside floats a line is only as wide as the band they leave free where it is (CSS 2.1
     * §9.5). Where a line is depends on how tall the lines above it are, so the lines are first
     * laid out at full width and then, if floats narrow any of them, again in the bands at those
     * heights.
     */
    List<LineBox> layout(RenderBlock block, double width, Surroundings surroundings) {
        List<Item> items = new ArrayList<>();
        collect(block.children(), List.of(), width, surroundings, items);
        double indent = BlockLayout.resolve(block.style().get(Property.TEXT_INDENT), width);
        List<LineBox> lines = layoutLines(items, block.style(), indent, line -> new Floats.Band(0, width));
        boolean besideFloats = lines.stream().map(line -> surroundings.band(line.y(), line.height()))
                .anyMatch(band -> band.left() != 0 || band.right() != width);
        return besideFloats ? layoutLines(items, block.style(), indent, new BesideFloats(lines, surroundings)) : lines;
    }

    /** The room each line has (CSS 2.1 §9.5): the band floats leave it, from 0 to the block's width when there are none. */
    private interface LineRoom {

        Floats.Band band(int line);

        /**
         * Moves a line that does not fit beside the floats down to where the next of them ends;
         * false if none ends below it.
         */
        default boolean lower(int line) {
            return false;
        }

        /** How far the line was moved down past floats. */
        default double drop(int line) {
            return 0;
        }
    }

    /** The lines' room beside floats, at the heights a first layout at full width found for them. */
    private static final class BesideFloats implements LineRoom {
        private final List<LineBox> firstLayout;
        private final Surroundings surroundings;
        private final Map<Integer, Double> drops = new HashMap<>();

        BesideFloats(List<LineBox> firstLayout, Surroundings surroundings) {
            this.firstLayout = firstLayout;
            this.surroundings = surroundings;
        }

        @Override
        public Floats.Band band(int line) {
            return surroundings.band(top(line), line < firstLayout.size() ? firstLayout.get(line).height() : 1);
        }

        @Override
        public boolean lower(int line) {
            double top = top(line);
            double below = surroundings.nextFloatBottom(top);
            drops.merge(line, below - top, Double::sum);
            return below > top;
        }

        @Override
        public double drop(int line) {
            return drops.getOrDefault(line, 0.0);
        }

        private double top(int line) {
            LineBox last = firstLayout.get(firstLayout.size() - 1);
            double top = line < firstLayout.size() ? firstLayout.get(line).y() : last.y() + last.height();
            for (int i = 0; i <= line; i++) {
                top += drop(i);
            }
            return top;
        }
    }

    /** Breaks the items into lines, each in its room, and lays each line out below the one before. */
    private List<LineBox> layoutLines(List<Item> items, ComputedStyle style, double indent, LineRoom room) {
        List<List<Item>> lines = breakLines(items, room, indent);
        List<LineBox> boxes = new ArrayList<>();
        double y = 0;
        for (int i = 0; i < lines.size(); i++) {
            Floats.Band band = room.band(i);
            double start = band.left() + (i == 0 ? indent : 0);
            y += room.drop(i);
            LineBox box = lineBox(lines.get(i), style, start, band.right(), i == lines.size() - 1, y);
            boxes.add(box);
            y += box.height();
        }
        return boxes;
    }

    // Step 1: words, spaces, edges, breaks and images.

    /** @param width the block's content width, which percentages in margins, padding and an image's size are of */
    private void collect(List<RenderObject> boxes, List<RenderInline> inlines, double width, Surroundings surroundings,
            List<Item> items) {
        for (RenderObject box : boxes) {
            if (box instanceof RenderInline inline && isLineBreak(inline)) {
                items.add(new ForcedBreak(append(inlines, inline)));
            } else if (box instanceof RenderInline inline) {
                List<RenderInline> inside = append(inlines, inline);
                Frame frame = frame(inline.style(), width);
                items.add(new Edge(inside, true, frame));
                collect(inline.children(), inside, width, surroundings, items);
                items.add(new Edge(inside, false, frame));
            } else if (box instanceof RenderImage image) {
                items.add(image(image, width, inlines));
            } else if (box instanceof RenderBlock block) {
                items.add(inlineBlock(block, inlines, surroundings));
            } else if (box instanceof RenderMarker marker) {
                items.add(marker(marker, inlines));
            } else {
                words((RenderText) box, inlines, items);
            }
        }
    }

    /** CSS 2.1 §10.8.1: an image has no baseline, so the bottom of its margin box is its baseline. */
    private static Atomic image(RenderImage image, double width, List<RenderInline> inlines) {
        ReplacedLayout.Sized size = ReplacedLayout.inline(image, width);
        BlockBox box = new BlockBox(image.element(), image.style(), 0, 0, size.borderBoxWidth(), size.borderBoxHeight(),
                size.margin(), size.border(), size.padding(), List.of(), List.of(), image.image());
        return new Atomic(image, box, size.marginBoxHeight(), inlines);
    }

    /**
     * CSS 2.1 §10.8.1: an inline-block's baseline is that of its last line box, or, if it has
     * none or its overflow is not visible, the bottom of its margin box.
     */
    private static Atomic inlineBlock(RenderBlock block, List<RenderInline> inlines, Surroundings surroundings) {
        BlockBox box = surroundings.layoutInlineBlock(block).box();
        double bottom = box.height() + box.margin().vertical();
        double baseline = block.style().get(Property.OVERFLOW).is("visible")
                ? lastBaseline(box).orElse(bottom - box.margin().top()) + box.margin().top() : bottom;
        return new Atomic(block, box, baseline, inlines);
    }

    /** The baseline of the last line box inside a box, from the top of its border box. */
    private static OptionalDouble lastBaseline(BlockBox box) {
        for (int i = box.children().size() - 1; i >= 0; i--) {
            BlockBox child = box.children().get(i);
            OptionalDouble inside = lastBaseline(child);
            if (inside.isPresent()) {
                return OptionalDouble.of(child.y() + inside.getAsDouble());
            }
        }
        if (box.lines().isEmpty()) {
            return OptionalDouble.empty();
        }
        LineBox last = box.lines().get(box.lines().size() - 1);
        return OptionalDouble.of(last.y() + last.baseline());
    }

    /**
     * The HTML standard's rendering section makes {@code <br>} a forced line break ({@code
     * display-outside: newline}). It sits in its own inline box, empty, as in Chromium.
     */
    private static boolean isLineBreak(RenderInline inline) {
        return inline.element() != null && inline.element().normalName().equals("br");
    }

    /** An inside text marker is just the first word of the line; the others are laid out apart. */
    private static Item marker(RenderMarker marker, List<RenderInline> inlines) {
        return marker.outside() || marker.text().isEmpty() ? new Marker(marker, inlines)
                : new Word(marker.text(), new RenderText(marker.text(), marker.style()), inlines);
    }

    /** CSS 2.1 §10.3.1: an inline box's auto margins are 0; percentages are of the containing block's width. */
    private static Frame frame(ComputedStyle style, double width) {
        return new Frame(ReplacedLayout.inlineMargins(style, width), BlockLayout.border(style),
                BlockLayout.padding(style, width));
    }

    /**
     * Cuts text at spaces and preserved newlines. CSS 2.1 §16.6.1: a collapsible space right
     * after another collapsible space collapses away, even across an inline box's edge.
     */
    private static void words(RenderText text, List<RenderInline> inlines, List<Item> items) {
        WhiteSpace whiteSpace = WhiteSpace.of(text.style());
        for (String token : AROUND_SPACES.split(text.text())) {
            if (token.equals("\n")) {
                items.add(new ForcedBreak(inlines));
            } else if (!token.equals(" ")) {
                items.add(new Word(transform(token, text.style(), endsInWord(items)), text, inlines));
            } else if (!whiteSpace.collapsesSpaces || !endsWithSpace(items)) {
                items.add(new Space(token, text, inlines));
            }
        }
    }

    /** The last item that is not an edge is a space or a break, or there is none. */
    private static boolean endsWithSpace(List<Item> items) {
        Item last = lastText(items);
        return last == null || last instanceof Space || last instanceof ForcedBreak;
    }

    /** The last item that is not an edge; null if there is none. */
    private static Item lastText(List<Item> items) {
        for (int i = items.size() - 1; i >= 0; i--) {
            if (!(items.get(i) instanceof Edge)) {
                return items.get(i);
            }
        }
        return null;
    }

    /** Whether the text so far ends inside a word: on a letter or digit, which the next letter continues. */
    private static boolean endsInWord(List<Item> items) {
        Item last = lastText(items);
        return last instanceof Word word && !word.text().isEmpty()
                && Character.isLetterOrDigit(word.text().charAt(word.text().length() - 1));
    }

    /**
     * CSS 2.1 §16.5: {@code text-transform}; {@code capitalize} uppercases the first letter of each
     * word, where a word starts at a letter after anything but a letter or digit (an apostrophe
     * inside a word, as in "don't", does not start one).
     */
    private static String transform(String word, ComputedStyle style, boolean inWord) {
        return switch (style.keyword(Property.TEXT_TRANSFORM)) {
            case "uppercase" -> word.toUpperCase(Locale.ROOT);
            case "lowercase" -> word.toLowerCase(Locale.ROOT);
            case "capitalize" -> capitalize(word, inWord);
            default -> word;
        };
    }

    private static String capitalize(String text, boolean inWord) {
        StringBuilder capitalized = new StringBuilder(text.length());
        boolean afterLetter = inWord;
        for (char c : text.toCharArray()) {
            capitalized.append(afterLetter ? c : Character.toUpperCase(c));
            afterLetter = Character.isLetterOrDigit(c) || afterLetter && (c == '\'' || c == '\u2019');
        }
        return capitalized.toString();
    }

    private static List<RenderInline> append(List<RenderInline> inlines, RenderInline inline) {
        List<RenderInline> longer = new ArrayList<>(inlines);
        longer.add(inline);
        return List.copyOf(longer);
    }

    // Step 2: line breaking.

    /** Words and edges between two break opportunities, which a line never breaks, and the space before them. */
    private record Group(Space spaceBefore, List<Item> items) {

        boolean hasContent() {
            return items.stream().anyMatch(InlineLayout::isContent);
        }

        boolean isForcedBreak() {
            return items.size() == 1 && items.get(0) instanceof ForcedBreak;
        }

        /** A preserved space is kept at the start of a line; a collapsible one is not, nor before a forced break. */
        boolean keepsSpace(boolean lineHasContent) {
            if (spaceBefore == null) {
                return false;
            }
            boolean collapsible = spaceBefore.whiteSpace().collapsesSpaces;
            return collapsible ? lineHasContent && !isForcedBreak() : true;
        }
    }

    /**
     * What makes a line a line (CSS 2.1 §9.4.2): words, atomic boxes, forced breaks, and inline
     * boxes with margins, borders or padding; spaces alone do not.
     */
    private static boolean isContent(Item item) {
        return item instanceof Word || item instanceof Atomic || item instanceof ForcedBreak || item instanceof Marker
                || item instanceof Edge edge && !edge.frame().isEmpty();
    }

    /** The line being filled while breaking. */
    private final class OpenLine {
        final List<Item> items = new ArrayList<>();
        double width;
        boolean hasContent;

        /** A marker makes a line but, like the line's start, lets a collapsible space after it vanish. */
        void add(Item item) {
            items.add(item);
            width += width(item);
            hasContent |= isContent(item) && !(item instanceof Marker);
        }
    }

    /**
     * Greedy line breaking: each group goes on the current line if it fits, else it starts the
     * next one. A group wider than a whole line gets a line of its own and overflows it. A forced
     * break ends its line.
     *
     * @param available the width available to each line, by index: floats and text-indent make it vary
     */
    private List<List<Item>> breakLines(List<Item> items, LineRoom room, double indent) {
        IntToDoubleFunction available = index -> room.band(index).width() - (index == 0 ? indent : 0);
        List<List<Item>> lines = new ArrayList<>();
        OpenLine line = new OpenLine();
        for (Group group : groups(items)) {
            lowerPastFloats(line, group, room, available, lines.size());
            boolean keepSpace = group.keepsSpace(line.hasContent);
            double spaceWidth = keepSpace ? width(group.spaceBefore()) : 0;
            if (line.hasContent && group.hasContent()
                    && line.width + spaceWidth + width(group.items()) > available.applyAsDouble(lines.size())) {
                lines.add(trimEnd(line.items));
                line = new OpenLine();
                keepSpace = group.keepsSpace(false);
            }
            if (keepSpace) {
                line.add(group.spaceBefore());
            }
            group.items().forEach(line::add);
            if (group.isForcedBreak()) {
                lines.add(trimEnd(line.items));
                line = new OpenLine();
            }
        }
        if (!line.items.isEmpty()) {
            lines.add(trimEnd(line.items));
        }
        return lines;
    }

    /**
     * CSS 2.1 §9.5: a line whose first piece does not fit beside the floats goes down past them,
     * one float at a time, until it fits or no float is left beside it.
     */
    private void lowerPastFloats(OpenLine line, Group group, LineRoom room, IntToDoubleFunction available, int index) {
        if (line.hasContent || !group.hasContent()) {
            return;
        }
        double needed = width(group.items());
        while (needed > available.applyAsDouble(index)) {
            if (!room.lower(index)) {
                return;
            }
        }
    }

    /** CSS 2.1 §16.6.1: collapsible spaces at the end of a line are removed. */
    private static List<Item> trimEnd(List<Item> line) {
        List<Item> trimmed = new ArrayList<>(line);
        for (int i = trimmed.size() - 1; i >= 0; i--) {
            Item item = trimmed.get(i);
            if (item instanceof Space space && space.whiteSpace().collapsesSpaces) {
                trimmed.remove(i);
            } else if (!(item instanceof Edge || item instanceof ForcedBreak)) {
                break;
            }
        }
        return trimmed;
    }

    /**
     * Cuts the items where a line may break: at spaces that may wrap, around atomic boxes in
     * text that may wrap, and at forced breaks.
     */
    private static List<Group> groups(List<Item> items) {
        List<Group> groups = new ArrayList<>();
        Space space = null;
        List<Item> group = new ArrayList<>();
        for (Item item : items) {
            if (item instanceof Space next && next.whiteSpace().wraps) {
                groups.add(new Group(space, group));
                space = next;
                group = new ArrayList<>();
            } else if (item instanceof ForcedBreak || item instanceof Atomic atomic && wraps(atomic)) {
                if (!group.isEmpty() || space != null) {
                    groups.add(new Group(space, group));
                }
                groups.add(new Group(null, List.of(item)));
                space = null;
                group = new ArrayList<>();
            } else {
                group.add(item);
            }
        }
        groups.add(new Group(space, group));
        return groups;
    }

    /** Whether the text around an atomic box may wrap: the white-space of the box it sits in. */
    private static boolean wraps(Atomic atomic) {
        return atomic.inlines().isEmpty()
                || WhiteSpace.of(atomic.inlines().get(atomic.inlines().size() - 1).style()).wraps;
    }

    private double width(List<Item> items) {
        double width = 0;
        for (Item item : items) {
            width += width(item);
        }
        return width;
    }

    private double width(Item item) {
        if (item instanceof Atomic atomic) {
            return atomic.marginBoxWidth();
        }
        if (item instanceof Edge edge) {
            return edge.width();
        }
        if (item instanceof ForcedBreak) {
            return 0;
        }
        if (item instanceof Marker marker) {
            return marker.marker().outside() ? 0 : glyphMarker(marker.marker()).advance();
        }
        double width = fonts.fontFor(item.source().style()).width(item.text());
        return item instanceof Space ? width + wordSpacing(item.source().style()) : width;
    }

    private GlyphMarker glyphMarker(RenderMarker marker) {
        return new GlyphMarker(fonts.fontFor(marker.style()).height().ascent());
    }

    /** CSS 2.1 §16.4: extra room after each space, on top of the font's. */
    private static double wordSpacing(ComputedStyle style) {
        return style.px(Property.WORD_SPACING);
    }

    // Step 3: one line box, horizontally (§16.2) then vertically (§10.8).

    /** Text from one source placed on one line: it becomes one text run. */
    private record Run(RenderText source, String text, double x, double width, List<RenderInline> inlines) {}

    /** An atomic box placed on a line, at {@code x} from the line's start. */
    private record PlacedAtomic(Atomic atomic, double x) {}

    /** The part of an inline box on one line: its border box's horizontal extent and whether its start and end are here. */
    private static final class Span {
        double start = Double.NaN;
        double end;
        boolean first;
        boolean last;

        /** Content from {@code from} to {@code to} lies inside the box. */
        void cover(double from, double to) {
            end = Double.isNaN(start) ? to : Math.max(end, to);
            start = Double.isNaN(start) ? from : start;
        }
    }

    /** A marker placed on a line: its box's left edge, from the line's start, not moved by text-align. */
    private record PlacedMarker(RenderMarker marker, double x, List<RenderInline> inlines) {}

    /** The pieces of a line placed from left to right. */
    private record Placed(List<Run> runs, List<PlacedAtomic> atomics, List<PlacedMarker> markers,
            Map<RenderInline, Span> spans, double width) {}

    /**
     * @param start where the line's content starts: the text-indent on a block's first line
     * @param last whether this is the block's last line, which {@code justify} leaves alone
     */
    private LineBox lineBox(List<Item> line, ComputedStyle blockStyle, double start, double width, boolean last,
            double y) {
        double extra = justification(line, blockStyle, width - start - width(line), last);
        Placed placed = place(line, start, extra);
        double shift = extra > 0 ? 0 : alignmentShift(blockStyle, width - placed.width());
        VerticalAlignment vertical = verticalAlignment(line, placed, blockStyle);
        Map<RenderInline, List<RenderInline>> paths = paths(line);
        List<InlineFragment> fragments = new ArrayList<>();
        LineLayers layers = new LineLayers();
        placed.spans().forEach((inline, span) -> fragments.add(layers.add(relative(
                inlineBox(inline, span, width, shift, vertical.baseline(inline)), paths.get(inline), null, width),
                paths.get(inline), null)));
        placed.atomics().forEach(atomic -> fragments.add(layers.add(relative(
                atomicBox(atomic, shift, vertical.top(atomic.atomic())), atomic.atomic().inlines(),
                atomic.atomic().box().style(), width), atomic.atomic().inlines(), atomic.atomic().box().style())));
        placed.runs().forEach(run -> fragments.add(layers.add(relative(
                textRun(run, shift, vertical.baseline(run.inlines())), run.inlines(), null, width), run.inlines(), null)));
        placed.markers().forEach(marker -> fragments.add(layers.add(markerFragment(marker,
                marker.marker().outside() ? -startEdges(blockStyle, width) : shift, vertical.baseline(marker.inlines())),
                marker.inlines(), null)));
        return new LineBox(0, y, width, vertical.height(), vertical.lineBaseline(), fragments, layers.all());
    }

    /**
     * The layers of one line ({@link LineBox.InlineLayer}): each item goes to the layer of the
     * outermost box around it that paints as one, or of itself if it is such an atomic box.
     */
    private static final class LineLayers {
        /** A layer being gathered: the box's style and the items found in it so far. */
        private record Gathering(ComputedStyle style, List<InlineFragment> items) {}

        /** Keyed by the box that paints as a layer: a RenderInline, or the atomic box's own fragment. */
        private final Map<Object, Gathering> layers = new LinkedHashMap<>();

        /** @param own the style of an atomic box, null for other items */
        InlineFragment add(InlineFragment fragment, List<RenderInline> inlines, ComputedStyle own) {
            Optional<RenderInline> inline = inlines.stream()
                    .filter(candidate -> LineBox.InlineLayer.paintsAsLayer(candidate.style())).findFirst();
            if (inline.isPresent()) {
                gather(inline.get(), inline.get().style(), fragment);
            } else if (own != null && LineBox.InlineLayer.paintsAsLayer(own)) {
                gather(fragment, own, fragment);
            }
            return fragment;
        }

        private void gather(Object owner, ComputedStyle style, InlineFragment fragment) {
            layers.computeIfAbsent(owner, key -> new Gathering(style, new ArrayList<>())).items().add(fragment);
        }

        List<LineBox.InlineLayer> all() {
            return layers.values().stream().map(layer -> new LineBox.InlineLayer(layer.style(), layer.items())).toList();
        }
    }

    /**
     * CSS 2.1 §12.5 leaves an outside marker's place to the browser; Chromium hangs it outside
     * the list item's border box, so the item's left border and padding stand between the marker
     * and the text. (A list item whose first line is in an anonymous block has none there.)
     */
    private static double startEdges(ComputedStyle block, double width) {
        return BlockLayout.border(block).left() + BlockLayout.padding(block, width).left();
    }

    /** Each inline box on the line with the inline boxes around it, outermost first, itself last. */
    private static Map<RenderInline, List<RenderInline>> paths(List<Item> line) {
        Map<RenderInline, List<RenderInline>> paths = new HashMap<>();
        for (Item item : line) {
            for (int i = 0; i < item.inlines().size(); i++) {
                paths.putIfAbsent(item.inlines().get(i), item.inlines().subList(0, i + 1));
            }
        }
        return paths;
    }

    /**
     * CSS 2.1 §9.4.3: a relatively positioned inline box moves after layout, with everything inside
     * it; so does a relatively positioned atomic box ({@code own}, null for other fragments).
     */
    private static InlineFragment relative(InlineFragment fragment, List<RenderInline> inlines, ComputedStyle own,
            double containingWidth) {
        List<ComputedStyle> styles = new ArrayList<>();
        inlines.forEach(inline -> styles.add(inline.style()));
        if (own != null) {
            styles.add(own);
        }
        double[] shift = BlockLayout.relativeOffset(styles, containingWidth, Double.NaN);
        return shift[0] == 0 && shift[1] == 0 ? fragment : fragment.moved(shift[0], shift[1]);
    }

    /**
     * CSS 2.1 §16.2 {@code justify}: the room left on a line is shared among its spaces, except on
     * the block's last line and a line ended by a forced break.
     */
    private static double justification(List<Item> line, ComputedStyle blockStyle, double free, boolean last) {
        long spaces = line.stream().filter(Space.class::isInstance).count();
        boolean justify = blockStyle.keyword(Property.TEXT_ALIGN).equals("justify") && !last
                && !(line.get(line.size() - 1) instanceof ForcedBreak);
        return justify && spaces > 0 && free > 0 ? free / spaces : 0;
    }

    private VerticalAlignment verticalAlignment(List<Item> line, Placed placed, ComputedStyle blockStyle) {
        VerticalAlignment vertical = new VerticalAlignment(fonts, blockStyle, line.stream().anyMatch(InlineLayout::isContent));
        line.forEach(item -> vertical.addInlines(item.inlines()));
        for (PlacedAtomic placedAtomic : placed.atomics()) {
            Atomic atomic = placedAtomic.atomic();
            vertical.addAtomic(atomic, atomic.box().style(), atomic.inlines(), atomic.baseline(),
                    atomic.marginBoxHeight());
        }
        vertical.align();
        return vertical;
    }

    /** Places the pieces from {@code x}, giving each space {@code extra} room as justification asks. */
    private Placed place(List<Item> line, double x, double extra) {
        List<Run> runs = new ArrayList<>();
        List<PlacedAtomic> atomics = new ArrayList<>();
        List<PlacedMarker> markers = new ArrayList<>();
        Map<RenderInline, Span> spans = new LinkedHashMap<>();
        for (Item piece : joinRuns(line, extra)) {
            piece.inlines().forEach(inline -> spans.computeIfAbsent(inline, key -> new Span()));
            double before = x;
            if (piece instanceof Edge edge) {
                x = placeEdge(edge, spans.get(edge.box()), x);
            } else if (piece instanceof Atomic atomic) {
                atomics.add(new PlacedAtomic(atomic, x));
                x += atomic.marginBoxWidth();
            } else if (piece instanceof Marker marker) {
                markers.add(new PlacedMarker(marker.marker(), markerX(marker.marker(), x), marker.inlines()));
                x += width(marker);
            } else if (!(piece instanceof ForcedBreak)) {
                Run run = run(piece, x, extra);
                runs.add(run);
                x += run.width();
            }
            cover(spans, piece, before, x);
        }
        return new Placed(runs, atomics, markers, spans, x);
    }

    /** The inline boxes a piece sits in cover it, all but the one whose edge it is, which {@link #placeEdge} sets. */
    private static void cover(Map<RenderInline, Span> spans, Item piece, double from, double to) {
        for (RenderInline inline : piece.inlines()) {
            if (!(piece instanceof Edge edge && edge.box() == inline)) {
                spans.get(inline).cover(from, to);
            }
        }
    }

    /**
     * Where a marker's box starts. Chromium hangs an outside text marker so that it ends where
     * the line starts, and an outside glyph marker so that its bullet, gap included, does.
     */
    private double markerX(RenderMarker marker, double x) {
        if (!marker.outside()) {
            return x;
        }
        return marker.text().isEmpty() ? x - (glyphMarker(marker).advance() - glyphMarker(marker).size())
                : x - fonts.fontFor(marker.style()).width(marker.text());
    }

    /**
     * An inline box's start edge: its left margin, then its border box begins; its end edge: its
     * border box ends, then its right margin (CSS 2.1 §10.3.1, §8.1).
     */
    private static double placeEdge(Edge edge, Span span, double x) {
        Frame frame = edge.frame();
        if (edge.start()) {
            span.first = true;
            span.cover(x + frame.margin().left(), x + frame.margin().left());
            return x + frame.left();
        }
        span.last = true;
        span.cover(x, x + frame.border().right() + frame.padding().right());
        return x + frame.right();
    }

    /**
     * Joins the words and spaces of one source that follow each other into one piece of text: one
     * text run. Spaces stretched by word-spacing or justification stay apart, since a run is drawn
     * with the font's own advances.
     */
    private static List<Item> joinRuns(List<Item> line, double extra) {
        List<Item> pieces = new ArrayList<>();
        for (Item item : line) {
            Item last = pieces.isEmpty() ? null : pieces.get(pieces.size() - 1);
            if (last != null && item.source() != null && last.source() == item.source()
                    && !isStretched(last, extra) && !isStretched(item, extra)) {
                pieces.set(pieces.size() - 1, new Word(last.text() + item.text(), item.source(), item.inlines()));
            } else {
                pieces.add(item);
            }
        }
        return pieces;
    }

    private static boolean isStretched(Item item, double extra) {
        return item instanceof Space && (extra != 0 || wordSpacing(item.source().style()) != 0);
    }

    /** The run's width is measured on its whole text, so kerning between its words counts. */
    private Run run(Item piece, double x, double extra) {
        double width = fonts.fontFor(piece.source().style()).width(piece.text());
        if (piece instanceof Space) {
            width += wordSpacing(piece.source().style()) + extra;
        }
        return new Run(piece.source(), piece.text(), x, width, piece.inlines());
    }

    /** CSS 2.1 §16.2: where the line's content sits when it is narrower than the line. */
    private static double alignmentShift(ComputedStyle blockStyle, double free) {
        return switch (blockStyle.keyword(Property.TEXT_ALIGN)) {
            case "right", "end" -> free;
            case "center" -> snap(free / 2);
            default -> 0;
        };
    }

    /** Chromium lays out in units of 1/64 px, rounding down. */
    static double snap(double value) {
        return Math.floor(value * 64) / 64.0;
    }

    /**
     * The fragment of an inline box: its border box, around the content area of its font
     * (CSS 2.1 §10.6.1). Its vertical padding and border are painted but take no room; its left
     * edges belong to its first fragment only, its right edges to its last.
     */
    private InlineBox inlineBox(RenderInline inline, Span span, double containingWidth, double shift, double baseline) {
        FontHeight font = fonts.fontFor(inline.style()).height();
        Frame frame = frame(inline.style(), containingWidth);
        Edges border = sides(frame.border(), span);
        Edges padding = sides(frame.padding(), span);
        double top = baseline - font.ascent() - border.top() - padding.top();
        return new InlineBox(inline.element(), inline.style(), span.start + shift, top, span.end - span.start,
                font.contentHeight() + border.vertical() + padding.vertical(), border, padding);
    }

    /** The edges a fragment has: the left one only where the box starts, the right one only where it ends. */
    private static Edges sides(Edges edges, Span span) {
        return new Edges(edges.top(), span.last ? edges.right() : 0, edges.bottom(), span.first ? edges.left() : 0);
    }

    /**
     * The fragment of an atomic box: an image's box, or an inline-block's whole laid-out box.
     *
     * @param top where the top of the box's margin box is, from the line box's top
     */
    private static InlineFragment atomicBox(PlacedAtomic placed, double shift, double top) {
        BlockBox box = placed.atomic().box();
        double x = placed.x() + shift + box.margin().left();
        double y = top + box.margin().top();
        if (placed.atomic().renderObject() instanceof RenderBlock) {
            return new InlineBlock(box.at(x, y));
        }
        return new ImageBox(box.element(), box.style(), x, y, box.width(), box.height(), box.border(), box.padding(),
                box.image());
    }

    /** A glyph marker's bullet, one pixel into its box (as Chromium draws it), or a hanging text marker. */
    private InlineFragment markerFragment(PlacedMarker placed, double shift, double baseline) {
        RenderMarker marker = placed.marker();
        if (!marker.text().isEmpty()) {
            RenderText text = new RenderText(marker.text(), marker.style());
            return textRun(new Run(text, marker.text(), placed.x(), fonts.fontFor(marker.style()).width(marker.text()),
                    placed.inlines()), shift, baseline);
        }
        GlyphMarker glyph = glyphMarker(marker);
        return new MarkerBox(marker.glyph(), placed.x() + shift + 1, baseline - glyph.ascent() + glyph.top(), glyph.size(),
                glyph.size(), marker.style().color(Property.COLOR));
    }

    /**
     * CSS 2.1 §11.2: hidden text still takes its room on the line, but is drawn in no color.
     * §16.3.1: the inline boxes around it that set {@code text-decoration} decorate it.
     */
    private TextRun textRun(Run run, double shift, double baseline) {
        ComputedStyle style = run.source().style();
        UsedFont font = fonts.fontFor(style);
        Color color = style.isVisible() ? style.color(Property.COLOR) : Color.TRANSPARENT;
        List<ComputedStyle> decorating = run.inlines().stream().map(RenderInline::style)
                .filter(inline -> !inline.get(Property.TEXT_DECORATION_LINE).is("none")).toList();
        return new TextRun(run.text(), run.x() + shift, baseline - font.height().ascent(), run.width(),
                font.height().contentHeight(), baseline, font, color, decorating);
    }
}
