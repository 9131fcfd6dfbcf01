package org.glassbox.layout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glassbox.css.CssValue;
import org.glassbox.css.CssValue.Length;
import org.glassbox.css.CssValue.Number;
import org.glassbox.layout.InlineFragment.ImageBox;
import org.glassbox.layout.InlineFragment.InlineBox;
import org.glassbox.layout.InlineFragment.TextRun;
import org.glassbox.render.RenderBlock;
import org.glassbox.render.RenderImage;
import org.glassbox.render.RenderInline;
import org.glassbox.render.RenderObject;
import org.glassbox.render.RenderText;
import org.glassbox.style.ComputedStyle;
import org.glassbox.style.Property;

/**
 * Inline formatting (CSS 2.1 §9.4.2): flows a block's inline content into line boxes. It
 * happens in three steps, each needing the one before: the content is cut into words, spaces and
 * atomic boxes (images); these are packed greedily into lines, breaking only at spaces and
 * around images; then each line is measured vertically (§10.8) and its text runs, inline boxes
 * and images get their positions.
 *
 * <p>Not yet: {@code vertical-align} other than {@code baseline}, except {@code top} and
 * {@code bottom} for images.
 */
final class InlineLayout {

    /** A piece of inline content, with the inline boxes it sits in, outermost first. */
    private sealed interface Item {
        List<RenderInline> inlines();

        /** The text node the item comes from; null for an edge or an image, which are not text. */
        default RenderText source() {
            return null;
        }

        default String text() {
            return "";
        }
    }

    /** A word: text between spaces, which is never broken. */
    private record Word(String text, RenderText source, List<RenderInline> inlines) implements Item {}

    /** A collapsible space: where a line may break, and which vanishes at a line's end (CSS 2.1 §16.6.1). */
    private record Space(RenderText source, List<RenderInline> inlines) implements Item {
        @Override
        public String text() {
            return " ";
        }
    }

    /** Where an inline box starts or ends; {@code inlines}' last entry is that box. */
    private record Edge(List<RenderInline> inlines) implements Item {}

    /**
     * An atomic inline-level box, an image: never broken. CSS Text 3 §5.1: "for Web-compatibility
     * there is a soft wrap opportunity before and after each replaced element", space or not.
     */
    private record Atomic(RenderImage image, ReplacedLayout.Sized size, List<RenderInline> inlines) implements Item {}

    /** An atomic box placed on a line, at {@code x} from the line's start. */
    private record PlacedAtomic(Atomic atomic, double x) {

        /** {@code vertical-align: top} or {@code bottom}: aligned to the line box, not to the baseline (CSS 2.1 §10.8). */
        boolean alignsToLineBox() {
            return verticalAlign().equals("top") || verticalAlign().equals("bottom");
        }

        String verticalAlign() {
            return atomic.image().style().keyword(Property.VERTICAL_ALIGN);
        }

        double marginBoxHeight() {
            return atomic.size().marginBoxHeight();
        }
    }

    /** Text from one source placed on one line: it becomes one text run. */
    private record Run(RenderText source, String text, double x, double width) {}

    /** How far an inline box reaches above and below the baseline, half-leading included (CSS 2.1 §10.8.1). */
    private record Extent(double above, double below) {}

    private final Fonts fonts;

    InlineLayout(Fonts fonts) {
        this.fonts = fonts;
    }

    /** Lays out {@code block}'s inline children in lines of {@code width}; the first line starts at y = 0. */
    List<LineBox> layout(RenderBlock block, double width) {
        List<Item> items = new ArrayList<>();
        collect(block.children(), List.of(), width, items);
        List<LineBox> lines = new ArrayList<>();
        double y = 0;
        for (List<Item> line : breakLines(items, width)) {
            LineBox box = lineBox(line, block.style(), width, y);
            lines.add(box);
            y += box.height();
        }
        return lines;
    }

    // Step 1: words, spaces and images.

    /** @param width the block's content width, which percentages in an image's size are of */
    private void collect(List<RenderObject> boxes, List<RenderInline> inlines, double width, List<Item> items) {
        for (RenderObject box : boxes) {
            if (box instanceof RenderInline inline) {
                List<RenderInline> inside = append(inlines, inline);
                items.add(new Edge(inside));
                collect(inline.children(), inside, width, items);
                items.add(new Edge(inside));
            } else if (box instanceof RenderImage image) {
                items.add(new Atomic(image, ReplacedLayout.inline(image, width), inlines));
            } else {
                words((RenderText) box, inlines, items);
            }
        }
    }

    /** A space right after another collapsible space collapses away, even across an inline box's edge (CSS 2.1 §16.6.1). */
    private static void words(RenderText text, List<RenderInline> inlines, List<Item> items) {
        for (String token : text.text().split("(?<= )|(?= )")) {
            if (!token.equals(" ")) {
                items.add(new Word(token, text, inlines));
            } else if (!endsWithSpace(items)) {
                items.add(new Space(text, inlines));
            }
        }
    }

    private static boolean endsWithSpace(List<Item> items) {
        for (int i = items.size() - 1; i >= 0; i--) {
            if (!(items.get(i) instanceof Edge)) {
                return items.get(i) instanceof Space;
            }
        }
        return true;
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
    }

    /** Words and atomic boxes are content; spaces and edges alone do not make a line (CSS 2.1 §9.4.2). */
    private static boolean isContent(Item item) {
        return item instanceof Word || item instanceof Atomic;
    }

    /**
     * Greedy line breaking: each group goes on the current line if it fits, else it starts the
     * next one. The space before a group is kept only inside a line: at a break it vanishes
     * (CSS 2.1 §16.6.1). A group wider than a whole line gets a line of its own.
     */
    private List<List<Item>> breakLines(List<Item> items, double available) {
        List<List<Item>> lines = new ArrayList<>();
        List<Item> line = new ArrayList<>();
        double lineWidth = 0;
        boolean lineHasContent = false;
        for (Group group : groups(items)) {
            double groupWidth = width(group.items());
            boolean groupHasContent = group.hasContent();
            boolean keepSpace = lineHasContent && group.spaceBefore() != null;
            double spaceWidth = keepSpace ? width(group.spaceBefore()) : 0;
            if (lineHasContent && groupHasContent && lineWidth + spaceWidth + groupWidth > available) {
                lines.add(line);
                line = new ArrayList<>();
                lineWidth = 0;
                lineHasContent = false;
            } else if (keepSpace) {
                line.add(group.spaceBefore());
                lineWidth += spaceWidth;
            }
            line.addAll(group.items());
            lineWidth += groupWidth;
            lineHasContent |= groupHasContent;
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        return lines;
    }

    /** Cuts the items at their spaces and around atomic boxes, the only places a line may break. */
    private static List<Group> groups(List<Item> items) {
        List<Group> groups = new ArrayList<>();
        Space space = null;
        List<Item> group = new ArrayList<>();
        for (Item item : items) {
            if (item instanceof Space next) {
                groups.add(new Group(space, group));
                space = next;
                group = new ArrayList<>();
            } else if (item instanceof Atomic) {
                if (!group.isEmpty()) {
                    groups.add(new Group(space, group));
                    space = null;
                }
                groups.add(new Group(space, List.of(item)));
                space = null;
                group = new ArrayList<>();
            } else {
                group.add(item);
            }
        }
        groups.add(new Group(space, group));
        return groups;
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
            return atomic.size().marginBoxWidth();
        }
        return item instanceof Edge ? 0 : fonts.fontFor(item.source().style()).width(item.text());
    }

    // Step 3: one line box.

    private LineBox lineBox(List<Item> line, ComputedStyle blockStyle, double width, double y) {
        List<Run> runs = new ArrayList<>();
        List<PlacedAtomic> atomics = new ArrayList<>();
        Map<RenderInline, double[]> spans = new LinkedHashMap<>();
        double x = 0;
        for (Item piece : joinRuns(line)) {
            double start = x;
            if (piece instanceof Atomic atomic) {
                atomics.add(new PlacedAtomic(atomic, x));
                x += atomic.size().marginBoxWidth();
            } else if (!(piece instanceof Edge)) {
                runs.add(run(piece.source(), piece.text(), x));
                x += runs.get(runs.size() - 1).width();
            }
            for (RenderInline inline : piece.inlines()) {
                spans.computeIfAbsent(inline, key -> new double[] {start, start})[1] = x;
            }
        }
        double shift = alignmentShift(blockStyle, width - x);
        List<Extent> extents = extents(blockStyle, spans.keySet());
        atomics.stream().filter(placed -> !placed.alignsToLineBox())
                .forEach(placed -> extents.add(new Extent(placed.marginBoxHeight(), 0)));
        boolean hasContent = line.stream().anyMatch(InlineLayout::isContent);
        double baseline = hasContent ? extents.stream().mapToDouble(Extent::above).max().orElse(0) : 0;
        double below = hasContent ? extents.stream().mapToDouble(Extent::below).max().orElse(0) : 0;
        double height = lineHeight(baseline + below, atomics);
        List<InlineFragment> fragments = new ArrayList<>();
        spans.forEach((inline, span) -> fragments.add(inlineBox(inline, span, shift, baseline)));
        atomics.forEach(placed -> fragments.add(imageBox(placed, shift, imageTop(placed, baseline, height))));
        runs.forEach(run -> fragments.add(textRun(run, shift, baseline)));
        return new LineBox(0, y, width, height, baseline, fragments);
    }

    /**
     * CSS 2.1 §10.8: boxes aligned to the top or bottom of the line box are placed after the
     * others, so they only make the line taller when they are taller than the rest of it.
     */
    private static double lineHeight(double baselineAligned, List<PlacedAtomic> atomics) {
        return atomics.stream().filter(PlacedAtomic::alignsToLineBox).mapToDouble(PlacedAtomic::marginBoxHeight)
                .reduce(baselineAligned, Math::max);
    }

    /**
     * Where the top of an image's margin box goes. CSS 2.1 §10.8.1: with {@code baseline} (and,
     * for now, every other value but {@code top} and {@code bottom}), an image has no baseline of
     * its own, so the bottom of its margin box sits on the line's.
     */
    private static double imageTop(PlacedAtomic placed, double baseline, double lineHeight) {
        return switch (placed.verticalAlign()) {
            case "top" -> 0;
            case "bottom" -> lineHeight - placed.marginBoxHeight();
            default -> baseline - placed.marginBoxHeight();
        };
    }

    /** Joins the words and spaces of one source that follow each other into one piece of text: one text run. */
    private static List<Item> joinRuns(List<Item> line) {
        List<Item> pieces = new ArrayList<>();
        for (Item item : line) {
            Item last = pieces.isEmpty() ? null : pieces.get(pieces.size() - 1);
            if (last != null && item.source() != null && last.source() == item.source()) {
                pieces.set(pieces.size() - 1, new Word(last.text() + item.text(), item.source(), item.inlines()));
            } else {
                pieces.add(item);
            }
        }
        return pieces;
    }

    /** The run's width is measured on its whole text, so kerning between its words counts. */
    private Run run(RenderText source, String text, double x) {
        return new Run(source, text, x, fonts.fontFor(source.style()).width(text));
    }

    /** CSS 2.1 §16.2: where the line's content sits when it is narrower than the line. */
    private static double alignmentShift(ComputedStyle blockStyle, double free) {
        return switch (blockStyle.keyword(Property.TEXT_ALIGN)) {
            case "right", "end" -> free;
            case "center" -> snap(free / 2);
            default -> 0;
        };
    }

    /**
     * CSS 2.1 §10.8.1: every box on the line — the block's own "strut" and each inline box —
     * reaches above and below the baseline by its font's ascent and descent plus half the
     * leading, the difference between its line-height and its font's height.
     */
    private List<Extent> extents(ComputedStyle blockStyle, Iterable<RenderInline> inlines) {
        List<Extent> extents = new ArrayList<>(List.of(extent(blockStyle)));
        inlines.forEach(inline -> extents.add(extent(inline.style())));
        return extents;
    }

    /** Like Chromium, the half-leading above is a whole number of pixels, the rest goes below. */
    private Extent extent(ComputedStyle style) {
        FontHeight font = fonts.fontFor(style).height();
        double leading = lineHeight(style, font) - font.contentHeight();
        double halfAbove = Math.floor(leading / 2);
        return new Extent(font.ascent() + halfAbove, font.descent() + leading - halfAbove);
    }

    /** {@code normal} is the font's own line spacing; a number multiplies the font size. */
    private static double lineHeight(ComputedStyle style, FontHeight font) {
        CssValue lineHeight = style.get(Property.LINE_HEIGHT);
        if (lineHeight instanceof Number number) {
            return snap(number.value() * style.fontSize());
        }
        return lineHeight instanceof Length length ? snap(length.value()) : font.lineSpacing();
    }

    /** Chromium lays out in units of 1/64 px, rounding down. */
    private static double snap(double value) {
        return Math.floor(value * 64) / 64.0;
    }

    private InlineBox inlineBox(RenderInline inline, double[] span, double shift, double baseline) {
        FontHeight font = fonts.fontFor(inline.style()).height();
        return new InlineBox(inline.element(), inline.style(), span[0] + shift, baseline - font.ascent(),
                span[1] - span[0], font.contentHeight());
    }

    /** @param top where the top of the image's margin box is, from the line box's top */
    private static ImageBox imageBox(PlacedAtomic placed, double shift, double top) {
        ReplacedLayout.Sized size = placed.atomic().size();
        RenderImage image = placed.atomic().image();
        return new ImageBox(image.element(), image.style(), placed.x() + shift + size.margin().left(),
                top + size.margin().top(), size.borderBoxWidth(), size.borderBoxHeight(),
                size.border(), size.padding(), image.image());
    }

    private TextRun textRun(Run run, double shift, double baseline) {
        ComputedStyle style = run.source().style();
        UsedFont font = fonts.fontFor(style);
        return new TextRun(run.text(), run.x() + shift, baseline - font.height().ascent(), run.width(),
                font.height().contentHeight(), baseline, font, style.color(Property.COLOR));
    }
}
