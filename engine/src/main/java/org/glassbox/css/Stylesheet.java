package org.glassbox.css;

import java.util.List;

/**
 * One stylesheet in the CSSOM: its origin, where it came from (a URL, {@code <style> #2},
 * {@code user-agent}) and its rules in source order.
 */
public record Stylesheet(Origin origin, String source, List<StyleRule> rules) {

    public Stylesheet {
        rules = List.copyOf(rules);
    }
}
