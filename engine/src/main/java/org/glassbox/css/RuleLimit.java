package org.glassbox.css;

import java.util.Optional;

/**
 * The most rules a stylesheet keeps: 32,768. cssparser takes some 80 microseconds a rule and
 * keeps the whole sheet in memory, so a million rules cost it a minute and gigabytes; the limit
 * holds a sheet to a few seconds. Internet Explorer 6 to 9 ignored every rule after a sheet's
 * 4,095th selector, and the web lived with that for a decade; this is eight times as many. The
 * sheet is cut before cssparser sees it, since its time goes into reading the text, not into
 * what Glassbox makes of the rules.
 *
 * <p>A rule is counted where its block ends: a style rule's declaration block, and an at-rule's
 * such as {@code @media}, whose inner rules count too. The scan knows just enough of CSS Syntax 3
 * (§4, tokenization) not to count braces in comments, strings and escapes.
 */
public final class RuleLimit {

    public static final int MAX_RULES = 32_768;

    private RuleLimit() {}

    /**
     * The sheet up to the end of its {@link #MAX_RULES}th rule, with the blocks still open there
     * closed; empty if no rule starts after that one.
     */
    static Optional<String> cut(String css) {
        int rules = 0;
        int depth = 0;
        int end = 0;
        int openAtEnd = 0;
        for (int i = 0; i < css.length(); i = endOfToken(css, i) + 1) {
            char c = css.charAt(i);
            if (c == '{' && rules >= MAX_RULES) {
                return Optional.of(css.substring(0, end) + "}".repeat(openAtEnd));
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && depth > 0) {
                depth--;
                rules++;
                if (rules == MAX_RULES) {
                    end = i + 1;
                    openAtEnd = depth;
                }
            }
        }
        return Optional.empty();
    }

    /** Where what starts at {@code i} ends: a comment, a string or an escape is skipped whole, as its braces are not blocks. */
    private static int endOfToken(String css, int i) {
        char c = css.charAt(i);
        if (c == '\\') {
            return i + 1;
        }
        if (c == '"' || c == '\'') {
            return endOfString(css, i);
        }
        return c == '/' && css.startsWith("*", i + 1) ? endOfComment(css, i) : i;
    }

    /** Where the string opened at {@code start} ends: its closing quote, or a newline, which ends a bad string. */
    private static int endOfString(String css, int start) {
        char quote = css.charAt(start);
        for (int i = start + 1; i < css.length(); i++) {
            char c = css.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote || c == '\n') {
                return i;
            }
        }
        return css.length();
    }

    private static int endOfComment(String css, int start) {
        int end = css.indexOf("*/", start + 2);
        return end < 0 ? css.length() : end + 1;
    }
}
