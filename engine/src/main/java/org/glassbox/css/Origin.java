package org.glassbox.css;

import java.util.Locale;

/**
 * Where a stylesheet came from (CSS 2.1 §6.4): the browser's own defaults, or the page. Origin
 * comes first in the cascade: any author rule beats any user-agent rule.
 */
public enum Origin {
    USER_AGENT,
    AUTHOR;

    /** {@code user-agent} or {@code author}, as dumps print it. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
