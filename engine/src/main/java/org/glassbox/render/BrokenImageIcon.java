package org.glassbox.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;

/**
 * The picture a broken image shows (see {@link BrokenImage}): a photograph — sky, a cloud, a
 * green hill — on a sheet with a folded corner, torn across. Glassbox draws its own rather than
 * shipping a browser's. It is drawn once, at twice its 16 CSS pixels, so that it stays sharp at a
 * device pixel ratio of 2.
 */
final class BrokenImageIcon {

    private static final int SCALE = 2;
    private static final Color FRAME = new Color(0x8f8f90);
    private static final Color SKY = new Color(0xcddcf6);
    private static final Color HILL = new Color(0x58ae39);
    private static final Color FOLD = new Color(0xe3e3e3);

    /** Made after the colors above, which drawing it needs. */
    static final BufferedImage PICTURE = draw();

    private BrokenImageIcon() {
    }

    /** Drawn in a 16-unit square, painted back to front: sheet, sky, hill, fold, tear. */
    private static BufferedImage draw() {
        BufferedImage picture = new BufferedImage(16 * SCALE, 16 * SCALE, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = picture.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.scale(SCALE, SCALE);
        Shape sheet = polygon(1.5, 1.5, 11, 1.5, 14.5, 5, 14.5, 14.5, 1.5, 14.5);
        fill(g, sheet, SKY);
        g.setClip(sheet);
        fill(g, new Ellipse2D.Double(3, 3.5, 5, 2.5), Color.WHITE);
        fill(g, new Ellipse2D.Double(-2, 10, 14, 10), HILL);
        g.setClip(null);
        fill(g, polygon(11, 1.5, 11, 5, 14.5, 5), FOLD);
        g.setColor(FRAME);
        g.setStroke(new BasicStroke(1));
        g.draw(sheet);
        g.draw(polygon(11, 1.5, 11, 5, 14.5, 5));
        fill(g, polygon(6, 15, 15, 7, 15, 9, 8.5, 15), Color.WHITE);
        g.dispose();
        return picture;
    }

    private static void fill(Graphics2D g, Shape shape, Color color) {
        g.setColor(color);
        g.fill(shape);
    }

    private static Shape polygon(double... xy) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            path.lineTo(xy[i], xy[i + 1]);
        }
        path.closePath();
        return path;
    }
}
