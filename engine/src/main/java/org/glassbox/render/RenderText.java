package org.glassbox.render;

import java.util.List;
import org.glassbox.style.ComputedStyle;

/**
 * A run of text with its white space already collapsed as its {@code white-space} says (CSS 2.1
 * §16.6.1): normally every sequence of spaces, tabs and newlines is one space; {@code pre} keeps
 * them all. Which spaces vanish at the ends of lines is up to layout.
 */
public record RenderText(String text, ComputedStyle style) implements RenderObject {

    @Override
    public List<RenderObject> children() {
        return List.of();
    }

    /** Whether the text is nothing but a collapsible space. */
    public boolean isBlank() {
        return text.isBlank();
    }
}
