package org.glassbox.paint;

import static org.glassbox.style.Property.BORDER_BOTTOM_COLOR;
import static org.glassbox.style.Property.BORDER_BOTTOM_STYLE;
import static org.glassbox.style.Property.BORDER_LEFT_COLOR;
import static org.glassbox.style.Property.BORDER_LEFT_STYLE;
import static org.glassbox.style.Property.BORDER_RIGHT_COLOR;
import static org.glassbox.style.Property.BORDER_RIGHT_STYLE;
import static org.glassbox.style.Property.BORDER_TOP_COLOR;
import static org.glassbox.style.Property.BORDER_TOP_STYLE;
import static org.glassbox.style.Property.OUTLINE_COLOR;
import static org.glassbox.style.Property.OUTLINE_STYLE;
import static org.glassbox.style.Property.OUTLINE_WIDTH;

import java.util.List;
import org.glassbox.css.Color;
import org.glassbox.layout.Edges;
import org.glassbox.paint.CornerRadii.Corner;
import org.glassbox.paint.DisplayCommand.FillEllipse;
import org.glassbox.paint.DisplayCommand.FillPolygon;
import org.glassbox.paint.DisplayCommand.FillRect;
import org.glassbox.paint.DisplayCommand.FillRoundedBand;
import org.glassbox.style.ComputedStyle;
import org.glassbox.style.Property;

/**
 * A box's border (CSS 2.1 §8.5): four sides, each with its own width, style and color. Each side
 * is the band between the border box and the padding box, cut diagonally where it meets its
 * neighbours, so two sides of different colors meet in a mitred corner as in Chromium. The
 * styles are drawn as Chromium draws them (§8.5.3 leaves the details to the user agent):
 * {@code double} is two lines a third of the width each; {@code groove} and {@code ridge} are two
 * halves, one shadowed and one lit; {@code inset} and {@code outset} shadow the top and left or
 * the bottom and right; dashes and dots are spread so that a whole one sits at each end.
 *
 * <p>With {@code border-radius} (CSS Backgrounds 3 §5.2) each side is the part of the band
 * between the rounded border box and the rounded padding box that lies on its side of the mitre
 * lines, and the styles are drawn on that band; dashes and dots are drawn solid there.
 */
final class Borders {

    /** A side of a box, with the properties that style it. */
    private enum Side {
        TOP(BORDER_TOP_STYLE, BORDER_TOP_COLOR),
        RIGHT(BORDER_RIGHT_STYLE, BORDER_RIGHT_COLOR),
        BOTTOM(BORDER_BOTTOM_STYLE, BORDER_BOTTOM_COLOR),
        LEFT(BORDER_LEFT_STYLE, BORDER_LEFT_COLOR);

        final Property style;
        final Property color;

        Side(Property style, Property color) {
            this.style = style;
            this.color = color;
        }

        /** Whether this side is lit in {@code outset} and shadowed in {@code inset}. */
        boolean isTopOrLeft() {
            return this == TOP || this == LEFT;
        }

        double width(Edges edges) {
            return switch (this) {
                case TOP -> edges.top();
                case RIGHT -> edges.right();
                case BOTTOM -> edges.bottom();
                case LEFT -> edges.left();
            };
        }
    }

    private Borders() {}

    /** Paints the four sides of a border box, rounded or not, top, right, bottom, left. */
    static void paint(RoundedRect borderBox, Edges widths, ComputedStyle style, List<DisplayCommand> commands) {
        for (Side side : Side.values()) {
            Color color = style.color(side.color);
            if (side.width(widths) > 0 && !color.isTransparent()) {
                paintSide(side, style.keyword(side.style), color, borderBox, widths, commands);
            }
        }
    }

    /**
     * CSS 2.1 §18.4: an outline is drawn as a border of one width, style and color all round,
     * just outside the border box; {@code auto}, whose look §18.4 leaves open, is drawn solid.
     * Like Chromium, it follows the curve of a rounded border box, its radii grown by its width.
     */
    static void paintOutline(RoundedRect borderBox, ComputedStyle style, List<DisplayCommand> commands) {
        String outlineStyle = style.keyword(OUTLINE_STYLE);
        double width = style.px(OUTLINE_WIDTH);
        Color color = style.color(OUTLINE_COLOR);
        if (outlineStyle.equals("none") || width <= 0 || color.isTransparent()) {
            return;
        }
        Edges widths = new Edges(width, width, width, width);
        RoundedRect outlineBox = borderBox.outset(width);
        for (Side side : Side.values()) {
            paintSide(side, outlineStyle.equals("auto") ? "solid" : outlineStyle, color, outlineBox, widths, commands);
        }
    }

    private static void paintSide(Side side, String style, Color color, RoundedRect borderBox, Edges widths,
            List<DisplayCommand> commands) {
        RoundedRect paddingBox = borderBox.inset(widths);
        switch (style) {
            case "none", "hidden" -> { }
            case "double" -> paintDouble(side, color, borderBox, widths, commands);
            case "groove", "ridge" -> paintGrooveOrRidge(side, style.equals("groove"), color, borderBox, widths, commands);
            case "inset", "outset" -> commands.add(band(side, borderBox, paddingBox,
                    shaded(color, side.isTopOrLeft() == style.equals("inset"))));
            case "dashed", "dotted" -> paintDashes(side, style.equals("dotted"), color, borderBox, widths, commands);
            default -> commands.add(band(side, borderBox, paddingBox, color));
        }
    }

    /** Two lines, each a third of the width rounded, with the rest between them. */
    private static void paintDouble(Side side, Color color, RoundedRect borderBox, Edges widths,
            List<DisplayCommand> commands) {
        Edges third = scaled(widths, 1 / 3.0);
        commands.add(band(side, borderBox, borderBox.inset(third), color));
        commands.add(band(side, borderBox.inset(minus(widths, third)), borderBox.inset(widths), color));
    }

    /** A groove is an inset outer half and an outset inner half; a ridge the other way round. */
    private static void paintGrooveOrRidge(Side side, boolean groove, Color color, RoundedRect borderBox,
            Edges widths, List<DisplayCommand> commands) {
        RoundedRect middle = borderBox.inset(scaled(widths, 0.5));
        boolean outerShadowed = side.isTopOrLeft() == groove;
        commands.add(band(side, borderBox, middle, shaded(color, outerShadowed)));
        commands.add(band(side, middle, borderBox.inset(widths), shaded(color, !outerShadowed)));
    }

    /**
     * The side's band between {@code outer} and {@code inner}: a trapezoid whose slanted ends,
     * the mitre lines, join the corners of the two rectangles; where the corners are rounded, the
     * part of the rounded band inside that trapezoid.
     */
    private static DisplayCommand band(Side side, RoundedRect outer, RoundedRect inner, Color color) {
        double[] o = outer.corners();
        double[] i = inner.corners();
        int a = side.ordinal();
        int b = (a + 1) % 4;
        double[] trapezoid = {o[2 * a], o[2 * a + 1], o[2 * b], o[2 * b + 1],
            i[2 * b], i[2 * b + 1], i[2 * a], i[2 * a + 1]};
        if (!outer.isRounded()) {
            return new FillPolygon(trapezoid, color);
        }
        extendMitre(trapezoid, 0, 6, a, inner.radii().corners().get(a));
        extendMitre(trapezoid, 2, 4, b, inner.radii().corners().get(b));
        return new FillRoundedBand(outer, inner, trapezoid, color);
    }

    /**
     * Where the inner curve at {@code corner} is rounded, the band bends round past the inner
     * rectangle's corner, so the mitre line from the outer corner is carried on to the chord
     * between the two ends of the inner curve, as Chromium does; the band beyond that chord is
     * inside the curve. Moves the point at {@code inner} in {@code trapezoid}, which the line from
     * the point at {@code outer} reaches.
     */
    private static void extendMitre(double[] trapezoid, int outer, int inner, int corner, Corner curve) {
        if (curve.isSquare()) {
            return;
        }
        double inwardX = corner == 0 || corner == 3 ? 1 : -1; // corners clockwise from the top left
        double inwardY = corner < 2 ? 1 : -1;
        double outwardX = trapezoid[outer] - trapezoid[inner];
        double outwardY = trapezoid[outer + 1] - trapezoid[inner + 1];
        // The chord is x / (inwardX · horizontal) + y / (inwardY · vertical) = 1 around the inner corner.
        double reach = outwardX / (inwardX * curve.horizontal()) + outwardY / (inwardY * curve.vertical());
        if (reach != 0) {
            trapezoid[inner] += outwardX / reach;
            trapezoid[inner + 1] += outwardY / reach;
        }
    }

    /**
     * Dashes three times as long as the side is wide, or dots (round from 3px wide, as in
     * Chromium; below that, squares), with gaps about as long as the side is wide, stretched so
     * that the first and last dash fill the corners. Around rounded corners they are not yet
     * spaced along the curve: the side is drawn solid.
     */
    private static void paintDashes(Side side, boolean dotted, Color color, RoundedRect roundedBox, Edges widths,
            List<DisplayCommand> commands) {
        if (roundedBox.isRounded()) {
            commands.add(band(side, roundedBox, roundedBox.inset(widths), color));
            return;
        }
        Rect borderBox = roundedBox.rect();
        double width = side.width(widths);
        boolean horizontal = side == Side.TOP || side == Side.BOTTOM;
        double length = horizontal ? borderBox.width() : borderBox.height();
        double dash = Math.min(length, dotted ? width : 3 * width);
        int count = Math.max(1, (int) Math.round((length + width) / (dash + width)));
        double gap = count == 1 ? 0 : (length - count * dash) / (count - 1);
        Rect band = sideRect(side, borderBox, width);
        for (int n = 0; n < count; n++) {
            double start = n * (dash + gap);
            Rect piece = horizontal ? new Rect(band.x() + start, band.y(), dash, width)
                    : new Rect(band.x(), band.y() + start, width, dash);
            commands.add(dotted && width >= 3 ? new FillEllipse(piece.x(), piece.y(), piece.width(), piece.height(), color)
                    : new FillRect(piece.x(), piece.y(), piece.width(), piece.height(), color));
        }
    }

    /** The whole strip along one side, corners included. */
    private static Rect sideRect(Side side, Rect box, double width) {
        return switch (side) {
            case TOP -> new Rect(box.x(), box.y(), box.width(), width);
            case RIGHT -> new Rect(box.x() + box.width() - width, box.y(), width, box.height());
            case BOTTOM -> new Rect(box.x(), box.y() + box.height() - width, box.width(), width);
            case LEFT -> new Rect(box.x(), box.y(), width, box.height());
        };
    }

    private static Edges scaled(Edges edges, double factor) {
        return new Edges(Math.round(edges.top() * factor), Math.round(edges.right() * factor),
                Math.round(edges.bottom() * factor), Math.round(edges.left() * factor));
    }

    private static Edges minus(Edges a, Edges b) {
        return new Edges(a.top() - b.top(), a.right() - b.right(), a.bottom() - b.bottom(), a.left() - b.left());
    }

    /**
     * The shadowed or lit shade of a 3D border's color, as Chromium computes them: shadowed is
     * darker and lit is lighter, except that a color too near black to darken is lightened
     * once for its shadow and twice for its light.
     */
    static Color shaded(Color color, boolean shadowed) {
        if (isNearBlack(color)) {
            return shadowed ? lighter(color) : lighter(lighter(color));
        }
        return shadowed ? darker(color) : lighter(color);
    }

    /** Within 0x20 of black on every channel, measured as Chromium does: by the squared distance. */
    private static boolean isNearBlack(Color color) {
        int red = color.red();
        int green = color.green();
        int blue = color.blue();
        return red * red + green * green + blue * blue <= 3 * 0x20 * 0x20;
    }

    /** Chromium's {@code Color::Light()}: the brightest channel raised by a third of full, the others in proportion. */
    private static Color lighter(Color color) {
        float v = brightest(color);
        if (v == 0) {
            return new Color(0x54, 0x54, 0x54, color.alpha());
        }
        return times(color, Math.min(1f, v + 0.33f) / v);
    }

    /** Chromium's {@code Color::Dark()}: the brightest channel lowered by a third of full, the others in proportion. */
    private static Color darker(Color color) {
        float v = brightest(color);
        return times(color, Math.max(0f, (v - 0.33f) / v));
    }

    private static float brightest(Color color) {
        return Math.max(color.red(), Math.max(color.green(), color.blue())) / 255f;
    }

    /** Each channel times {@code factor}, truncated as Chromium scales a fraction by just under 256. */
    private static Color times(Color color, float factor) {
        return new Color(channel(color.red(), factor), channel(color.green(), factor), channel(color.blue(), factor),
                color.alpha());
    }

    private static int channel(int value, float factor) {
        return Math.min(255, (int) (value / 255f * factor * Math.nextDown(256f)));
    }
}
