package org.glassbox.style;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.glassbox.css.Calc;
import org.glassbox.css.CssValue;
import org.glassbox.css.CssValue.Keyword;
import org.glassbox.css.CssValue.Length;
import org.glassbox.css.CssValue.Percentage;

/**
 * Reads {@code background-position} (CSS Backgrounds 3 §3.6) into a horizontal and a vertical
 * offset, as the computed value has them. One value is horizontal unless it is {@code top} or
 * {@code bottom}, and the other axis is centered; of two values the first is horizontal, except
 * that two keywords may come in either order. Three or four values pair an edge keyword with an
 * offset from that edge: {@code right 10px top} is {@code calc(100% - 10px) 0%}.
 */
final class BackgroundPositions {

    private static final Map<String, Double> PERCENTAGES =
            Map.of("left", 0.0, "top", 0.0, "center", 50.0, "right", 100.0, "bottom", 100.0);
    private static final Keyword CENTER = new Keyword("center");

    private BackgroundPositions() {}

    /** The position as {@code [horizontal, vertical]}, keywords made percentages; empty if the parts make no position. */
    static Optional<List<CssValue>> horizontalThenVertical(List<CssValue> parts) {
        return parts.size() <= 2 ? oneOrTwo(parts) : edgesWithOffsets(parts);
    }

    private static Optional<List<CssValue>> oneOrTwo(List<CssValue> parts) {
        CssValue first = parts.get(0);
        CssValue second = parts.size() > 1 ? parts.get(1) : CENTER;
        boolean swapped = isVertical(first) || isHorizontal(second);
        if (swapped && !(first instanceof Keyword && second instanceof Keyword)) {
            return Optional.empty();
        }
        CssValue x = swapped ? second : first;
        CssValue y = swapped ? first : second;
        if (isVertical(x) || isHorizontal(y)) {
            return Optional.empty();
        }
        return Optional.of(List.of(fromEdge(x, null), fromEdge(y, null)));
    }

    /** Three or four values: two groups of an edge keyword and, except after center, an optional offset. */
    private static Optional<List<CssValue>> edgesWithOffsets(List<CssValue> parts) {
        List<List<CssValue>> groups = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            if (!(parts.get(i) instanceof Keyword)) {
                return Optional.empty();
            }
            boolean offset = !parts.get(i).is("center") && i + 1 < parts.size() && !(parts.get(i + 1) instanceof Keyword);
            groups.add(parts.subList(i, offset ? i + 2 : i + 1));
            i += offset ? 1 : 0;
        }
        if (groups.size() != 2) {
            return Optional.empty();
        }
        boolean swapped = isVertical(groups.get(0).get(0)) || isHorizontal(groups.get(1).get(0));
        List<CssValue> x = groups.get(swapped ? 1 : 0);
        List<CssValue> y = groups.get(swapped ? 0 : 1);
        if (isVertical(x.get(0)) || isHorizontal(y.get(0))) {
            return Optional.empty();
        }
        return Optional.of(List.of(fromEdge(x.get(0), offset(x)), fromEdge(y.get(0), offset(y))));
    }

    private static CssValue offset(List<CssValue> group) {
        return group.size() > 1 ? group.get(1) : null;
    }

    /**
     * A keyword as its percentage, or an offset from the edge it names: from the left or top as
     * it is, from the right or bottom as 100% less it.
     */
    private static CssValue fromEdge(CssValue edge, CssValue offset) {
        if (!(edge instanceof Keyword keyword)) {
            return edge;
        }
        if (offset == null) {
            return new Percentage(PERCENTAGES.get(keyword.name()));
        }
        boolean farEdge = edge.is("right") || edge.is("bottom");
        if (!farEdge) {
            return offset;
        }
        return hundredPercentLess(offset);
    }

    /** {@code calc(100% - offset)}, reduced where it can be: 100% less 10% is 90%, less 0 is 100%. */
    private static CssValue hundredPercentLess(CssValue offset) {
        if (offset instanceof Percentage percentage) {
            return new Percentage(100 - percentage.value());
        }
        Map<String, Double> terms = new HashMap<>(Map.of("%", 100.0));
        if (offset instanceof Length length) {
            terms.merge(length.unit(), -length.value(), Double::sum);
        } else if (offset instanceof Calc calc) {
            calc.terms().forEach((unit, value) -> terms.merge(unit, -value, Double::sum));
        }
        return terms.size() == 1 ? new Percentage(terms.get("%")) : new Calc(terms);
    }

    private static boolean isHorizontal(CssValue part) {
        return part.is("left") || part.is("right");
    }

    private static boolean isVertical(CssValue part) {
        return part.is("top") || part.is("bottom");
    }
}
