package org.glassbox.css;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code an+b} argument of {@code :nth-child()} and its relatives (Selectors Level 3
 * §6.6.5.2): an element matches when its position among its siblings, counting from 1, is
 * {@code a×n+b} for some n ≥ 0. {@code odd} is {@code 2n+1}, {@code even} is {@code 2n}, and
 * {@code -n+3} picks the first three.
 */
record AnPlusB(int a, int b) {

    /**
     * The grammar of §6.6.5.2: a sign must touch the number or {@code n} it belongs to, while
     * whitespace may surround the {@code +} or {@code -} before b — {@code 2n + 1} is fine,
     * {@code + 2n} and {@code 2 n} are not.
     */
    private static final Pattern SYNTAX = Pattern.compile(
            "(?<a>[+-]?\\d*)n(?:\\s*(?<sign>[+-])\\s*(?<b>\\d+))?|(?<number>[+-]?\\d+)");

    /** Reads an argument such as {@code 2n+1}, {@code -n + 3}, {@code odd} or {@code 4}, in any case; empty if it is none. */
    static Optional<AnPlusB> parse(String text) {
        String argument = text.strip().toLowerCase(Locale.ROOT);
        if (argument.equals("odd") || argument.equals("even")) {
            return Optional.of(new AnPlusB(2, argument.equals("odd") ? 1 : 0));
        }
        Matcher matcher = SYNTAX.matcher(argument);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        if (matcher.group("number") != null) {
            return Optional.of(new AnPlusB(0, Integer.parseInt(matcher.group("number"))));
        }
        String b = matcher.group("b") == null ? "0" : matcher.group("sign") + matcher.group("b");
        return Optional.of(new AnPlusB(coefficient(matcher.group("a")), Integer.parseInt(b)));
    }

    /** The a of {@code n}, {@code +n} and {@code -n} is written as its sign alone. */
    private static int coefficient(String a) {
        return switch (a) {
            case "", "+" -> 1;
            case "-" -> -1;
            default -> Integer.parseInt(a);
        };
    }

    /** Whether {@code position} (counting from 1) is a×n+b for some integer n ≥ 0. */
    boolean matches(int position) {
        if (a == 0) {
            return position == b;
        }
        int distance = position - b;
        return distance % a == 0 && distance / a >= 0;
    }

    /** The shortest form (CSS Syntax §6.3 "Serializing <an+b>"): {@code odd} prints as {@code 2n+1}. */
    @Override
    public String toString() {
        if (a == 0) {
            return Integer.toString(b);
        }
        String n = a == 1 ? "n" : a == -1 ? "-n" : a + "n";
        return b == 0 ? n : n + (b > 0 ? "+" : "") + b;
    }
}
