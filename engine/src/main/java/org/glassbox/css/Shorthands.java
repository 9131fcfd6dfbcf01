package org.glassbox.css;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;
import org.glassbox.css.CssValue.Keyword;
import org.glassbox.css.CssValue.Length;
import org.glassbox.css.CssValue.Number;
import org.glassbox.css.CssValue.ValueList;

/**
 * Expands shorthand properties into the longhands they set, as the CSSOM does when it parses
 * them: {@code margin: 0 auto} becomes four {@code margin-*} declarations. A shorthand sets
 * every longhand it covers; parts left out get their initial values.
 */
final class Shorthands {

    private static final List<String> SIDES = List.of("top", "right", "bottom", "left");
    private static final Set<String> BORDER_WIDTHS = Set.of("thin", "medium", "thick");
    private static final Keyword NORMAL = new Keyword("normal");

    private Shorthands() {}

    /** The longhand declarations {@code declaration} stands for; itself if it is a longhand. */
    static List<Declaration> expand(Declaration declaration) {
        String property = declaration.property();
        CssValue value = declaration.value();
        List<Declaration> longhands = new ArrayList<>();
        BiConsumer<String, CssValue> out = (name, part) -> longhands.add(new Declaration(name, part, declaration.important()));
        switch (property) {
            case "margin", "padding" -> boxSides(value, side -> property + "-" + side, out);
            case "border-width", "border-style", "border-color" ->
                    boxSides(value, side -> "border-" + side + property.substring("border".length()), out);
            case "border" -> SIDES.forEach(side -> borderSide("border-" + side, value, out));
            case "border-top", "border-right", "border-bottom", "border-left" -> borderSide(property, value, out);
            case "background" -> background(value, out);
            case "font" -> font(value, out);
            default -> out.accept(property, value);
        }
        return longhands;
    }

    /** CSS 2.1 §8.3: one value for all sides; two for vertical and horizontal; three; four clockwise from the top. */
    private static void boxSides(CssValue value, UnaryOperator<String> name, BiConsumer<String, CssValue> out) {
        List<CssValue> parts = value.components();
        int[][] pick = {{0, 0, 0, 0}, {0, 1, 0, 1}, {0, 1, 2, 1}, {0, 1, 2, 3}};
        if (parts.size() > 4) {
            throw new IllegalArgumentException("too many values: " + value);
        }
        for (int side = 0; side < 4; side++) {
            out.accept(name.apply(SIDES.get(side)), parts.get(pick[parts.size() - 1][side]));
        }
    }

    /** CSS 2.1 §8.5.4: width, style and color in any order; any left out is reset. */
    private static void borderSide(String side, CssValue value, BiConsumer<String, CssValue> out) {
        if (value.is("inherit")) {
            List.of("-width", "-style", "-color").forEach(part -> out.accept(side + part, value));
            return;
        }
        CssValue width = new Keyword("medium");
        CssValue style = new Keyword("none");
        CssValue color = new Keyword("currentcolor");
        for (CssValue part : value.components()) {
            if (isBorderWidth(part)) {
                width = part;
            } else if (BorderStyle.from(part).isPresent()) {
                style = part;
            } else if (Color.from(part).isPresent() || part.is("currentcolor")) {
                color = part;
            } else {
                throw new IllegalArgumentException("not a border: " + value);
            }
        }
        out.accept(side + "-width", width);
        out.accept(side + "-style", style);
        out.accept(side + "-color", color);
    }

    private static boolean isBorderWidth(CssValue part) {
        return part instanceof Length
                || part instanceof Number number && number.value() == 0
                || part instanceof Keyword keyword && BORDER_WIDTHS.contains(keyword.name());
    }

    /** CSS 2.1 §14.2.1: this version keeps only the color of a {@code background}. */
    private static void background(CssValue value, BiConsumer<String, CssValue> out) {
        CssValue color = value.is("inherit") ? value : Color.TRANSPARENT;
        for (CssValue part : value.components()) {
            if (Color.from(part).isPresent()) {
                color = part;
            }
        }
        out.accept("background-color", color);
    }

    /**
     * CSS 2.1 §15.8: {@code [style || variant || weight]? size [/ line-height]? family}. The
     * parts before the size come in any order; the family is everything after it.
     */
    private static void font(CssValue value, BiConsumer<String, CssValue> out) {
        if (value.is("inherit")) {
            List.of("font-style", "font-weight", "font-size", "line-height", "font-family")
                    .forEach(longhand -> out.accept(longhand, value));
            return;
        }
        List<CssValue> parts = value.components();
        CssValue style = NORMAL;
        CssValue weight = NORMAL;
        int i = 0;
        for (; i < parts.size() && !isFontSize(parts.get(i)); i++) {
            CssValue part = parts.get(i);
            if (part.is("italic") || part.is("oblique")) {
                style = part;
            } else if (part.is("bold") || part.is("bolder") || part.is("lighter") || part instanceof Number) {
                weight = part;
            } else if (!part.is("normal") && !part.is("small-caps")) {
                throw new IllegalArgumentException("not a font: " + value);
            }
        }
        if (i >= parts.size() - 1) {
            throw new IllegalArgumentException("a font needs a size and a family: " + value);
        }
        CssValue size = parts.get(i++);
        CssValue lineHeight = NORMAL;
        if (parts.get(i) instanceof CssValue.Delimiter slash && slash.symbol() == '/') {
            lineHeight = parts.get(i + 1);
            i += 2;
        }
        out.accept("font-style", style);
        out.accept("font-weight", weight);
        out.accept("font-size", size);
        out.accept("line-height", lineHeight);
        out.accept("font-family", new ValueList(parts.subList(i, parts.size())));
    }

    private static boolean isFontSize(CssValue part) {
        return part instanceof Length || part instanceof CssValue.Percentage
                || part instanceof Keyword keyword && keyword.name().matches("(xx?-)?(small|large)|medium|smaller|larger");
    }
}
