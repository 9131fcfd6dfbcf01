package org.glassbox.paint;

import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.TexturePaint;
import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;
import org.glassbox.Log;
import org.glassbox.css.Color;
import org.glassbox.layout.FontHeight;
import org.glassbox.paint.CornerRadii.Corner;
import org.glassbox.paint.DisplayCommand.ClipEnd;
import org.glassbox.paint.DisplayCommand.ClipStart;
import org.glassbox.paint.DisplayCommand.DrawImage;
import org.glassbox.paint.DisplayCommand.DrawEllipse;
import org.glassbox.paint.DisplayCommand.DrawText;
import org.glassbox.paint.DisplayCommand.FillEllipse;
import org.glassbox.paint.DisplayCommand.FillPolygon;
import org.glassbox.paint.DisplayCommand.FillRect;
import org.glassbox.paint.DisplayCommand.FillRoundRect;
import org.glassbox.paint.DisplayCommand.FillRoundedBand;
import org.glassbox.paint.DisplayCommand.OpacityEnd;
import org.glassbox.paint.DisplayCommand.OpacityStart;
import org.glassbox.paint.DisplayCommand.TileImage;

/**
 * The raster phase: carries out a display list on an image with Java2D. Rectangles are snapped
 * to whole pixels, as Chromium snaps box edges, so edges are crisp; so are the corners of
 * polygons, which are filled without anti-aliasing so that two sides of one color show no seam.
 * Rounded corners are smooth curves, anti-aliased as Chromium draws them, rounded clips included.
 * Text is anti-aliased in grayscale, with the same font metrics layout measured with; like
 * Chromium, it is placed at
 * fractional x but on a whole-pixel baseline. Images are scaled with bilinear interpolation;
 * background tiles are copied unscaled from a whole-pixel origin.
 *
 * <p>A HiDPI screen has more than one device pixel per CSS pixel (its device pixel ratio). The
 * display list is the same at any ratio; only rasterizing changes: the image is {@code scale}
 * times as large and every command is drawn through a {@code scale}× transform, so text and
 * shapes are drawn at the finer resolution rather than enlarged from a 1× image. Edges are still
 * snapped to whole CSS pixels, so a 2× image is the 1× image with each edge in the same place.
 */
public final class Rasterizer {

    /** Chromium's full-page screenshots stop at this many device pixels tall, and so does Glassbox. */
    static final int MAX_CANVAS_HEIGHT = 16_384;

    /**
     * And as wide: a page one unbreakable word wide can be millions of pixels across, more than
     * an image can hold (Java's stop at 2³¹ pixels).
     */
    static final int MAX_CANVAS_WIDTH = 16_384;

    /** Wider than any line of text, yet small enough that no scale makes it overflow an {@code int}. */
    private static final int ANY_WIDTH = 1 << 24;

    private final Log log;

    public Rasterizer(Log log) {
        this.log = log;
    }

    /** Draws the whole display list onto a new image of the list's canvas size (height capped), one pixel per CSS pixel. */
    public BufferedImage raster(DisplayList displayList) {
        return raster(displayList, displayList.width(), displayList.height(), 1);
    }

    /**
     * Draws the part of the display list's canvas that is {@code width} × {@code height} CSS
     * pixels from its top left corner — all of it, or the viewport — onto a new image with
     * {@code scale} pixels per CSS pixel, its size capped at {@link #MAX_CANVAS_WIDTH} ×
     * {@link #MAX_CANVAS_HEIGHT} pixels.
     */
    public BufferedImage raster(DisplayList displayList, int width, int height, double scale) {
        int pixelWidth = capped((int) Math.ceil(width * scale), MAX_CANVAS_WIDTH, "wide");
        int pixelHeight = capped((int) Math.ceil(height * scale), MAX_CANVAS_HEIGHT, "tall");
        BufferedImage image = new BufferedImage(pixelWidth, pixelHeight, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        try {
            configure(graphics);
            graphics.scale(scale, scale);
            drawAll(displayList.commands(), new Rectangle(0, 0, width, height), graphics, image);
        } finally {
            graphics.dispose();
        }
        return image;
    }

    private int capped(int pixels, int max, String dimension) {
        if (pixels > max) {
            log.warn("page is " + pixels + " px " + dimension + "; the image stops at " + max + " px");
        }
        return Math.min(pixels, max);
    }

    private static void configure(Graphics2D graphics) {
        graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        graphics.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        graphics.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    }

    /**
     * Draws the commands in order, keeping for each {@code ClipStart} how to end it, and drawing
     * each opacity group on an image of its own.
     */
    private static void drawAll(List<DisplayCommand> commands, Rectangle bounds, Graphics2D canvas,
            BufferedImage canvasImage) {
        Deque<Supplier<Graphics2D>> clipEnds = new ArrayDeque<>();
        Deque<Group> groups = new ArrayDeque<>();
        Graphics2D graphics = canvas;
        for (DisplayCommand command : commands) {
            if (command instanceof OpacityStart start) {
                groups.push(Group.open(graphics, start.alpha(), canvasImage));
                graphics = groups.peek().inside();
            } else if (command instanceof OpacityEnd) {
                graphics = groups.pop().composite();
            } else if (command instanceof ClipStart clip && clip.area().isRounded()) {
                RoundedClip rounded = RoundedClip.open(graphics, shape(clip.area()), canvasImage);
                clipEnds.push(rounded::close);
                graphics = rounded.inside();
            } else if (command instanceof ClipStart clip) {
                clipEnds.push(clipTo(shape(clip.area()), graphics, bounds));
            } else if (command instanceof ClipEnd) {
                graphics = clipEnds.pop().get();
            } else {
                draw(command, graphics);
            }
        }
    }

    /**
     * Clips {@code graphics} to a rectangle and returns how to restore the clip in force before
     * (the outermost clip is the canvas, in CSS pixels).
     */
    private static Supplier<Graphics2D> clipTo(Shape rectangle, Graphics2D graphics, Rectangle bounds) {
        Shape outer = graphics.getClip() == null ? bounds : graphics.getClip();
        graphics.clip(rectangle);
        return () -> {
            graphics.setClip(outer);
            return graphics;
        };
    }

    /**
     * A rounded clip (CSS Backgrounds 3 §5.3) with a smooth edge, as Chromium's: what it clips is
     * drawn on a transparent image of its own, as large as the clip's bounds; the part of each
     * pixel outside the curve is then rubbed out of that image, which is laid over what is beneath.
     */
    private record RoundedClip(Graphics2D outside, Shape curve, Rectangle device, BufferedImage image,
            Graphics2D inside) {

        static RoundedClip open(Graphics2D outside, Shape curve, BufferedImage canvas) {
            Rectangle device = outside.getTransform().createTransformedShape(curve).getBounds()
                    .intersection(new Rectangle(canvas.getWidth(), canvas.getHeight()));
            BufferedImage image = new BufferedImage(Math.max(1, device.width), Math.max(1, device.height),
                    BufferedImage.TYPE_INT_ARGB);
            Graphics2D inside = image.createGraphics();
            configure(inside);
            inside.translate(-device.x, -device.y);
            inside.transform(outside.getTransform());
            inside.setClip(outside.getClip());
            inside.clip(curve.getBounds2D()); // nothing outside the image's pixels, even if the clip is off the canvas
            return new RoundedClip(outside, curve, device, image, inside);
        }

        /** Rubs out what lies outside the curve, lays the image over what is outside the clip and returns its graphics. */
        Graphics2D close() {
            Rectangle2D bounds = curve.getBounds2D();
            Area outsideCurve = new Area(new Rectangle2D.Double(bounds.getX() - 1, bounds.getY() - 1,
                    bounds.getWidth() + 2, bounds.getHeight() + 2)); // a pixel more than the image covers
            outsideCurve.subtract(new Area(curve));
            inside.setClip(null);
            inside.setComposite(AlphaComposite.DstOut);
            fillSmoothly(outsideCurve, inside);
            inside.dispose();
            Graphics2D over = (Graphics2D) outside.create();
            over.setTransform(new AffineTransform()); // the image is in device pixels already
            over.drawImage(image, device.x, device.y, null);
            over.dispose();
            return outside;
        }
    }

    /**
     * An opacity group (CSS Color 3 §3.2): drawn on a transparent image as large as the canvas,
     * clipped as the canvas was, then laid over the canvas with its alpha, so that the group's
     * own overlapping parts do not show through each other.
     */
    private record Group(Graphics2D outside, float alpha, BufferedImage image, Graphics2D inside) {

        static Group open(Graphics2D outside, double alpha, BufferedImage canvas) {
            BufferedImage image = new BufferedImage(canvas.getWidth(), canvas.getHeight(), BufferedImage.TYPE_INT_ARGB);
            Graphics2D inside = image.createGraphics();
            configure(inside);
            inside.setTransform(outside.getTransform());
            inside.setClip(outside.getClip());
            return new Group(outside, (float) alpha, image, inside);
        }

        /** Lays the group over what is outside it and returns the graphics to go on drawing with there. */
        Graphics2D composite() {
            inside.dispose();
            Graphics2D over = (Graphics2D) outside.create();
            over.setTransform(new AffineTransform()); // the group's image is in device pixels already
            over.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, alpha));
            over.drawImage(image, 0, 0, null);
            over.dispose();
            return outside;
        }
    }

    private static void draw(DisplayCommand command, Graphics2D graphics) {
        if (command instanceof FillRect rect) {
            graphics.setColor(awtColor(rect.color()));
            graphics.fill(snapped(rect.x(), rect.y(), rect.width(), rect.height()));
        } else if (command instanceof FillPolygon polygon) {
            graphics.setColor(awtColor(polygon.color()));
            graphics.fill(snapped(polygon.points()));
        } else if (command instanceof FillRoundRect rounded) {
            graphics.setColor(awtColor(rounded.color()));
            fillSmoothly(shape(rounded.shape()), graphics);
        } else if (command instanceof FillRoundedBand band) {
            fillBand(band, graphics);
        } else if (command instanceof FillEllipse ellipse) {
            fillEllipse(ellipse, graphics);
        } else if (command instanceof DrawImage image) {
            Rectangle box = snapped(image.x(), image.y(), image.width(), image.height());
            graphics.drawImage(image.image(), box.x, box.y, box.width, box.height, null);
        } else if (command instanceof TileImage tiles) {
            tileImage(tiles, graphics);
        } else if (command instanceof DrawEllipse ellipse) {
            drawEllipse(ellipse, graphics);
        } else if (command instanceof DrawText text && mayShow(text, graphics)) {
            graphics.setColor(awtColor(text.color()));
            graphics.setFont(text.font().awtFont());
            graphics.drawString(text.text(), (float) text.x(), Math.round(text.baseline()));
        }
    }

    /**
     * Whether a line of text may show through the clip and on the image at all. Java2D shapes the
     * glyphs of every string it is given before it clips them, and on a page taller than the
     * canvas most text lies below the image's last row: leaving that text out keeps the raster
     * time of a long page that of the part the image shows. The test is generous: the text's whole
     * line across, and a font size above and below its glyphs' ascent and descent.
     */
    private static boolean mayShow(DrawText text, Graphics2D graphics) {
        FontHeight height = text.font().height();
        double margin = text.font().awtFont().getSize2D();
        double top = text.baseline() - height.ascent() - margin;
        double bottom = text.baseline() + height.descent() + margin;
        return graphics.hitClip(-ANY_WIDTH / 2, (int) Math.floor(top), ANY_WIDTH, (int) Math.ceil(bottom - top));
    }

    /** A rectangle snapped to whole pixels by rounding its edges, as Chromium snaps a box. */
    private static Rectangle snapped(double x, double y, double width, double height) {
        int left = (int) Math.round(x);
        int top = (int) Math.round(y);
        return new Rectangle(left, top, (int) Math.round(x + width) - left, (int) Math.round(y + height) - top);
    }

    /** A polygon with its corners rounded to whole pixels, so that it meets the rectangles snapped beside it. */
    private static Polygon snapped(double[] points) {
        Polygon polygon = new Polygon();
        for (int i = 0; i < points.length; i += 2) {
            polygon.addPoint((int) Math.round(points[i]), (int) Math.round(points[i + 1]));
        }
        return polygon;
    }

    /**
     * A rounded rectangle: its rectangle snapped to whole pixels as a box is, and one elliptical
     * arc for each rounded corner, the radii scaled down if they no longer fit the snapped
     * rectangle (CSS Backgrounds 3 §5.5).
     */
    private static Shape shape(RoundedRect rounded) {
        Rect rect = rounded.rect();
        Rectangle box = snapped(rect.x(), rect.y(), rect.width(), rect.height());
        if (!rounded.isRounded()) {
            return box;
        }
        List<Corner> corners = rounded.radii().fitted(new Rect(box.x, box.y, box.width, box.height)).corners();
        double[] points = RoundedRect.square(new Rect(box.x, box.y, box.width, box.height)).corners();
        Path2D path = new Path2D.Double();
        for (int n = 0; n < 4; n++) {
            corner(path, n, points[2 * n], points[2 * n + 1], corners.get(n));
        }
        path.closePath();
        return path;
    }

    /**
     * Adds corner {@code n} (clockwise from the top left) at {@code (x, y)} to the outline: the
     * quarter of its ellipse from the end of one side to the start of the next, or the point
     * itself if it is square.
     */
    private static void corner(Path2D path, int n, double x, double y, Corner corner) {
        if (corner.isSquare()) {
            if (path.getCurrentPoint() == null) {
                path.moveTo(x, y);
            } else {
                path.lineTo(x, y);
            }
            return;
        }
        double width = 2 * corner.horizontal();
        double height = 2 * corner.vertical();
        double left = n == 0 || n == 3 ? x : x - width;
        double top = n < 2 ? y : y - height;
        path.append(new Arc2D.Double(left, top, width, height, 180 - 90 * n, -90, Arc2D.OPEN), true);
    }

    /** The band between two rounded rectangles; nothing is inside an inner one that is empty. */
    private static Shape ring(RoundedRect outer, RoundedRect inner) {
        Path2D ring = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        ring.append(shape(outer), false);
        if (!inner.rect().isEmpty()) {
            ring.append(shape(inner), false);
        }
        return ring;
    }

    /** A polygon at its exact coordinates, so that the polygons cutting a band into sides meet without gap or overlap. */
    private static Path2D path(double[] points) {
        Path2D path = new Path2D.Double();
        path.moveTo(points[0], points[1]);
        for (int i = 2; i < points.length; i += 2) {
            path.lineTo(points[i], points[i + 1]);
        }
        path.closePath();
        return path;
    }

    /**
     * One side of a rounded border: the band, its curves anti-aliased, cut by its polygon with
     * crisp edges, so that the pixels along the mitre between two sides each belong to one side
     * and two sides of one color show no seam.
     */
    private static void fillBand(FillRoundedBand band, Graphics2D graphics) {
        Graphics2D side = (Graphics2D) graphics.create();
        side.clip(path(band.within()));
        side.setColor(awtColor(band.color()));
        fillSmoothly(ring(band.outer(), band.inner()), side);
        side.dispose();
    }

    /** Fills a curved shape with the current paint, anti-aliased, as Chromium draws rounded corners. */
    private static void fillSmoothly(Shape shape, Graphics2D graphics) {
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        graphics.fill(shape);
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
    }

    /** A dot is round only if its edge is anti-aliased; every other shape keeps crisp edges. */
    private static void fillEllipse(FillEllipse ellipse, Graphics2D graphics) {
        graphics.setColor(awtColor(ellipse.color()));
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        graphics.fill(new Ellipse2D.Double(ellipse.x(), ellipse.y(), ellipse.width(), ellipse.height()));
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
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
     * The copies of the picture are a texture anchored at the first copy, at a whole pixel so
     * that each copy is the picture's pixels unchanged; it fills the part of the rectangle that
     * the repeated copies cover: all of it, a row, a column or one copy.
     */
    private static void tileImage(TileImage tiles, Graphics2D graphics) {
        Rectangle area = snapped(tiles.x(), tiles.y(), tiles.width(), tiles.height());
        Rectangle first = new Rectangle((int) Math.round(tiles.originX()), (int) Math.round(tiles.originY()),
                tiles.image().getWidth(), tiles.image().getHeight());
        Rectangle covered = area.intersection(new Rectangle(
                tiles.repeatX() ? area.x : first.x, tiles.repeatY() ? area.y : first.y,
                tiles.repeatX() ? area.width : first.width, tiles.repeatY() ? area.height : first.height));
        if (!covered.isEmpty()) {
            graphics.setPaint(new TexturePaint(tiles.image(), first));
            graphics.fill(covered);
        }
    }

    private static java.awt.Color awtColor(Color color) {
        return new java.awt.Color(color.argb(), true);
    }
}
