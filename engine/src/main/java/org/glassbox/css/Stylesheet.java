package org.glassbox.css;

import java.util.List;

/**
 * One stylesheet in the CSSOM. The rules of an {@code @media} block that matches the viewport
 * stand in the list in their place; the blocks that do not match are left out, as are the
 * imported sheets, which the {@link Cssom} lists separately, just before this one.
 *
 * @param origin whose stylesheet it is: the user agent's or the page author's
 * @param source where it came from: a URL, {@code <style> #2} or {@code user-agent.css}
 * @param media the media it was included for, by a {@code media} attribute or an {@code @import};
 *     {@link MediaList#ALL} if none was named
 * @param imports its {@code @import} rules, in order
 * @param rules its style rules, in order
 * @param errors the syntax errors found in it, with their lines and columns
 */
public record Stylesheet(Origin origin, String source, MediaList media, List<ImportRule> imports,
        List<StyleRule> rules, List<ParseError> errors) {

    public Stylesheet {
        imports = List.copyOf(imports);
        rules = List.copyOf(rules);
        errors = List.copyOf(errors);
    }
}
