package org.glassbox.css;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import org.glassbox.css.CssValue.Delimiter;
import org.glassbox.css.CssValue.Keyword;
import org.glassbox.css.CssValue.Length;
import org.glassbox.css.CssValue.Number;
import org.glassbox.css.CssValue.Percentage;
import org.glassbox.css.CssValue.Text;
import org.glassbox.css.CssValue.Url;
import org.glassbox.css.CssValue.ValueList;

/**
 * Expands shorthand properties into the longhands they set, as the CSSOM does when it parses
 * them: {@code margin: 0 auto} becomes four {@code margin-*} declarations. A shorthand sets
 * every longhand it covers; parts left out get their initial values, and a CSS-wide keyword
 * such as {@code inherit} goes to every longhand.
 */
final class Shorthands {

    private static final List<String> SIDES = List.of("top", "right", "bottom", "left");
    private static final Set<String> BORDER_WIDTHS = Set.of("thin", "medium", "thick");
    private static final Set<String> CSS_WIDE_KEYWORDS = Set.of("inherit", "initial", "unset");
    private static final Keyword NORMAL = new Keyword("normal");
    private static final Keyword NONE = new Keyword("none");

    /** The longhands of each shorthand, in the order they are written out. */
    private static final Map<String, List<String>> LONGHANDS = Map.ofEntries(
            Map.entry("margin", sideLonghands("margin-", "")),
            Map.entry("padding", sideLonghands("padding-", "")),
            Map.entry("border-width", sideLonghands("border-", "-width")),
            Map.entry("border-style", sideLonghands("border-", "-style")),
            Map.entry("border-color", sideLonghands("border-", "-color")),
            Map.entry("border", SIDES.stream().flatMap(side -> widthStyleColorLonghands("border-" + side).stream()).toList()),
            Map.entry("border-top", widthStyleColorLonghands("border-top")),
            Map.entry("border-right", widthStyleColorLonghands("border-right")),
            Map.entry("border-bottom", widthStyleColorLonghands("border-bottom")),
            Map.entry("border-left", widthStyleColorLonghands("border-left")),
            Map.entry("outline", widthStyleColorLonghands("outline")),
            Map.entry("border-radius", List.of("border-top-left-radius", "border-top-right-radius",
                    "border-bottom-right-radius", "border-bottom-left-radius")),
            Map.entry("list-style", List.of("list-style-type", "list-style-position", "list-style-image")),
            Map.entry("text-decoration", List.of("text-decoration-line", "text-decoration-style", "text-decoration-color")),
            Map.entry("background", List.of("background-color", "background-image", "background-repeat",
                    "background-attachment", "background-position", "background-size", "background-origin",
                    "background-clip")),
            Map.entry("font", List.of("font-style", "font-variant", "font-weight", "font-stretch", "font-size",
                    "line-height", "font-family")));

    /** Backgrounds 3 §3.10: the initial value of each background longhand a shorthand leaves out. */
    private static final Map<String, CssValue> BACKGROUND_INITIAL = Map.of(
            "background-color", Color.TRANSPARENT,
            "background-image", NONE,
            "background-repeat", new Keyword("repeat"),
            "background-attachment", new Keyword("scroll"),
            "background-position", new ValueList(List.of(new Percentage(0), new Percentage(0))),
            "background-size", new Keyword("auto"),
            "background-origin", new Keyword("padding-box"),
            "background-clip", new Keyword("border-box"));

    /** How many components each part of a {@code background} may have; the box part gives origin and clip. */
    private static final Map<String, Integer> BACKGROUND_MAX_PARTS = Map.of(
            "background-color", 1, "background-image", 1, "background-repeat", 2, "background-attachment", 1,
            "background-position", 4, "background-size", 2, "box", 2);

    private static final Set<String> REPEATS = Set.of("repeat", "repeat-x", "repeat-y", "no-repeat", "space", "round");
    private static final Set<String> ATTACHMENTS = Set.of("scroll", "fixed", "local");
    private static final Set<String> POSITIONS = Set.of("left", "right", "top", "bottom", "center");
    private static final Set<String> BOXES = Set.of("border-box", "padding-box", "content-box");
    private static final Set<String> DECORATION_LINES = Set.of("none", "underline", "overline", "line-through", "blink");
    private static final Set<String> DECORATION_STYLES = Set.of("solid", "double", "dotted", "dashed", "wavy");
    private static final Set<String> FONT_STRETCHES = Set.of("ultra-condensed", "extra-condensed", "condensed",
            "semi-condensed", "semi-expanded", "expanded", "extra-expanded", "ultra-expanded");

    private Shorthands() {}

    /** The longhand declarations {@code declaration} stands for; itself if it is a longhand. */
    static List<Declaration> expand(Declaration declaration) {
        String property = declaration.property();
        CssValue value = declaration.value();
        List<Declaration> longhands = new ArrayList<>();
        BiConsumer<String, CssValue> out = (name, part) -> longhands.add(new Declaration(name, part, declaration.important()));
        if (LONGHANDS.containsKey(property) && value instanceof Keyword keyword && CSS_WIDE_KEYWORDS.contains(keyword.name())) {
            LONGHANDS.get(property).forEach(longhand -> out.accept(longhand, value));
            return longhands;
        }
        switch (property) {
            case "margin", "padding", "border-width", "border-style", "border-color" ->
                    boxSides(value, LONGHANDS.get(property), out);
            case "border" -> SIDES.forEach(side -> borderSide("border-" + side, value, out));
            case "border-top", "border-right", "border-bottom", "border-left" -> borderSide(property, value, out);
            case "outline" -> outline(value, out);
            case "border-radius" -> borderRadius(value, out);
            case "list-style" -> listStyle(value, out);
            case "text-decoration" -> textDecoration(value, out);
            case "background" -> background(value, out);
            case "font" -> font(value, out);
            default -> out.accept(property, value);
        }
        return longhands;
    }

    /**
     * CSS Text Decoration 3 §2.4: lines, a style and a color in any order, as in
     * {@code underline dotted red}; any part left out is reset.
     */
    private static void textDecoration(CssValue value, BiConsumer<String, CssValue> out) {
        List<CssValue> lines = new ArrayList<>();
        CssValue style = new Keyword("solid");
        CssValue color = new Keyword("currentcolor");
        for (CssValue part : value.components()) {
            if (part instanceof Keyword keyword && DECORATION_LINES.contains(keyword.name())) {
                lines.add(part);
            } else if (part instanceof Keyword keyword && DECORATION_STYLES.contains(keyword.name())) {
                style = part;
            } else {
                color = part;
            }
        }
        out.accept("text-decoration-line", lines.isEmpty() ? NONE : lines.size() == 1 ? lines.get(0) : new ValueList(lines));
        out.accept("text-decoration-style", style);
        out.accept("text-decoration-color", color);
    }

    private static List<String> sideLonghands(String prefix, String suffix) {
        return SIDES.stream().map(side -> prefix + side + suffix).toList();
    }

    private static List<String> widthStyleColorLonghands(String prefix) {
        return List.of(prefix + "-width", prefix + "-style", prefix + "-color");
    }

    /** CSS 2.1 §8.3: one value for all sides; two for vertical and horizontal; three; four clockwise from the top. */
    private static void boxSides(CssValue value, List<String> longhands, BiConsumer<String, CssValue> out) {
        List<CssValue> parts = value.components();
        int[][] pick = {{0, 0, 0, 0}, {0, 1, 0, 1}, {0, 1, 2, 1}, {0, 1, 2, 3}};
        if (parts.size() > 4) {
            throw new IllegalArgumentException("too many values: " + value);
        }
        for (int side = 0; side < 4; side++) {
            out.accept(longhands.get(side), parts.get(pick[parts.size() - 1][side]));
        }
    }

    /**
     * CSS Backgrounds 3 §5.1: one to four horizontal radii, clockwise from the top left and
     * repeated as {@code margin} repeats its sides, then after a slash as many vertical radii;
     * without the slash each corner's vertical radius is its horizontal one.
     */
    private static void borderRadius(CssValue value, BiConsumer<String, CssValue> out) {
        List<CssValue> parts = value.components();
        int slash = parts.indexOf(new Delimiter('/'));
        List<CssValue> horizontal = slash < 0 ? parts : parts.subList(0, slash);
        List<CssValue> vertical = slash < 0 ? parts : parts.subList(slash + 1, parts.size());
        if (horizontal.isEmpty() || vertical.isEmpty() || vertical.contains(new Delimiter('/'))) {
            throw new IllegalArgumentException("not a border radius: " + value);
        }
        Map<String, CssValue> horizontalRadii = new LinkedHashMap<>();
        Map<String, CssValue> verticalRadii = new LinkedHashMap<>();
        boxSides(joined(horizontal), LONGHANDS.get("border-radius"), horizontalRadii::put);
        boxSides(joined(vertical), LONGHANDS.get("border-radius"), verticalRadii::put);
        horizontalRadii.forEach((corner, radius) -> out.accept(corner, radius.equals(verticalRadii.get(corner))
                ? radius : new ValueList(List.of(radius, verticalRadii.get(corner)))));
    }

    /** CSS 2.1 §8.5.4: width, style and color in any order; any left out is reset. */
    private static void borderSide(String side, CssValue value, BiConsumer<String, CssValue> out) {
        widthStyleColor(side, value, part -> BorderStyle.from(part).isPresent(), out);
    }

    /**
     * CSS 2.1 §18.4, CSS UI 4 §5.1: an outline is written like a border; its style may also be
     * {@code auto}, the platform's focus ring, but not {@code hidden}.
     */
    private static void outline(CssValue value, BiConsumer<String, CssValue> out) {
        Predicate<CssValue> isStyle = part -> part.is("auto")
                || BorderStyle.from(part).filter(style -> style != BorderStyle.HIDDEN).isPresent();
        widthStyleColor("outline", value, isStyle, out);
    }

    private static void widthStyleColor(String prefix, CssValue value, Predicate<CssValue> isStyle,
            BiConsumer<String, CssValue> out) {
        CssValue width = null;
        CssValue style = null;
        CssValue color = null;
        for (CssValue part : value.components()) {
            if (isBorderWidth(part)) {
                width = once(width, part, value);
            } else if (isStyle.test(part)) {
                style = once(style, part, value);
            } else if (Color.from(part).isPresent() || part.is("currentcolor")) {
                color = once(color, part, value);
            } else {
                throw new IllegalArgumentException("not a width, style or color: " + part);
            }
        }
        out.accept(prefix + "-width", width == null ? new Keyword("medium") : width);
        out.accept(prefix + "-style", style == null ? NONE : style);
        out.accept(prefix + "-color", color == null ? new Keyword("currentcolor") : color);
    }

    private static boolean isBorderWidth(CssValue part) {
        return part instanceof Length || isZero(part)
                || part instanceof Keyword keyword && BORDER_WIDTHS.contains(keyword.name());
    }

    /**
     * CSS Lists 3 §3.3: type, position and image in any order. {@code none} is a type and an
     * image both, so it goes to whichever of the two the value does not otherwise set.
     */
    private static void listStyle(CssValue value, BiConsumer<String, CssValue> out) {
        CssValue type = null;
        CssValue position = null;
        CssValue image = null;
        int nones = 0;
        for (CssValue part : value.components()) {
            if (part.is("none")) {
                nones++;
            } else if (part.is("inside") || part.is("outside")) {
                position = once(position, part, value);
            } else if (part instanceof Url) {
                image = once(image, part, value);
            } else if (part instanceof Keyword || part instanceof Text) {
                type = once(type, part, value);
            } else {
                throw new IllegalArgumentException("not a list style: " + value);
            }
        }
        if (nones > (type == null ? 1 : 0) + (image == null ? 1 : 0)) {
            throw new IllegalArgumentException("too many nones: " + value);
        }
        out.accept("list-style-type", type != null ? type : nones > 0 ? NONE : new Keyword("disc"));
        out.accept("list-style-position", position != null ? position : new Keyword("outside"));
        out.accept("list-style-image", image != null ? image : NONE);
    }

    /**
     * CSS 2.1 §14.2.1 with the additions of Backgrounds 3 §3.10: color, image, repeat,
     * attachment and position in any order, a size after a slash following the position, and
     * one box for both origin and clip, or two. One layer only: a list of layers is rejected.
     */
    private static void background(CssValue value, BiConsumer<String, CssValue> out) {
        Map<String, List<CssValue>> parts = backgroundParts(value);
        List<CssValue> boxes = parts.remove("box");
        if (boxes != null) {
            parts.put("background-origin", boxes.subList(0, 1));
            parts.put("background-clip", boxes.subList(boxes.size() - 1, boxes.size()));
        }
        LONGHANDS.get("background").forEach(longhand -> out.accept(longhand,
                parts.containsKey(longhand) ? joined(parts.get(longhand)) : BACKGROUND_INITIAL.get(longhand)));
    }

    /** The components of a {@code background}, grouped by the longhand they set. */
    private static Map<String, List<CssValue>> backgroundParts(CssValue value) {
        Map<String, List<CssValue>> parts = new LinkedHashMap<>();
        List<CssValue> components = value.components();
        for (int i = 0; i < components.size(); i++) {
            CssValue part = components.get(i);
            if (part instanceof Delimiter slash && slash.symbol() == '/' && parts.containsKey("background-position")) {
                i = backgroundSize(components, i + 1, parts) - 1;
            } else {
                parts.computeIfAbsent(backgroundPart(part, value), key -> new ArrayList<>()).add(part);
            }
        }
        parts.forEach((key, values) -> {
            if (values.size() > BACKGROUND_MAX_PARTS.get(key)) {
                throw new IllegalArgumentException("too many " + key + " values: " + value);
            }
        });
        return parts;
    }

    /** Which longhand a component of {@code background} belongs to. */
    private static String backgroundPart(CssValue part, CssValue value) {
        String keyword = part instanceof Keyword k ? k.name() : "";
        if (Color.from(part).isPresent() || part.is("currentcolor")) {
            return "background-color";
        } else if (part instanceof Url || part.is("none")) {
            return "background-image";
        } else if (REPEATS.contains(keyword)) {
            return "background-repeat";
        } else if (ATTACHMENTS.contains(keyword)) {
            return "background-attachment";
        } else if (part instanceof Length || part instanceof Percentage || isZero(part) || POSITIONS.contains(keyword)) {
            return "background-position";
        } else if (BOXES.contains(keyword)) {
            return "box";
        }
        if (part instanceof Delimiter comma && comma.symbol() == ',') {
            throw new IllegalArgumentException("only one background layer is supported: " + value);
        }
        throw new IllegalArgumentException("not a background: " + value);
    }

    /**
     * Reads the size after the slash: {@code cover}, {@code contain}, or one or two lengths,
     * percentages or autos. Returns where it ends.
     */
    private static int backgroundSize(List<CssValue> components, int start, Map<String, List<CssValue>> parts) {
        int end = start;
        if (end < components.size() && (components.get(end).is("cover") || components.get(end).is("contain"))) {
            end++;
        } else {
            while (end < components.size() && end < start + 2 && isSizeComponent(components.get(end))) {
                end++;
            }
        }
        if (end == start) {
            throw new IllegalArgumentException("no background size after the slash");
        }
        parts.put("background-size", components.subList(start, end));
        return end;
    }

    private static boolean isSizeComponent(CssValue part) {
        return part instanceof Length || part instanceof Percentage || isZero(part) || part.is("auto");
    }

    /**
     * CSS 2.1 §15.8: {@code [style || variant || weight]? size [/ line-height]? family}, with the
     * stretch of CSS Fonts 3 §3.7 among the first. Those come in any order; the family is
     * everything after the size.
     */
    private static void font(CssValue value, BiConsumer<String, CssValue> out) {
        List<CssValue> parts = value.components();
        int size = 0;
        while (size < parts.size() && !isFontSize(parts.get(size))) {
            size++;
        }
        boolean slash = size + 1 < parts.size() && parts.get(size + 1) instanceof Delimiter d && d.symbol() == '/';
        int family = size + (slash ? 3 : 1);
        if (family >= parts.size()) {
            throw new IllegalArgumentException("a font needs a size and a family: " + value);
        }
        Map<String, CssValue> before = new LinkedHashMap<>();
        parts.subList(0, size).forEach(part -> before.put(fontPart(part, value), part));
        for (String longhand : List.of("font-style", "font-variant", "font-weight", "font-stretch")) {
            out.accept(longhand, before.getOrDefault(longhand, NORMAL));
        }
        out.accept("font-size", parts.get(size));
        out.accept("line-height", slash ? parts.get(size + 2) : NORMAL);
        out.accept("font-family", new ValueList(parts.subList(family, parts.size())));
    }

    /** Which longhand one of the parts before a font's size sets; {@code normal} sets none. */
    private static String fontPart(CssValue part, CssValue value) {
        if (part.is("italic") || part.is("oblique")) {
            return "font-style";
        } else if (part.is("small-caps")) {
            return "font-variant";
        } else if (part.is("bold") || part.is("bolder") || part.is("lighter") || part instanceof Number) {
            return "font-weight";
        } else if (part instanceof Keyword keyword && FONT_STRETCHES.contains(keyword.name())) {
            return "font-stretch";
        } else if (part.is("normal")) {
            return "normal";
        }
        throw new IllegalArgumentException("not a font: " + value);
    }

    private static boolean isFontSize(CssValue part) {
        return part instanceof Length || part instanceof Percentage || isZero(part)
                || part instanceof Keyword keyword && keyword.name().matches("(xx?x?-)?(small|large)|medium|smaller|larger");
    }

    private static boolean isZero(CssValue part) {
        return part instanceof Number number && number.value() == 0;
    }

    /** A part a shorthand may hold only once, such as a border's style: a second one makes the value invalid. */
    private static CssValue once(CssValue previous, CssValue part, CssValue value) {
        if (previous != null) {
            throw new IllegalArgumentException("two of a kind in " + value);
        }
        return part;
    }

    private static CssValue joined(List<CssValue> values) {
        return values.size() == 1 ? values.get(0) : new ValueList(values);
    }
}
