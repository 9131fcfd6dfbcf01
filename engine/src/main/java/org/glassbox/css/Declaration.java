package org.glassbox.css;

/** One {@code property: value} pair of a rule, such as {@code margin-top: 8px !important}. */
public record Declaration(String property, CssValue value, boolean important) {

    @Override
    public String toString() {
        return property + ": " + value + (important ? " !important" : "");
    }
}
