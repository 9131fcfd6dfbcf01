package org.glassbox.paint;

import static org.glassbox.style.Property.TEXT_DECORATION_COLOR;
import static org.glassbox.style.Property.TEXT_DECORATION_LINE;

import java.util.List;
import org.glassbox.css.CssValue;
import org.glassbox.layout.InlineFragment.TextRun;
import org.glassbox.layout.UsedFont;
import org.glassbox.paint.DisplayCommand.FillRect;
import org.glassbox.style.ComputedStyle;

/**
 * Text decoration (CSS 2.1 §16.3.1): lines under, over and through the text inside an element
 * that sets {@code text-decoration}, across the whole run, in that element's
 * {@code text-decoration-color}. The spec leaves thickness and position to the user agent; they
 * are Chromium's for {@code text-decoration-thickness: auto}: a tenth of the font size, at least
 * one pixel, whole pixels; the underline a gap of half that below the baseline, the overline just
 * above the ascent, the line-through two thirds of the way down the ascent, near the x-height.
 * Appendix E step 7 paints underlines and overlines before the text and line-throughs after it.
 */
final class TextDecorations {

    private TextDecorations() {}

    /**
     * A box that decorates a run of text, with its font, whose size and ascent place and size
     * the lines, and the baseline they are placed from: the text's own for an inline box; for a
     * block, its line's, so that text raised or lowered by {@code vertical-align} is decorated
     * by one straight line.
     */
    record Decorating(ComputedStyle style, UsedFont font, double baseline) {

        /** A tenth of the font size, whole pixels, at least one. */
        double thickness() {
            return Math.max(1, Math.floor(font.awtFont().getSize2D() / 10));
        }

        /** The underline's distance below the baseline: half its thickness, at least a pixel. */
        double gap() {
            return Math.max(1, Math.ceil(font.awtFont().getSize2D() / 20));
        }

        double ascent() {
            return font.height().ascent();
        }

        /** A line of this box's color and thickness, as long as the run at {@code x}, from {@code top} down. */
        FillRect line(TextRun run, double x, double top) {
            return new FillRect(x, top, run.width(), thickness(), style.color(TEXT_DECORATION_COLOR));
        }
    }

    /** The underlines and overlines that each decorating box, outermost first, puts on the run at {@code x}. */
    static void paintUnderAndOverlines(TextRun run, double x, List<Decorating> decorating, List<DisplayCommand> commands) {
        for (Decorating box : decorating) {
            if (has(box.style(), "underline")) {
                commands.add(box.line(run, x, box.baseline() + box.gap()));
            }
            if (has(box.style(), "overline")) {
                commands.add(box.line(run, x, box.baseline() - box.ascent() - box.thickness()));
            }
        }
    }

    /** The line-throughs each decorating box puts on the run at {@code x}, over its text. */
    static void paintLineThroughs(TextRun run, double x, List<Decorating> decorating, List<DisplayCommand> commands) {
        for (Decorating box : decorating) {
            if (has(box.style(), "line-through")) {
                double middle = box.baseline() - box.ascent() / 3;
                commands.add(box.line(run, x, middle - box.thickness() / 2));
            }
        }
    }

    /** Whether a box decorates its text at all. */
    static boolean decorates(ComputedStyle style) {
        return !style.get(TEXT_DECORATION_LINE).is("none");
    }

    private static boolean has(ComputedStyle style, String line) {
        CssValue lines = style.get(TEXT_DECORATION_LINE);
        return lines.components().stream().anyMatch(part -> part.is(line));
    }
}
