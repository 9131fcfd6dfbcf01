package org.glassbox.paint;

import static org.glassbox.style.Property.BACKGROUND_COLOR;
import static org.glassbox.style.Property.OVERFLOW;
import static org.glassbox.style.Property.POSITION;
import static org.glassbox.style.Property.Z_INDEX;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.glassbox.css.Color;
import org.glassbox.css.CssValue.Number;
import org.glassbox.layout.BlockBox;
import org.glassbox.layout.Edges;
import org.glassbox.layout.Fonts;
import org.glassbox.layout.InlineFragment;
import org.glassbox.layout.InlineFragment.ImageBox;
import org.glassbox.layout.InlineFragment.InlineBlock;
import org.glassbox.layout.InlineFragment.InlineBox;
import org.glassbox.layout.InlineFragment.MarkerBox;
import org.glassbox.layout.InlineFragment.TextRun;
import org.glassbox.layout.LayoutTree;
import org.glassbox.layout.LineBox;
import org.glassbox.layout.LineBox.InlineLayer;
import org.glassbox.paint.DisplayCommand.ClipEnd;
import org.glassbox.paint.DisplayCommand.ClipStart;
import org.glassbox.paint.DisplayCommand.DrawEllipse;
import org.glassbox.paint.DisplayCommand.DrawImage;
import org.glassbox.paint.DisplayCommand.DrawText;
import org.glassbox.paint.DisplayCommand.FillRect;
import org.glassbox.paint.DisplayCommand.OpacityEnd;
import org.glassbox.paint.DisplayCommand.OpacityStart;
import org.glassbox.paint.TextDecorations.Decorating;
import org.glassbox.render.Images;
import org.glassbox.style.ComputedStyle;

/**
 * The paint phase: turns the box tree into a display list, in the order CSS 2.1 Appendix E
 * gives. First the canvas; then the root as a layer: its background, the positioned boxes with a
 * negative {@code z-index}, the backgrounds and borders of the blocks in the flow in tree order,
 * the floats, the inline content of every line, and last the positioned boxes. Block backgrounds
 * and inline content are two passes, not one, because a later block's background must never cover
 * an earlier block's text; floats, positioned boxes and translucent boxes are each painted whole,
 * as layers of their own, so they cover the flow beneath them. A layer's outlines come last of all.
 */
public final class Painter {

    private final Fonts fonts;

    /** A painter that decorates text with the metrics of the fonts layout measured with. */
    public Painter(Fonts fonts) {
        this.fonts = fonts;
    }

    /** Paints a laid-out page onto a canvas as large as the document, with background images from {@code images}. */
    public DisplayList paint(LayoutTree layout, Images images) {
        int width = (int) Math.ceil(layout.documentWidth());
        int height = (int) Math.ceil(layout.documentHeight());
        List<DisplayCommand> commands = new ArrayList<>();
        Backgrounds backgrounds = new Backgrounds(images, layout.viewport());
        Canvas canvas = Canvas.of(layout.root());
        paintCanvas(canvas, new Rect(0, 0, width, height), borderBox(layout.root(), 0, 0).inset(layout.root().border()),
                backgrounds, commands);
        new Layers(canvas, backgrounds, fonts, commands).paintLayer(layout.root(), 0, 0);
        return new DisplayList(width, height, commands);
    }

    /**
     * CSS 2.1 §14.2: the canvas takes the root element's background, or, if the root has none,
     * the body's; the box whose background went to the canvas does not paint it again. Either
     * way the image is placed as for the root element, in its padding box.
     */
    private record Canvas(ComputedStyle style, BlockBox owner) {

        static Canvas of(BlockBox root) {
            if (Backgrounds.isVisible(root.style())) {
                return new Canvas(root.style(), root);
            }
            for (BlockBox child : root.children()) {
                if (child.element() != null && child.element().normalName().equals("body")) {
                    return new Canvas(child.style(), child);
                }
            }
            return new Canvas(root.style(), root);
        }
    }

    /** Appendix E step 1: the canvas, white where its background color does not cover it, as in Chromium. */
    private static void paintCanvas(Canvas canvas, Rect area, Rect rootPaddingBox, Backgrounds backgrounds,
            List<DisplayCommand> commands) {
        if (canvas.style().color(BACKGROUND_COLOR).alpha() < 1) {
            commands.add(new FillRect(area.x(), area.y(), area.width(), area.height(), Color.WHITE));
        }
        backgrounds.paint(canvas.style(), RoundedRect.square(area), rootPaddingBox, commands);
    }

    private static Rect borderBox(BlockBox box, double parentX, double parentY) {
        return new Rect(parentX + box.x(), parentY + box.y(), box.width(), box.height());
    }

    /**
     * What is taken out of the flow's painting and painted whole, after it or (with a negative
     * z-index) before it, inside the padding boxes that clip it, of the boxes around it in its
     * layer (CSS 2.1 §11.1.1).
     */
    private sealed interface Layer permits Placed, PlacedInline {

        ComputedStyle style();

        List<RoundedRect> clips();

        /** CSS 2.1 §9.9.1: {@code z-index} orders positioned boxes; {@code auto} paints as 0, in tree order. */
        default int zIndex() {
            return style().get(Z_INDEX) instanceof Number number ? (int) number.value() : 0;
        }
    }

    /** A block-level or floated box, with where its parent's border box is on the page. */
    private record Placed(BlockBox box, double parentX, double parentY, List<RoundedRect> clips) implements Layer {

        @Override
        public ComputedStyle style() {
            return box.style();
        }
    }

    /**
     * A relatively positioned or translucent box on a line, with where the line is on the page,
     * its baseline, and the blocks whose text decorations its text takes.
     */
    private record PlacedInline(InlineLayer layer, double lineX, double lineY, double baseline,
            List<ComputedStyle> decorating, List<RoundedRect> clips) implements Layer {

        @Override
        public ComputedStyle style() {
            return layer.style();
        }
    }

    /**
     * CSS Color 3 §3.2: a box with {@code opacity} below 1 is painted as a group, in the
     * painting order of a positioned box with {@code z-index: 0}.
     */
    private static double opacity(BlockBox box) {
        return box.style().opacity();
    }

    /** The items of a line painted with the flow: all but those of its layers. */
    private static List<InlineFragment> inFlow(LineBox line) {
        if (line.layers().isEmpty()) {
            return line.items();
        }
        Set<InlineFragment> layered = Collections.newSetFromMap(new IdentityHashMap<>());
        line.layers().forEach(layer -> layered.addAll(layer.items()));
        return line.items().stream().filter(item -> !layered.contains(item)).toList();
    }

    /**
     * The floats and positioned boxes in a layer's flow, in tree order (those inside them are
     * theirs), with the layers on its lines, each with the clips it is painted in. CSS 2.1 §11.1.1: a box is clipped by the
     * boxes around it, but not by those outside its containing block: an absolutely positioned
     * box is clipped only by the layer's root, and only if that is its containing block, being
     * positioned; a fixed box by none.
     */
    private static final class LayerContents {

        final List<Placed> floats = new ArrayList<>();
        final List<Layer> positioned = new ArrayList<>();
        private final List<RoundedRect> containingBlockClips;

        LayerContents(BlockBox root, double parentX, double parentY) {
            List<RoundedRect> rootClip = clips(root)
                    ? List.of(overflowClip(root, borderBox(root, parentX, parentY))) : List.of();
            containingBlockClips = root.style().isPositioned() ? rootClip : List.of();
            collect(root, parentX, parentY, rootClip, Layers.decorating(List.of(), root));
        }

        private void collect(BlockBox box, double parentX, double parentY, List<RoundedRect> clips,
                List<ComputedStyle> decorating) {
            double x = parentX + box.x();
            double y = parentY + box.y();
            for (LineBox line : box.lines()) {
                line.layers().forEach(layer -> positioned.add(
                        new PlacedInline(layer, x + line.x(), y + line.y(), line.baseline(), decorating, clips)));
            }
            for (BlockBox child : box.children()) {
                if (child.style().isPositioned() || opacity(child) < 1) {
                    positioned.add(new Placed(child, x, y, clipping(child, clips)));
                } else if (child.style().isFloat()) {
                    floats.add(new Placed(child, x, y, clips));
                } else {
                    collect(child, x, y, clips(child) ? append(clips, overflowClip(child, borderBox(child, x, y))) : clips,
                            Layers.decorating(decorating, child));
                }
            }
        }

        private List<RoundedRect> clipping(BlockBox child, List<RoundedRect> clips) {
            String position = child.style().keyword(POSITION);
            return position.equals("fixed") ? List.of() : position.equals("absolute") ? containingBlockClips : clips;
        }

        private static List<RoundedRect> append(List<RoundedRect> clips, RoundedRect clip) {
            List<RoundedRect> all = new ArrayList<>(clips);
            all.add(clip);
            return List.copyOf(all);
        }
    }

    /** The padding box a box clips its content to, rounded as its border box is (CSS Backgrounds 3 §5.3). */
    private static RoundedRect overflowClip(BlockBox box, Rect borderBox) {
        return RoundedRect.borderBox(borderBox, box.style()).inset(box.border());
    }

    /**
     * CSS 2.1 §11.1.1: content that overflows a box whose {@code overflow} is not visible is
     * clipped to its padding box; the root's and the body's overflow apply to the viewport instead,
     * which Glassbox does not scroll.
     */
    private static boolean clips(BlockBox box) {
        boolean viewportsOwn = box.element() != null
                && (box.element().normalName().equals("html") || box.element().normalName().equals("body"));
        return !viewportsOwn && !box.style().get(OVERFLOW).is("visible");
    }

    /** Painting one page: the Appendix E steps for each layer, writing into one list of commands. */
    private static final class Layers {

        private final Canvas canvas;
        private final Backgrounds backgrounds;
        private final Fonts fonts;
        private final List<DisplayCommand> commands;

        Layers(Canvas canvas, Backgrounds backgrounds, Fonts fonts, List<DisplayCommand> commands) {
            this.canvas = canvas;
            this.backgrounds = backgrounds;
            this.fonts = fonts;
            this.commands = commands;
        }

        /**
         * Appendix E for one box painted whole: its own background, the positioned boxes behind
         * it, its flow's block backgrounds, its floats, its flow's inline content, then the
         * positioned boxes in front, by z-index.
         */
        void paintLayer(BlockBox box, double parentX, double parentY) {
            if (opacity(box) < 1) {
                commands.add(new OpacityStart(opacity(box)));
                paintLayerSteps(box, parentX, parentY);
                commands.add(new OpacityEnd());
            } else {
                paintLayerSteps(box, parentX, parentY);
            }
        }

        private void paintLayerSteps(BlockBox box, double parentX, double parentY) {
            LayerContents contents = new LayerContents(box, parentX, parentY);
            List<Layer> positioned = new ArrayList<>(contents.positioned);
            positioned.sort(Comparator.comparingInt(Layer::zIndex));
            positioned.stream().filter(layer -> layer.zIndex() < 0).forEach(this::paintLayer);
            paintBlocks(box, parentX, parentY);
            contents.floats.forEach(this::paintLayer);
            paintInlineContent(box, parentX, parentY, decorating(List.of(), box));
            positioned.stream().filter(layer -> layer.zIndex() >= 0).forEach(this::paintLayer);
            paintOutlines(box, parentX, parentY);
        }

        private void paintLayer(Layer layer) {
            layer.clips().forEach(clip -> commands.add(new ClipStart(clip)));
            if (layer instanceof Placed placed) {
                paintLayer(placed.box(), placed.parentX(), placed.parentY());
            } else {
                paintInlineLayer((PlacedInline) layer);
            }
            layer.clips().forEach(clip -> commands.add(new ClipEnd()));
        }

        /**
         * A layer on a line: its items as they would have been painted in the flow, then their
         * outlines, as a group if translucent. An inline-block is a group of its own already.
         */
        private void paintInlineLayer(PlacedInline placed) {
            List<InlineFragment> items = placed.layer().items();
            List<Decorating> decorating = decoratingAt(placed.decorating(), placed.lineY() + placed.baseline());
            boolean group = placed.style().opacity() < 1 && !(items.get(0) instanceof InlineBlock);
            if (group) {
                commands.add(new OpacityStart(placed.style().opacity()));
            }
            items.forEach(item -> paintInline(item, placed.lineX(), placed.lineY(), decorating));
            items.forEach(item -> paintInlineOutline(item, placed.lineX(), placed.lineY()));
            if (group) {
                commands.add(new OpacityEnd());
            }
        }

        /** Whether a child belongs to another layer, so this layer's flow passes over it. */
        private static boolean isOwnLayer(BlockBox child) {
            return child.style().isPositioned() || child.style().isFloat() || opacity(child) < 1;
        }

        /** Appendix E step 4: block backgrounds and borders, in tree order. */
        private void paintBlocks(BlockBox box, double parentX, double parentY) {
            Rect borderBox = borderBox(box, parentX, parentY);
            RoundedRect rounded = RoundedRect.borderBox(borderBox, box.style());
            if (box != canvas.owner() && box.style().isVisible()) {
                backgrounds.paint(box.style(), rounded, borderBox.inset(box.border()), commands);
            }
            if (box.style().isVisible()) {
                Borders.paint(rounded, box.border(), box.style(), commands);
            }
            clipped(box, borderBox, () -> box.children().stream().filter(child -> !isOwnLayer(child))
                    .forEach(child -> paintBlocks(child, borderBox.x(), borderBox.y())));
        }

        /**
         * CSS 2.1 §16.3.1: a block's text decoration is drawn on all the text in its flow, but not
         * on floats, positioned boxes and inline blocks, which start afresh as layers of their own.
         */
        private static List<ComputedStyle> decorating(List<ComputedStyle> outer, BlockBox box) {
            if (!TextDecorations.decorates(box.style())) {
                return outer;
            }
            List<ComputedStyle> all = new ArrayList<>(outer);
            all.add(box.style());
            return List.copyOf(all);
        }

        /**
         * Appendix E step 7: a block-level replaced element's picture; for each line box, the
         * backgrounds of inline boxes, then images, then the text with its decorations, which
         * come from the blocks in {@code decorating}, outermost first, and the inline boxes
         * around the text.
         */
        private void paintInlineContent(BlockBox box, double parentX, double parentY, List<ComputedStyle> decorating) {
            Rect borderBox = borderBox(box, parentX, parentY);
            if (box.style().isVisible()) {
                RoundedRect rounded = RoundedRect.borderBox(borderBox, box.style());
                box.image().ifPresent(image -> paintImage(image, rounded, box.border(), box.padding()));
            }
            clipped(box, borderBox, () -> {
                for (LineBox line : box.lines()) {
                    inFlow(line).forEach(item -> paintInline(item, borderBox.x() + line.x(), borderBox.y() + line.y(),
                            decoratingAt(decorating, borderBox.y() + line.y() + line.baseline())));
                }
                box.children().stream().filter(child -> !isOwnLayer(child)).forEach(child ->
                        paintInlineContent(child, borderBox.x(), borderBox.y(), decorating(decorating, child)));
            });
        }

        /** Appendix E step 10: the outlines of the layer's blocks and inline boxes, over everything else. */
        private void paintOutlines(BlockBox box, double parentX, double parentY) {
            Rect borderBox = borderBox(box, parentX, parentY);
            if (box.style().isVisible()) {
                Borders.paintOutline(RoundedRect.borderBox(borderBox, box.style()), box.style(), commands);
            }
            clipped(box, borderBox, () -> {
                for (LineBox line : box.lines()) {
                    inFlow(line).forEach(item -> paintInlineOutline(item, borderBox.x() + line.x(), borderBox.y() + line.y()));
                }
                box.children().stream().filter(child -> !isOwnLayer(child))
                        .forEach(child -> paintOutlines(child, borderBox.x(), borderBox.y()));
            });
        }

        private void paintInlineOutline(InlineFragment item, double lineX, double lineY) {
            Rect borderBox = new Rect(lineX + item.x(), lineY + item.y(), item.width(), item.height());
            if (item instanceof InlineBox inline && inline.style().isVisible()) {
                Borders.paintOutline(RoundedRect.borderBox(borderBox, inline.style()), inline.style(), commands);
            } else if (item instanceof ImageBox image && image.style().isVisible()) {
                Borders.paintOutline(RoundedRect.borderBox(borderBox, image.style()), image.style(), commands);
            }
        }

        /**
         * Paints what is inside a box, clipped to its padding box if its overflow is not visible,
         * rounded as its border is (CSS Backgrounds 3 §5.3).
         */
        private void clipped(BlockBox box, Rect borderBox, Runnable inside) {
            if (!clips(box)) {
                inside.run();
                return;
            }
            clippedTo(overflowClip(box, borderBox), inside);
        }

        private void clippedTo(RoundedRect area, Runnable inside) {
            commands.add(new ClipStart(area));
            inside.run();
            commands.add(new ClipEnd());
        }

        /** The blocks decorating a line's text, whose lines are placed from the line's baseline. */
        private List<Decorating> decoratingAt(List<ComputedStyle> blocks, double lineBaseline) {
            return blocks.stream().map(style -> new Decorating(style, fonts.fontFor(style), lineBaseline)).toList();
        }

        private void paintInline(InlineFragment item, double lineX, double lineY, List<Decorating> decorating) {
            Rect borderBox = new Rect(lineX + item.x(), lineY + item.y(), item.width(), item.height());
            if (item instanceof InlineBlock inlineBlock) {
                paintLayer(inlineBlock.box(), lineX, lineY);
            } else if (item instanceof InlineBox inline && inline.style().isVisible()) {
                RoundedRect rounded = RoundedRect.borderBox(borderBox, inline.style());
                backgrounds.paint(inline.style(), rounded, borderBox.inset(inline.border()), commands);
                Borders.paint(rounded, inline.border(), inline.style(), commands);
            } else if (item instanceof ImageBox image && image.style().isVisible()) {
                paintImageBox(image, borderBox);
            } else if (item instanceof MarkerBox marker) {
                paintMarker(marker, borderBox);
            } else if (item instanceof TextRun run && !run.color().isTransparent()) {
                paintText(run, lineX, lineY, decorating);
            }
        }

        /** Appendix E step 7: underlines and overlines, then the text, then line-throughs. */
        private void paintText(TextRun run, double lineX, double lineY, List<Decorating> blocksDecorating) {
            double x = lineX + run.x();
            double baseline = lineY + run.baseline();
            List<Decorating> decorating = new ArrayList<>(blocksDecorating);
            run.decorating().forEach(inline -> decorating.add(new Decorating(inline, fonts.fontFor(inline), baseline)));
            TextDecorations.paintUnderAndOverlines(run, x, decorating, commands);
            commands.add(new DrawText(run.text(), x, baseline, run.font(), run.color()));
            TextDecorations.paintLineThroughs(run, x, decorating, commands);
        }

        /** CSS 2.1 §12.5: a disc is filled, a circle outlined, a square filled. */
        private void paintMarker(MarkerBox marker, Rect box) {
            if (marker.glyph().equals("square")) {
                commands.add(new FillRect(box.x(), box.y(), box.width(), box.height(), marker.color()));
            } else {
                commands.add(new DrawEllipse(box.x(), box.y(), box.width(), box.height(), marker.color(),
                        marker.glyph().equals("disc")));
            }
        }

        /**
         * Appendix E step 7: an inline replaced element is painted atomically, its background and
         * borders, then its picture.
         */
        private void paintImageBox(ImageBox box, Rect borderBox) {
            RoundedRect rounded = RoundedRect.borderBox(borderBox, box.style());
            backgrounds.paint(box.style(), rounded, borderBox.inset(box.border()), commands);
            Borders.paint(rounded, box.border(), box.style(), commands);
            box.image().ifPresent(image -> paintImage(image, rounded, box.border(), box.padding()));
        }

        /**
         * The picture fills the content box, scaled to it (CSS 2.1 §10.3.2: the used size may not
         * be the intrinsic one), and is clipped to the content box's curve if the box is rounded
         * (CSS Backgrounds 3 §5.3).
         */
        private void paintImage(BufferedImage image, RoundedRect borderBox, Edges border, Edges padding) {
            RoundedRect content = borderBox.inset(border).inset(padding);
            Rect area = content.rect();
            if (area.isEmpty()) {
                return;
            }
            DrawImage picture = new DrawImage(area.x(), area.y(), area.width(), area.height(), image);
            if (content.isRounded()) {
                clippedTo(content, () -> commands.add(picture));
            } else {
                commands.add(picture);
            }
        }
    }
}
