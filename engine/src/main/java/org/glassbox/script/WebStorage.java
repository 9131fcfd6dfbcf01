package org.glassbox.script;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The storage areas of one engine (HTML §12.2), one pair per origin: what a page puts in
 * {@code localStorage} or {@code sessionStorage} is there for the next page of its origin that
 * the engine loads, and gone when the engine is. Pages of {@code file:} URLs, whose origins are
 * opaque, share one pair, as Chromium's do.
 */
final class WebStorage {

    private final Map<String, Map<String, String>> local = new ConcurrentHashMap<>();
    private final Map<String, Map<String, String>> session = new ConcurrentHashMap<>();

    Map<String, String> local(Origin origin) {
        return area(local, origin);
    }

    Map<String, String> session(Origin origin) {
        return area(session, origin);
    }

    private static Map<String, String> area(Map<String, Map<String, String>> areas, Origin origin) {
        return areas.computeIfAbsent(origin.serialization(), key -> Collections.synchronizedMap(new LinkedHashMap<>()));
    }
}
