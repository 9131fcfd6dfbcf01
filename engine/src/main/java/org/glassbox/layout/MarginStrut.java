package org.glassbox.layout;

/**
 * Margins that touch and so collapse into one (CSS 2.1 §8.3.1): the largest positive margin
 * plus the most negative one. Chromium calls the margins gathered while they wait to be
 * resolved a margin strut.
 */
record MarginStrut(double positive, double negative) {

    static final MarginStrut NONE = new MarginStrut(0, 0);

    static MarginStrut of(double margin) {
        return NONE.with(margin);
    }

    MarginStrut with(double margin) {
        return new MarginStrut(Math.max(positive, margin), Math.min(negative, margin));
    }

    /** Collapsing the same margin in twice changes nothing, so struts can simply be merged. */
    MarginStrut with(MarginStrut other) {
        return new MarginStrut(Math.max(positive, other.positive), Math.min(negative, other.negative));
    }

    /** The one margin these collapse into. */
    double collapsed() {
        return positive + negative;
    }
}
