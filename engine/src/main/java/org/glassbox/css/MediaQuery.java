package org.glassbox.css;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.glassbox.css.CssValue.Length;
import org.glassbox.layout.Viewport;

/**
 * One media query (Media Queries 3 §2), such as {@code not print and (max-width: 600px)}: an
 * optional {@code not}, a media type, and media features joined by {@code and}. Glassbox draws
 * on a screen the size of its viewport, so the types {@code screen} and {@code all} match and
 * every other type, {@code print} or unknown, does not (Media Queries 4 §2.3); the features
 * are tested against the viewport.
 *
 * <p>Known features: {@code width}, {@code height} (each also with {@code min-} and
 * {@code max-}) in px, em and rem, {@code orientation}, and {@code scripting}. Any other
 * feature is unknown, and a query with an unknown part does not match, with or without
 * {@code not} (Media Queries 4 §3.1).
 *
 * @param not whether the query is negated; {@code only} changes nothing and is not kept
 * @param type the media type, lower case; {@code all} when the query names none
 */
public record MediaQuery(boolean not, String type, List<Feature> features) {

    /**
     * Relative units in a media query are relative to the initial font size, not to any
     * element's (Media Queries 3, "Units"); Glassbox's is 16px.
     */
    private static final double EM = 16;

    /** A media feature such as {@code (min-width: 600px)}; its value is null in the boolean form {@code (width)}. */
    public record Feature(String name, CssValue value) {

        /** True or false, or empty if Glassbox does not know the feature or cannot read its value. */
        Optional<Boolean> evaluate(Viewport viewport, boolean scripting) {
            String dimension = name.replaceFirst("^(min|max)-", "");
            return switch (dimension) {
                case "width" -> compare(viewport.width());
                case "height" -> compare(viewport.height());
                case "orientation" -> name.equals(dimension) ? orientation(viewport) : Optional.empty();
                case "scripting" -> name.equals(dimension) ? scripting(scripting) : Optional.empty();
                default -> Optional.empty();
            };
        }

        /**
         * Media Queries 5, the {@code scripting} feature: {@code enabled} or {@code none} here
         * (pages are never updated after they are drawn, so never {@code initial-only}); the boolean
         * form {@code (scripting)} is true when it is enabled.
         */
        private Optional<Boolean> scripting(boolean enabled) {
            if (value == null) {
                return Optional.of(enabled);
            }
            if (value.is("enabled") || value.is("none") || value.is("initial-only")) {
                return Optional.of(value.is("enabled") == enabled && !value.is("initial-only"));
            }
            return Optional.empty();
        }

        /** Media Queries 3 §4: a {@code min-} feature is "at least", a {@code max-} one "at most". */
        private Optional<Boolean> compare(double actual) {
            if (value == null) {
                return name.contains("-") ? Optional.empty() : Optional.of(actual != 0);
            }
            return px(value).map(limit -> name.startsWith("min-") ? actual >= limit
                    : name.startsWith("max-") ? actual <= limit : actual == limit);
        }

        /** Media Queries 3 §4.5: portrait when the height is at least the width. */
        private Optional<Boolean> orientation(Viewport viewport) {
            boolean portrait = viewport.height() >= viewport.width();
            if (value == null) {
                return Optional.of(true);
            }
            if (value.is("portrait") || value.is("landscape")) {
                return Optional.of(value.is("portrait") == portrait);
            }
            return Optional.empty();
        }

        private static Optional<Double> px(CssValue value) {
            if (value instanceof Length length) {
                return switch (length.unit()) {
                    case "px" -> Optional.of(length.value());
                    case "em", "rem" -> Optional.of(length.value() * EM);
                    default -> Optional.empty();
                };
            }
            return value instanceof CssValue.Number number && number.value() == 0 ? Optional.of(0.0) : Optional.empty();
        }

        @Override
        public String toString() {
            return "(" + name + (value == null ? "" : ": " + value) + ")";
        }
    }

    public MediaQuery {
        features = List.copyOf(features);
    }

    /**
     * Whether the query holds for a screen of the viewport's size, with scripting enabled or
     * not. The parts are joined as three-valued logic (Media Queries 4 §3): one false part makes the whole false, else one
     * unknown part makes it unknown, which is never a match.
     */
    public boolean matches(Viewport viewport, boolean scripting) {
        boolean result = type.equals("all") || type.equals("screen");
        boolean unknown = false;
        for (Feature feature : features) {
            Optional<Boolean> value = feature.evaluate(viewport, scripting);
            unknown |= value.isEmpty();
            result &= value.orElse(true);
        }
        if (!result) {
            return not;
        }
        return !unknown && !not;
    }

    /** The query as CSS, leaving out the {@code all and} a query without a type stands for. */
    @Override
    public String toString() {
        boolean impliedType = type.equals("all") && !not && !features.isEmpty();
        Stream<String> typePart = impliedType ? Stream.empty() : Stream.of((not ? "not " : "") + type);
        return Stream.concat(typePart, features.stream().map(Feature::toString)).collect(Collectors.joining(" and "));
    }
}
