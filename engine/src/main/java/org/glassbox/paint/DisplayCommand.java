package org.glassbox.paint;

import java.awt.image.BufferedImage;
import org.glassbox.css.Color;
import org.glassbox.css.CssValue;
import org.glassbox.html.DomPrinter;
import org.glassbox.layout.UsedFont;

/**
 * One drawing instruction, in page coordinates. Painting makes a list of these and rasterizing
 * carries them out, so what will be drawn can be printed and tested before any pixel exists.
 */
public sealed interface DisplayCommand {

    /** Fills a rectangle: a background, or one side of a border. */
    record FillRect(double x, double y, double width, double height, Color color) implements DisplayCommand {
        @Override
        public String toString() {
            return "FillRect" + at(x, y) + " w=" + CssValue.formatNumber(width) + " h=" + CssValue.formatNumber(height)
                    + " color=" + color;
        }
    }

    /**
     * Fills a polygon given by its corners' coordinates {@code x0, y0, x1, y1, …}: one side of a
     * border, mitred where it meets its neighbours.
     */
    record FillPolygon(double[] points, Color color) implements DisplayCommand {
        @Override
        public String toString() {
            return "FillPolygon " + pointList(points) + " color=" + color;
        }
    }

    /** Fills a rectangle with rounded corners, anti-aliased: the background color of a box with {@code border-radius}. */
    record FillRoundRect(RoundedRect shape, Color color) implements DisplayCommand {
        @Override
        public String toString() {
            return "FillRoundRect " + shape + " color=" + color;
        }
    }

    /**
     * Fills, anti-aliased, the part of the band between two rounded rectangles that lies inside
     * a polygon given by its corners' coordinates: one side of a rounded border, cut off where
     * it meets its neighbours (CSS Backgrounds 3 §5.2).
     */
    record FillRoundedBand(RoundedRect outer, RoundedRect inner, double[] within, Color color)
            implements DisplayCommand {
        @Override
        public String toString() {
            return "FillRoundedBand outer " + outer + " inner " + inner + " within " + pointList(within) + " color=" + color;
        }
    }

    /** Fills the ellipse inscribed in a rectangle: one dot of a {@code dotted} border. */
    record FillEllipse(double x, double y, double width, double height, Color color) implements DisplayCommand {
        @Override
        public String toString() {
            return "FillEllipse" + at(x, y) + " w=" + CssValue.formatNumber(width) + " h=" + CssValue.formatNumber(height)
                    + " color=" + color;
        }
    }

    /** Draws text with its baseline's left end at {@code (x, baseline)}. */
    record DrawText(String text, double x, double baseline, UsedFont font, Color color) implements DisplayCommand {
        @Override
        public String toString() {
            return "DrawText " + DomPrinter.quote(text) + at(x, baseline) + " font=" + font + " color=" + color;
        }
    }

    /** Fills an ellipse inside a rectangle, or only strokes its outline 1px wide: a list marker's disc or circle. */
    record DrawEllipse(double x, double y, double width, double height, Color color, boolean filled)
            implements DisplayCommand {
        @Override
        public String toString() {
            return "DrawEllipse" + at(x, y) + " w=" + CssValue.formatNumber(width) + " h=" + CssValue.formatNumber(height)
                    + " color=" + color + (filled ? " filled" : "");
        }
    }

    /** Draws a picture scaled to fill a rectangle: the content box of an image. */
    record DrawImage(double x, double y, double width, double height, BufferedImage image) implements DisplayCommand {
        @Override
        public String toString() {
            return "DrawImage" + at(x, y) + " w=" + CssValue.formatNumber(width) + " h=" + CssValue.formatNumber(height)
                    + " image=" + image.getWidth() + "×" + image.getHeight();
        }
    }

    /**
     * Tiles a picture over a rectangle and nowhere outside it: one copy has its top left corner
     * at {@code (originX, originY)}, and copies repeat from it in both directions horizontally,
     * vertically, both ways or neither (CSS 2.1 §14.2.1).
     */
    record TileImage(double x, double y, double width, double height, double originX, double originY, boolean repeatX,
            boolean repeatY, BufferedImage image) implements DisplayCommand {
        @Override
        public String toString() {
            return "TileImage" + at(x, y) + " w=" + CssValue.formatNumber(width) + " h=" + CssValue.formatNumber(height)
                    + " origin=" + CssValue.formatNumber(originX) + "," + CssValue.formatNumber(originY)
                    + " " + repeat() + " image=" + image.getWidth() + "×" + image.getHeight();
        }

        /** The {@code background-repeat} keyword that tiles this way. */
        private String repeat() {
            return repeatX ? (repeatY ? "repeat" : "repeat-x") : (repeatY ? "repeat-y" : "no-repeat");
        }
    }

    /**
     * Until the matching {@link ClipEnd}, draws only inside this rectangle, rounded or not: the
     * padding box of a box whose {@code overflow} is not {@code visible} (CSS 2.1 §11.1.1),
     * rounded as its border box is; the rounded border box a background image is painted in; the
     * rounded content box of a replaced element (CSS Backgrounds 3 §5.3). Clips nest.
     */
    record ClipStart(RoundedRect area) implements DisplayCommand {
        @Override
        public String toString() {
            return "ClipStart " + area;
        }
    }

    /** Ends the innermost clip. */
    record ClipEnd() implements DisplayCommand {
        @Override
        public String toString() {
            return "ClipEnd";
        }
    }

    /**
     * Until the matching {@link OpacityEnd}, draws into a group of its own, which is then laid
     * over what is beneath it with this alpha: an element with {@code opacity} below 1 and its
     * descendants (CSS Color 3 §3.2). Groups nest.
     */
    record OpacityStart(double alpha) implements DisplayCommand {
        @Override
        public String toString() {
            return "OpacityStart alpha=" + CssValue.formatNumber(alpha);
        }
    }

    /** Ends the innermost opacity group, compositing it onto what is beneath. */
    record OpacityEnd() implements DisplayCommand {
        @Override
        public String toString() {
            return "OpacityEnd";
        }
    }

    /** Coordinates {@code x0, y0, x1, y1, …} as the points {@code x0,y0 x1,y1 …}. */
    private static String pointList(double[] coordinates) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < coordinates.length; i += 2) {
            text.append(i == 0 ? "" : " ").append(CssValue.formatNumber(coordinates[i])).append(',')
                    .append(CssValue.formatNumber(coordinates[i + 1]));
        }
        return text.toString();
    }

    private static String at(double x, double y) {
        return " x=" + CssValue.formatNumber(x) + " y=" + CssValue.formatNumber(y);
    }
}
