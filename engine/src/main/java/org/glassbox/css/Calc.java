package org.glassbox.css;

import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.glassbox.css.CssValue.Delimiter;
import org.glassbox.css.CssValue.Function;
import org.glassbox.css.CssValue.Length;
import org.glassbox.css.CssValue.Number;
import org.glassbox.css.CssValue.Percentage;

/**
 * A {@code calc()} expression (CSS Values 3 §8.1), simplified as CSS Values 4 §10.10 simplifies
 * it: to a sum with one term per unit. {@code calc(2 * (1em + 3px) / 4)} is {@code 0.5em + 1.5px};
 * computing values turns every term but the percentage into pixels, so a width of
 * {@code calc(100% - 20px)} reaches layout as 100% of the containing block less 20 pixels.
 *
 * <p>The terms are keyed by unit: {@code ""} for a plain number, {@code "%"} for a percentage.
 * Like CSS Values 3, multiplication needs a number on one side and division a non-zero number
 * on the right, so the sum stays linear; Values 4's typed arithmetic ({@code 1px * 1px / 1px})
 * and {@code min()}, {@code max()}, {@code clamp()} are not supported.
 */
public record Calc(Map<String, Double> terms) implements CssValue {

    /** CSS Values 4 §10.13: a number first, then the percentage, then the units in alphabetical order. */
    private static final Comparator<String> SERIALIZATION_ORDER =
            Comparator.comparing((String unit) -> !unit.isEmpty()).thenComparing(unit -> !unit.equals("%"))
                    .thenComparing(Comparator.naturalOrder());

    public Calc {
        TreeMap<String, Double> sorted = new TreeMap<>(SERIALIZATION_ORDER);
        sorted.putAll(terms);
        terms = Collections.unmodifiableMap(sorted);
    }

    /** Reads the arguments of {@code calc()}; empty if they are not a valid expression (CSS Values 3 §8.1.1). */
    static Optional<Calc> parse(List<CssValue> arguments) {
        return new Expression(arguments).whole().map(Calc::new);
    }

    /** Whether the expression is a plain number, as in {@code line-height: calc(1 + 0.5)}. */
    public boolean isNumber() {
        return terms.keySet().stream().allMatch(String::isEmpty);
    }

    /** Whether every term is a length or a percentage: a value for {@code width} or {@code margin}. */
    public boolean isLengthPercentage() {
        return terms.keySet().stream().allMatch(unit -> unit.equals("%") || Length.UNITS.contains(unit));
    }

    /** Whether a term is a percentage, which only layout can resolve. */
    public boolean hasPercentage() {
        return terms.containsKey("%");
    }

    /**
     * The used value in pixels of a computed calculation, whose only terms are pixels and a
     * percentage: the pixels plus that percentage of {@code percentageBase}.
     */
    public double resolve(double percentageBase) {
        return terms.getOrDefault("px", 0.0) + terms.getOrDefault("%", 0.0) * percentageBase / 100;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("calc(");
        terms.forEach((unit, value) -> {
            if (text.length() > "calc(".length()) {
                text.append(value < 0 ? " - " : " + ");
                value = Math.abs(value);
            }
            text.append(CssValue.formatNumber(value)).append(unit);
        });
        return text.append(')').toString();
    }

    /**
     * A recursive-descent reader of the calc() grammar (CSS Values 3 §8.1.1), reducing as it goes:
     * {@code sum = product [ ['+' | '-'] product ]*}, {@code product = value [ ['*' | '/'] value ]*},
     * {@code value = number | dimension | percentage | ( sum )}. Each step returns the terms so far,
     * or null for a syntax or type error.
     */
    private static final class Expression {

        private final List<CssValue> tokens;
        private int next;

        Expression(List<CssValue> tokens) {
            this.tokens = tokens;
        }

        Optional<Map<String, Double>> whole() {
            Map<String, Double> sum = sum();
            return sum != null && next == tokens.size() ? Optional.of(sum) : Optional.empty();
        }

        /** Terms can be added only to terms of the same type: numbers to numbers, lengths to lengths. */
        private Map<String, Double> sum() {
            Map<String, Double> sum = product();
            while (sum != null && (peek('+') || peek('-'))) {
                double sign = ((Delimiter) tokens.get(next++)).symbol() == '-' ? -1 : 1;
                Map<String, Double> term = product();
                if (term == null || isNumber(term) != isNumber(sum)) {
                    return null;
                }
                term.forEach((unit, value) -> sum.merge(unit, sign * value, Double::sum));
            }
            return sum;
        }

        /** CSS Values 3 §8.1.2: at least one side of {@code *} is a number; the right of {@code /} is a non-zero number. */
        private Map<String, Double> product() {
            Map<String, Double> product = value();
            while (product != null && (peek('*') || peek('/'))) {
                boolean divide = ((Delimiter) tokens.get(next++)).symbol() == '/';
                Map<String, Double> factor = value();
                if (factor == null || divide && (!isNumber(factor) || factor.get("") == 0)) {
                    return null;
                }
                if (divide) {
                    product = scaled(product, 1 / factor.get(""));
                } else if (isNumber(factor) || isNumber(product)) {
                    product = isNumber(factor) ? scaled(product, factor.get("")) : scaled(factor, product.get(""));
                } else {
                    return null;
                }
            }
            return product;
        }

        private Map<String, Double> value() {
            if (next == tokens.size()) {
                return null;
            }
            CssValue token = tokens.get(next++);
            if (token instanceof Function group && (group.name().isEmpty() || group.name().equals("calc"))) {
                return new Expression(group.arguments()).whole().map(TreeMap::new).orElse(null);
            }
            return term(token);
        }

        private static Map<String, Double> term(CssValue token) {
            Map<String, Double> term = new TreeMap<>();
            if (token instanceof Number number) {
                term.put("", number.value());
            } else if (token instanceof Percentage percentage) {
                term.put("%", percentage.value());
            } else if (token instanceof Length length && length.isLength()) {
                term.put(length.unit(), length.value());
            } else {
                return null;
            }
            return term;
        }

        private boolean peek(char operator) {
            return next < tokens.size() && tokens.get(next).equals(new Delimiter(operator));
        }

        private static boolean isNumber(Map<String, Double> terms) {
            return terms.keySet().stream().allMatch(String::isEmpty);
        }

        private static Map<String, Double> scaled(Map<String, Double> terms, double factor) {
            Map<String, Double> scaled = new TreeMap<>();
            terms.forEach((unit, value) -> scaled.put(unit, value * factor));
            return scaled;
        }
    }
}
