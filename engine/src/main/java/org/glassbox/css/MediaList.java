package org.glassbox.css;

import java.util.List;
import java.util.stream.Collectors;
import org.glassbox.layout.Viewport;

/**
 * A media query list (Media Queries 3 §2), as in {@code media="screen, print"} or
 * {@code @media (max-width: 600px)}: it matches when any of its queries does, and an empty list
 * matches every medium.
 */
public record MediaList(List<MediaQuery> queries) {

    /** The list that matches every medium: what no {@code media} attribute means. */
    public static final MediaList ALL = new MediaList(List.of());

    public MediaList {
        queries = List.copyOf(queries);
    }

    /** Whether a screen of the viewport's size, with scripting or not, is one of the media this list describes. */
    public boolean matches(Viewport viewport, boolean scripting) {
        return queries.isEmpty() || queries.stream().anyMatch(query -> query.matches(viewport, scripting));
    }

    /** The queries as CSS, comma-separated; empty for {@link #ALL}. */
    @Override
    public String toString() {
        return queries.stream().map(MediaQuery::toString).collect(Collectors.joining(", "));
    }
}
