package org.glassbox.paint;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import org.glassbox.Log;
import org.glassbox.css.Color;
import org.glassbox.paint.DisplayCommand.DrawImage;
import org.glassbox.paint.DisplayCommand.DrawEllipse;
import org.glassbox.paint.DisplayCommand.DrawText;
import org.glassbox.paint.DisplayCommand.FillRect;

/**
 * The raster phase: carries out a display list on an image with Java2D. Rectangles are snapped
 * to whole pixels, as Chromium snaps box edges, so edges are crisp. Text is anti-aliased in
 * grayscale, with the same font metrics layout measured with; like Chromium, it is placed at
 * fractional x but on a whole-pixel baseline. Images are scaled with bilinear interpolation.
 */
public final class Rasterizer {

    /** Chromium's full-page screenshots stop at this height, and so does Glassbox. */
    static final int MAX_CANVAS_HEIGHT = 16_384;

    private final Log log;

    public Rasterizer(Log log) {
        this.log = log;
    }

    /** Draws the display list onto a new image of the list's canvas size (height capped). */
    public BufferedImage raster(DisplayList displayList) {
        int height = displayList.height();
        if (height > MAX_CANVAS_HEIGHT) {
            log.warn("page is " + height + " px tall; the image stops at " + MAX_CANVAS_HEIGHT + " px");
            height = MAX_CANVAS_HEIGHT;
        }
        BufferedImage image = new BufferedImage(displayList.width(), height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        try {
            configure(graphics);
            displayList.commands().forEach(command -> draw(command, graphics));
        } finally {
            graphics.dispose();
        }
        return image;
    }

    private static void configure(Graphics2D graphics) {
        graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        graphics.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        graphics.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    }

    private static void draw(DisplayCommand command, Graphics2D graphics) {
        if (command instanceof FillRect rect) {
            int left = (int) Math.round(rect.x());
            int top = (int) Math.round(rect.y());
            graphics.setColor(awtColor(rect.color()));
            graphics.fillRect(left, top, (int) Math.round(rect.x() + rect.width()) - left,
                    (int) Math.round(rect.y() + rect.height()) - top);
        } else if (command instanceof DrawImage image) {
            drawImage(image, graphics);
        } else if (command instanceof DrawEllipse ellipse) {
            drawEllipse(ellipse, graphics);
        } else if (command instanceof DrawText text) {
            graphics.setColor(awtColor(text.color()));
            graphics.setFont(text.font().awtFont());
            graphics.drawString(text.text(), (float) text.x(), Math.round(text.baseline()));
        }
    }

    /** Anti-aliased, as Chromium draws a list marker's disc and circle. */
    private static void drawEllipse(DrawEllipse ellipse, Graphics2D graphics) {
        Graphics2D smooth = (Graphics2D) graphics.create();
        smooth.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        smooth.setColor(awtColor(ellipse.color()));
        if (ellipse.filled()) {
            smooth.fill(new Ellipse2D.Double(ellipse.x(), ellipse.y(), ellipse.width(), ellipse.height()));
        } else {
            smooth.draw(new Ellipse2D.Double(ellipse.x() + 0.5, ellipse.y() + 0.5, ellipse.width() - 1, ellipse.height() - 1));
        }
        smooth.dispose();
    }

    /**
     * The picture is scaled into the rectangle snapped like a box, with bilinear interpolation:
     * smooth when scaled up, and a solid-color picture stays solid at any size.
     */
    private static void drawImage(DrawImage image, Graphics2D graphics) {
        int left = (int) Math.round(image.x());
        int top = (int) Math.round(image.y());
        int width = (int) Math.round(image.x() + image.width()) - left;
        int height = (int) Math.round(image.y() + image.height()) - top;
        graphics.drawImage(image.image(), left, top, width, height, null);
    }

    private static java.awt.Color awtColor(Color color) {
        return new java.awt.Color(color.argb(), true);
    }
}
