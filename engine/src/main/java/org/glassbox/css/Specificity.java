package org.glassbox.css;

/**
 * How specific a selector is (Selectors Level 3 §9): ids; then classes, attributes and
 * pseudo-classes; then type selectors and pseudo-elements. Compared digit by digit, never summed:
 * one id beats any number of classes.
 */
public record Specificity(int ids, int classes, int types) implements Comparable<Specificity> {

    /** The universal selector's share, and the style attribute's (CSS 2.1 §6.4.3): nothing. */
    static final Specificity ZERO = new Specificity(0, 0, 0);
    /** An id selector's share. */
    static final Specificity ID = new Specificity(1, 0, 0);
    /** A class, attribute or pseudo-class selector's share. */
    static final Specificity CLASS = new Specificity(0, 1, 0);
    /** A type selector's or pseudo-element's share. */
    static final Specificity TYPE = new Specificity(0, 0, 1);

    @Override
    public int compareTo(Specificity other) {
        if (ids != other.ids) {
            return Integer.compare(ids, other.ids);
        }
        if (classes != other.classes) {
            return Integer.compare(classes, other.classes);
        }
        return Integer.compare(types, other.types);
    }

    /** Digit by digit, as a compound's parts and a selector's compounds add up. */
    Specificity plus(Specificity other) {
        return new Specificity(ids + other.ids, classes + other.classes, types + other.types);
    }

    @Override
    public String toString() {
        return "(" + ids + "," + classes + "," + types + ")";
    }
}
