package org.glassbox.css;

import java.util.Locale;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Element;

/**
 * An attribute selector (Selectors Level 3 §6.3): {@code [name]}, or {@code [name op "value"]}
 * with one of six ways to compare the attribute's value with the selector's.
 *
 * <p>Case follows HTML's "Case-sensitivity of selectors": attribute names ignore case; values
 * are compared exactly, except for the values of the attributes HTML lists, such as
 * {@code type} and {@code lang}, which ignore ASCII case ({@code [type=TEXT]} matches
 * {@code <input type=text>}, in browsers too).
 *
 * @param name the attribute name, stored in lower case
 * @param operator how the values are compared
 * @param value the value to compare with; null for {@link Operator#EXISTS}
 */
record AttributeSelector(String name, Operator operator, String value) implements SimpleSelector {

    /** The ways to compare (Selectors Level 3 §6.3.1 and §6.3.2). */
    enum Operator {
        /** {@code [a]}: the attribute is there, whatever its value. */
        EXISTS("", (actual, wanted) -> true),
        /** {@code [a=v]}: the value is exactly v. */
        EQUALS("=", String::equals),
        /** {@code [a~=v]}: one of the value's whitespace-separated words is v. */
        INCLUDES("~=", AttributeSelector::includesWord),
        /** {@code [a|=v]}: the value is v or starts with v followed by {@code -}, as in {@code lang}. */
        DASH_MATCH("|=", (actual, wanted) -> actual.equals(wanted) || actual.startsWith(wanted + "-")),
        /** {@code [a^=v]}: the value starts with v; an empty v matches nothing (§6.3.2). */
        PREFIX("^=", (actual, wanted) -> !wanted.isEmpty() && actual.startsWith(wanted)),
        /** {@code [a$=v]}: the value ends with v; an empty v matches nothing. */
        SUFFIX("$=", (actual, wanted) -> !wanted.isEmpty() && actual.endsWith(wanted)),
        /** {@code [a*=v]}: the value contains v; an empty v matches nothing. */
        SUBSTRING("*=", (actual, wanted) -> !wanted.isEmpty() && actual.contains(wanted));

        private final String symbol;
        private final BiPredicate<String, String> test;

        Operator(String symbol, BiPredicate<String, String> test) {
            this.symbol = symbol;
            this.test = test;
        }
    }

    /** Whitespace as Selectors Level 3 §4 counts it: space, tab, line feed, carriage return, form feed. */
    private static final Pattern WHITESPACE = Pattern.compile("[ \t\n\r\f]+");

    /** Attributes whose values ignore ASCII case in selectors (HTML "Case-sensitivity of selectors"). */
    private static final Set<String> CASE_INSENSITIVE_VALUES = Set.of(
            "accept", "accept-charset", "align", "alink", "axis", "bgcolor", "charset", "checked", "clear",
            "codetype", "color", "compact", "declare", "defer", "dir", "direction", "disabled", "enctype",
            "face", "frame", "hreflang", "http-equiv", "lang", "language", "link", "media", "method",
            "multiple", "nohref", "noresize", "noshade", "nowrap", "readonly", "rel", "rev", "rules",
            "scope", "scrolling", "selected", "shape", "target", "text", "type", "valign", "valuetype",
            "vlink");

    AttributeSelector {
        name = name.toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean matches(Element element) {
        Attributes attributes = element.attributes();
        return attributes.hasKeyIgnoreCase(name)
                && (operator == Operator.EXISTS || compare(attributes.getIgnoreCase(name)));
    }

    private boolean compare(String actual) {
        return CASE_INSENSITIVE_VALUES.contains(name)
                ? operator.test.test(actual.toLowerCase(Locale.ROOT), value.toLowerCase(Locale.ROOT))
                : operator.test.test(actual, value);
    }

    /**
     * Whether the whitespace-separated {@code list} has {@code word} as one of its words. A word
     * that is empty or holds whitespace can never be one of them (Selectors Level 3 §6.3.1).
     */
    static boolean includesWord(String list, String word) {
        return !word.isEmpty() && !WHITESPACE.matcher(word).find() && words(list).contains(word);
    }

    /** The words of a whitespace-separated list, such as the classes of a {@code class} attribute. */
    static List<String> words(String list) {
        return List.of(WHITESPACE.split(list));
    }

    @Override
    public Specificity specificity() {
        return Specificity.CLASS;
    }

    /** Values are written as CSS strings, in double quotes (CSSOM §2.1 "serialize a string"). */
    @Override
    public String toString() {
        if (operator == Operator.EXISTS) {
            return "[" + SimpleSelector.identifier(name) + "]";
        }
        String quoted = "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        return "[" + SimpleSelector.identifier(name) + operator.symbol + quoted + "]";
    }
}
