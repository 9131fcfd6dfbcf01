/**
 * Glassbox: a small browser engine whose work you can watch.
 *
 * <p>{@link org.glassbox.Engine#load} is the story of a page load, one phase a line, each phase
 * in a package of its own: {@code net} (the address bar and the fetch), {@code html} (bytes to a
 * DOM), {@code script} (JavaScript), {@code css} (stylesheets to a CSSOM), {@code style}
 * (computed values), {@code render} (which boxes exist), {@code layout} (where they go) and
 * {@code paint} (display list, pixels, PNG). Every phase hands the next an artifact that prints
 * itself, and reports its timing to a {@link org.glassbox.PhaseListener}.
 */
package org.glassbox;
