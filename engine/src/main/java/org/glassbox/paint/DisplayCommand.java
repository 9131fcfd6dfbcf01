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

    private static String at(double x, double y) {
        return " x=" + CssValue.formatNumber(x) + " y=" + CssValue.formatNumber(y);
    }
}
