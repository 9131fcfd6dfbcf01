package org.glassbox.css;

/**
 * How specific a selector is (CSS 2.1 §6.4.3): ids, then classes, attributes and pseudo-classes,
 * then type selectors. Compared digit by digit, never summed: one id beats any number of classes.
 */
public record Specificity(int ids, int classes, int types) implements Comparable<Specificity> {

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

    Specificity plus(Specificity other) {
        return new Specificity(ids + other.ids, classes + other.classes, types + other.types);
    }

    @Override
    public String toString() {
        return "(" + ids + "," + classes + "," + types + ")";
    }
}
