package org.glassbox.paint;

import static org.glassbox.style.Property.BACKGROUND_ATTACHMENT;
import static org.glassbox.style.Property.BACKGROUND_COLOR;
import static org.glassbox.style.Property.BACKGROUND_IMAGE;
import static org.glassbox.style.Property.BACKGROUND_POSITION;
import static org.glassbox.style.Property.BACKGROUND_REPEAT;

import java.awt.image.BufferedImage;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.glassbox.css.Calc;
import org.glassbox.css.Color;
import org.glassbox.css.CssValue;
import org.glassbox.css.CssValue.Length;
import org.glassbox.css.CssValue.Percentage;
import org.glassbox.css.CssValue.Url;
import org.glassbox.layout.Viewport;
import org.glassbox.paint.DisplayCommand.ClipEnd;
import org.glassbox.paint.DisplayCommand.ClipStart;
import org.glassbox.paint.DisplayCommand.FillRect;
import org.glassbox.paint.DisplayCommand.FillRoundRect;
import org.glassbox.paint.DisplayCommand.TileImage;
import org.glassbox.render.Images;
import org.glassbox.style.ComputedStyle;

/**
 * A box's background (CSS 2.1 §14.2.1): its color under its image, both covering the border box.
 * The image is placed by {@code background-position} in the padding box, or in the viewport when
 * {@code background-attachment} is {@code fixed}, and repeated from there as
 * {@code background-repeat} says. The images come from the page's {@link Images}, fetched and
 * decoded when a box first needs them.
 */
final class Backgrounds {

    private final Images images;
    private final Rect viewport;

    Backgrounds(Images images, Viewport viewport) {
        this.images = images;
        this.viewport = new Rect(0, 0, viewport.width(), viewport.height());
    }

    /** Whether {@code style} gives a box any background at all: a color that shows, or an image. */
    static boolean isVisible(ComputedStyle style) {
        return !style.color(BACKGROUND_COLOR).isTransparent() || style.get(BACKGROUND_IMAGE) instanceof Url;
    }

    /**
     * Paints the background of {@code style} over {@code paintingArea}, with the image placed in
     * {@code positioningArea}: for a box, its border box and its padding box; for the canvas, the
     * whole canvas and the root element's padding box (CSS 2.1 §14.2). A rounded border box
     * clips the color and the image to its curve (CSS Backgrounds 3 §5.3).
     */
    void paint(ComputedStyle style, RoundedRect paintingArea, Rect positioningArea, List<DisplayCommand> commands) {
        Rect area = paintingArea.rect();
        if (area.isEmpty()) {
            return;
        }
        Optional<BufferedImage> image = image(style);
        if (paintingArea.isRounded() && image.isPresent()) {
            // One clip for both, so that the color does not show round the image's smooth edge.
            commands.add(new ClipStart(paintingArea));
            paintColorAndImage(style, RoundedRect.square(area), image, positioningArea, commands);
            commands.add(new ClipEnd());
        } else {
            paintColorAndImage(style, paintingArea, image, positioningArea, commands);
        }
    }

    private void paintColorAndImage(ComputedStyle style, RoundedRect paintingArea, Optional<BufferedImage> image,
            Rect positioningArea, List<DisplayCommand> commands) {
        Rect area = paintingArea.rect();
        Color color = style.color(BACKGROUND_COLOR);
        if (!color.isTransparent()) {
            commands.add(paintingArea.isRounded() ? new FillRoundRect(paintingArea, color)
                    : new FillRect(area.x(), area.y(), area.width(), area.height(), color));
        }
        image.ifPresent(picture -> commands.add(tiles(style, picture, area,
                style.keyword(BACKGROUND_ATTACHMENT).equals("fixed") ? viewport : positioningArea)));
    }

    /** The decoded {@code background-image}; empty for none, or for one that failed to load. */
    private Optional<BufferedImage> image(ComputedStyle style) {
        if (!(style.get(BACKGROUND_IMAGE) instanceof Url url)) {
            return Optional.empty();
        }
        try {
            return images.at(URI.create(url.url()));
        } catch (IllegalArgumentException notAUrl) {
            return Optional.empty();
        }
    }

    /**
     * CSS 2.1 §14.2.1: a percentage aligns that point of the image with the same point of the
     * positioning area, so {@code 100%} puts the image's right edge on the area's; a length
     * offsets the image's top left corner.
     */
    private static TileImage tiles(ComputedStyle style, BufferedImage image, Rect paintingArea, Rect positioningArea) {
        List<CssValue> position = style.get(BACKGROUND_POSITION).components();
        double originX = positioningArea.x()
                + lengthOrPercentage(position.get(0), positioningArea.width() - image.getWidth());
        double originY = positioningArea.y()
                + lengthOrPercentage(position.get(1), positioningArea.height() - image.getHeight());
        List<String> repeat = repeat(style.get(BACKGROUND_REPEAT));
        return new TileImage(paintingArea.x(), paintingArea.y(), paintingArea.width(), paintingArea.height(),
                originX, originY, !repeat.get(0).equals("no-repeat"),
                !repeat.get(1).equals("no-repeat"), image);
    }

    /**
     * A computed length, or a percentage of {@code base}, or a calculation with both: one offset of
     * {@code background-position}, with {@code base} the room the image can move in, or a corner's radius.
     */
    static double lengthOrPercentage(CssValue value, double base) {
        if (value instanceof Percentage percentage) {
            return percentage.value() / 100 * base;
        }
        if (value instanceof Calc calc) {
            return calc.resolve(base);
        }
        return value instanceof Length length ? length.value() : 0;
    }

    /**
     * {@code background-repeat} as a horizontal and a vertical keyword: {@code repeat-x} is
     * {@code repeat no-repeat}, and one keyword stands for both (CSS Backgrounds 3 §3.4).
     * {@code space} and {@code round} are painted as {@code repeat}.
     */
    private static List<String> repeat(CssValue value) {
        if (value.is("repeat-x") || value.is("repeat-y")) {
            return value.is("repeat-x") ? List.of("repeat", "no-repeat") : List.of("no-repeat", "repeat");
        }
        List<CssValue> parts = value.components();
        return List.of(keyword(parts.get(0)), keyword(parts.get(parts.size() - 1)));
    }

    private static String keyword(CssValue value) {
        return ((CssValue.Keyword) value).name();
    }
}
