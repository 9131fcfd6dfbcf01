package org.glassbox.layout;

/**
 * The window the page is laid out for, in CSS pixels. Its size is the initial containing block,
 * the containing block of the root element (CSS 2.1 §10.1).
 */
public record Viewport(int width, int height) {

    /** 800×600, as the tools that compare Glassbox with Chromium assume. */
    public static final Viewport DEFAULT = new Viewport(800, 600);

    public Viewport {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("a viewport needs a positive width and height, not " + width + "×" + height);
        }
    }
}
