package org.glassbox.render;

import static org.glassbox.style.Property.BORDER_BOTTOM_COLOR;
import static org.glassbox.style.Property.BORDER_BOTTOM_STYLE;
import static org.glassbox.style.Property.BORDER_BOTTOM_WIDTH;
import static org.glassbox.style.Property.BORDER_LEFT_COLOR;
import static org.glassbox.style.Property.BORDER_LEFT_STYLE;
import static org.glassbox.style.Property.BORDER_LEFT_WIDTH;
import static org.glassbox.style.Property.BORDER_RIGHT_COLOR;
import static org.glassbox.style.Property.BORDER_RIGHT_STYLE;
import static org.glassbox.style.Property.BORDER_RIGHT_WIDTH;
import static org.glassbox.style.Property.BORDER_TOP_COLOR;
import static org.glassbox.style.Property.BORDER_TOP_STYLE;
import static org.glassbox.style.Property.BORDER_TOP_WIDTH;
import static org.glassbox.style.Property.BOX_SIZING;
import static org.glassbox.style.Property.DISPLAY;
import static org.glassbox.style.Property.FLOAT;
import static org.glassbox.style.Property.HEIGHT;
import static org.glassbox.style.Property.OVERFLOW;
import static org.glassbox.style.Property.PADDING_BOTTOM;
import static org.glassbox.style.Property.PADDING_LEFT;
import static org.glassbox.style.Property.PADDING_RIGHT;
import static org.glassbox.style.Property.PADDING_TOP;
import static org.glassbox.style.Property.WIDTH;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.glassbox.css.Color;
import org.glassbox.css.CssValue;
import org.glassbox.css.CssValue.Keyword;
import org.glassbox.css.CssValue.Length;
import org.glassbox.style.ComputedStyle;
import org.glassbox.style.Property;
import org.jsoup.nodes.Element;

/**
 * What an {@code <img>} shows when its picture could not be fetched or decoded. HTML §15.4.4
 * leaves the details to the browser; these are Chromium's, which builds the same boxes from a
 * hidden subtree of its own:
 * <ul>
 *   <li>An image that represents nothing — {@code alt=""}, or neither {@code src} nor alt text —
 *       is an empty box, 0×0 unless its size is set.</li>
 *   <li>An image with a width and a height and no alt text keeps its size, as the replaced
 *       element it would have been: an inline-block that clips what it holds, framed in silver
 *       with the broken-image icon in its corner. One too small for the icon shows neither.</li>
 *   <li>Any other image shows the icon and its alt text in a box sized to them, whatever its
 *       width and height: an inline-block that a line never breaks, or a block if the image is
 *       block-level.</li>
 * </ul>
 * The icon floats left, so the alt text wraps beside it. Not yet: quirks mode, where Chromium
 * also keeps the size of an image with alt text; and the frame takes the place of the image's
 * own border and padding rather than sitting inside them.
 */
final class BrokenImage {

    /** The icon is 16 CSS pixels square; with the frame's border and padding it needs 18. */
    private static final double ICON_SIZE = 16;
    private static final double ICON_WITH_FRAME = ICON_SIZE + 2;
    private static final Color SILVER = new Color(192, 192, 192, 1);

    private BrokenImage() {
    }

    /** The boxes a broken {@code img} generates in place of its picture. */
    static RenderObject fallback(Element img, ComputedStyle style) {
        String alt = img.attr("alt");
        if (alt.isEmpty() && hasSize(style)) {
            return sized(img, style);
        }
        if (alt.isEmpty() && (img.hasAttr("alt") || !img.hasAttr("src"))) {
            return new RenderImage(img, style, Optional.empty());
        }
        return iconAndAltText(img, style, alt);
    }

    /** Both {@code width} and {@code height} are set, so the image's size is known without its picture. */
    private static boolean hasSize(ComputedStyle style) {
        return !style.get(WIDTH).is("auto") && !style.get(HEIGHT).is("auto");
    }

    private static RenderObject sized(Element img, ComputedStyle style) {
        Map<Property, CssValue> replaced = new HashMap<>(atomic(style));
        replaced.put(OVERFLOW, new Keyword("hidden"));
        if (tooSmallForIcon(style)) {
            return new RenderBlock(img, style.with(replaced), List.of());
        }
        replaced.putAll(silverFrame());
        ComputedStyle framed = style.with(replaced);
        return new RenderBlock(img, framed, List.of(icon(framed)));
    }

    private static RenderObject iconAndAltText(Element img, ComputedStyle style, String alt) {
        Map<Property, CssValue> shrinkToFit = new HashMap<>(atomic(style));
        if (style.display().equals("inline")) {
            shrinkToFit.put(WIDTH, new Keyword("auto"));
            shrinkToFit.put(HEIGHT, new Keyword("auto"));
        }
        ComputedStyle box = style.with(shrinkToFit);
        List<RenderObject> children = new ArrayList<>(List.of(icon(box)));
        RenderText text = RenderTree.text(alt, box);
        if (text != null) {
            children.add(new RenderBlock(null, box.anonymousBlockStyle(), List.of(text)));
        }
        return new RenderBlock(img, box, children);
    }

    /** An inline image becomes an inline-block (CSS 2.1 §9.2.4), whole on its line like the picture it stands for. */
    private static Map<Property, CssValue> atomic(ComputedStyle style) {
        return style.display().equals("inline") ? Map.of(DISPLAY, new Keyword("inline-block")) : Map.of();
    }

    /** Chromium leaves the icon and frame out if a set width or height is below 18 px. */
    private static boolean tooSmallForIcon(ComputedStyle style) {
        return style.get(WIDTH) instanceof Length width && width.value() < ICON_WITH_FRAME
                || style.get(HEIGHT) instanceof Length height && height.value() < ICON_WITH_FRAME;
    }

    /** A 1px solid silver border and 1px of padding, inside the image's set size. */
    private static Map<Property, CssValue> silverFrame() {
        Map<Property, CssValue> frame = new HashMap<>();
        for (Property width : List.of(BORDER_TOP_WIDTH, BORDER_RIGHT_WIDTH, BORDER_BOTTOM_WIDTH, BORDER_LEFT_WIDTH,
                PADDING_TOP, PADDING_RIGHT, PADDING_BOTTOM, PADDING_LEFT)) {
            frame.put(width, new Length(1, "px"));
        }
        for (Property style : List.of(BORDER_TOP_STYLE, BORDER_RIGHT_STYLE, BORDER_BOTTOM_STYLE, BORDER_LEFT_STYLE)) {
            frame.put(style, new Keyword("solid"));
        }
        for (Property color : List.of(BORDER_TOP_COLOR, BORDER_RIGHT_COLOR, BORDER_BOTTOM_COLOR, BORDER_LEFT_COLOR)) {
            frame.put(color, SILVER);
        }
        frame.put(BOX_SIZING, new Keyword("border-box"));
        return frame;
    }

    /** The broken-image icon: a 16×16 picture floated left, belonging to no element. */
    private static RenderImage icon(ComputedStyle container) {
        Length size = new Length(ICON_SIZE, "px");
        ComputedStyle style = container.anonymousBlockStyle()
                .with(Map.of(FLOAT, new Keyword("left"), WIDTH, size, HEIGHT, size));
        return new RenderImage(null, style, Optional.of(BrokenImageIcon.PICTURE));
    }
}
