package org.glassbox.css;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.glassbox.css.CssValue.Delimiter;
import org.glassbox.css.CssValue.Length;
import org.glassbox.css.CssValue.Number;
import org.glassbox.css.CssValue.Percentage;

/**
 * Reads {@code rgb()}, {@code rgba()}, {@code hsl()} and {@code hsla()} (CSS Color 4 §5.1, §7.1)
 * in both their syntaxes: the legacy one with commas, {@code rgb(255, 0, 0, 0.5)}, and the modern
 * one with spaces and a slash before the alpha, {@code rgb(255 0 0 / 50%)}. The {@code a}
 * variants are aliases of the others. Channels out of range are clamped, not rejected.
 */
final class ColorFunctions {

    private static final Delimiter COMMA = new Delimiter(',');
    private static final Delimiter SLASH = new Delimiter('/');

    private ColorFunctions() {}

    /** The color {@code name(arguments)} stands for; empty if the arguments do not make one. */
    static Optional<Color> read(String name, List<CssValue> arguments) {
        boolean legacy = arguments.contains(COMMA);
        Optional<List<CssValue>> channels = legacy ? commaSeparated(arguments) : spaceSeparated(arguments);
        if (channels.isEmpty() || channels.get().size() < 3 || channels.get().size() > 4) {
            return Optional.empty();
        }
        List<CssValue> parts = channels.get();
        double alpha = parts.size() == 4 ? alpha(parts.get(3)) : 1;
        if (Double.isNaN(alpha)) {
            return Optional.empty();
        }
        return name.startsWith("rgb") ? rgb(parts.subList(0, 3), legacy, alpha) : hsl(parts.subList(0, 3), legacy, alpha);
    }

    /** Legacy syntax: exactly one value between commas. */
    private static Optional<List<CssValue>> commaSeparated(List<CssValue> arguments) {
        if (arguments.size() % 2 == 0) {
            return Optional.empty();
        }
        List<CssValue> parts = new ArrayList<>();
        for (int i = 0; i < arguments.size(); i += 2) {
            boolean separated = i + 1 == arguments.size() || arguments.get(i + 1).equals(COMMA);
            if (!separated || arguments.get(i) instanceof Delimiter || arguments.get(i).is("none")) {
                return Optional.empty();
            }
            parts.add(arguments.get(i));
        }
        return Optional.of(parts);
    }

    /** Modern syntax: three values, then optionally a slash and the alpha. */
    private static Optional<List<CssValue>> spaceSeparated(List<CssValue> arguments) {
        boolean slashed = arguments.size() == 5 && arguments.get(3).equals(SLASH);
        if (arguments.size() != 3 && !slashed || arguments.subList(0, 3).contains(SLASH)) {
            return Optional.empty();
        }
        List<CssValue> parts = new ArrayList<>(arguments.subList(0, 3));
        if (slashed) {
            parts.add(arguments.get(4));
        }
        return Optional.of(parts);
    }

    /** CSS Color 4 §5.1: the legacy syntax takes all numbers or all percentages; the modern one mixes them. */
    private static Optional<Color> rgb(List<CssValue> channels, boolean legacy, double alpha) {
        boolean percentages = channels.get(0) instanceof Percentage;
        int[] rgb = new int[3];
        for (int i = 0; i < 3; i++) {
            CssValue channel = channels.get(i);
            boolean mixed = legacy && (channel instanceof Percentage) != percentages;
            double value = mixed ? Double.NaN : channel(channel);
            if (Double.isNaN(value)) {
                return Optional.empty();
            }
            rgb[i] = (int) Math.round(Math.max(0, Math.min(255, value)));
        }
        return Optional.of(new Color(rgb[0], rgb[1], rgb[2], alpha));
    }

    /** A channel from 0 to 255: a number, a percentage of 255, or {@code none} (0); NaN if it is none of these. */
    private static double channel(CssValue value) {
        if (value instanceof Number number) {
            return number.value();
        }
        if (value instanceof Percentage percentage) {
            return percentage.value() * 2.55;
        }
        return value.is("none") ? 0 : Double.NaN;
    }

    /** A number from 0 to 1, or a percentage; clamped. */
    private static double alpha(CssValue value) {
        double alpha = value instanceof Percentage percentage ? percentage.value() / 100
                : value instanceof Number number ? number.value()
                : value.is("none") ? 0 : Double.NaN;
        return Double.isNaN(alpha) ? alpha : Math.max(0, Math.min(1, alpha));
    }

    /**
     * CSS Color 4 §7.1: a hue angle, then saturation and lightness as percentages (the modern
     * syntax also takes plain numbers out of 100), converted to sRGB by the algorithm of §7.2.
     */
    private static Optional<Color> hsl(List<CssValue> channels, boolean legacy, double alpha) {
        double hue = hue(channels.get(0));
        double saturation = fraction(channels.get(1), legacy);
        double lightness = fraction(channels.get(2), legacy);
        if (Double.isNaN(hue) || Double.isNaN(saturation) || Double.isNaN(lightness)) {
            return Optional.empty();
        }
        double[] rgb = new double[3];
        int[] offsets = {0, 8, 4};
        double a = saturation * Math.min(lightness, 1 - lightness);
        for (int i = 0; i < 3; i++) {
            double k = (offsets[i] + hue / 30) % 12;
            rgb[i] = lightness - a * Math.max(-1, Math.min(Math.min(k - 3, 9 - k), 1));
        }
        return Optional.of(new Color(to255(rgb[0]), to255(rgb[1]), to255(rgb[2]), alpha));
    }

    /** A hue in degrees from 0 to 360: a number of degrees or an angle (CSS Values 3 §7.1). */
    private static double hue(CssValue value) {
        double degrees;
        if (value instanceof Number number) {
            degrees = number.value();
        } else if (value instanceof Length angle) {
            degrees = switch (angle.unit()) {
                case "deg" -> angle.value();
                case "grad" -> angle.value() * 0.9;
                case "rad" -> Math.toDegrees(angle.value());
                case "turn" -> angle.value() * 360;
                default -> Double.NaN;
            };
        } else {
            degrees = value.is("none") ? 0 : Double.NaN;
        }
        return (degrees % 360 + 360) % 360;
    }

    private static double fraction(CssValue value, boolean legacy) {
        double percent = value instanceof Percentage percentage ? percentage.value()
                : value instanceof Number number && !legacy ? number.value()
                : value.is("none") && !legacy ? 0 : Double.NaN;
        return Math.max(0, Math.min(1, percent / 100));
    }

    private static int to255(double fraction) {
        return (int) Math.round(fraction * 255);
    }
}
