package org.glassbox.shell;

import com.sun.net.httpserver.Headers;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.glassbox.net.HttpDate;

/**
 * Evaluates the preconditions of a GET or HEAD (RFC 9110 §13.2.2) against a representation's
 * validators. Only the two a cache sends to revalidate its copy are evaluated, If-None-Match and
 * If-Modified-Since; If-Match, If-Unmodified-Since and If-Range are ignored.
 */
final class ConditionalRequest {

    /** One entity tag of a list (RFC 9110 §8.8.3): an optional weakness mark, then the quoted opaque tag. */
    private static final Pattern ENTITY_TAG = Pattern.compile("(?:W/)?\"([^\"]*)\"");

    private ConditionalRequest() {}

    /**
     * Why the client's stored copy is still current, such as {@code If-None-Match matched}, or
     * empty when the full representation must be sent.
     */
    static Optional<String> notModified(Headers request, String entityTag, Instant lastModified) {
        // The entity tag is the more exact validator: when If-None-Match is present,
        // If-Modified-Since is not looked at, match or not (RFC 9110 §13.1.3, §13.2.2 steps 3 and 4).
        if (request.containsKey("If-None-Match")) {
            return matchesAny(request.get("If-None-Match"), entityTag)
                    ? Optional.of("If-None-Match matched") : Optional.empty();
        }
        if (request.containsKey("If-Modified-Since")) {
            return unmodifiedSince(request.get("If-Modified-Since"), lastModified)
                    ? Optional.of("not modified since If-Modified-Since") : Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * If-None-Match (RFC 9110 §13.1.2): {@code *} matches any current representation, a list
     * matches if one of its tags does. Tags are compared weakly (§8.8.3.2), ignoring {@code W/}:
     * a 304 only says the stored copy may still be used, not that it is byte for byte the same.
     */
    private static boolean matchesAny(List<String> fieldValues, String entityTag) {
        String list = String.join(",", fieldValues).strip();
        String opaqueTag = entityTag.substring(1, entityTag.length() - 1);
        return list.equals("*") || ENTITY_TAG.matcher(list).results().anyMatch(tag -> tag.group(1).equals(opaqueTag));
    }

    /**
     * If-Modified-Since (RFC 9110 §13.1.3): true when the file has not changed since the date.
     * A field that is not one valid date is ignored, as the section requires.
     */
    private static boolean unmodifiedSince(List<String> fieldValues, Instant lastModified) {
        return fieldValues.size() == 1 && HttpDate.parse(fieldValues.get(0))
                .map(since -> !lastModified.isAfter(since)).orElse(false);
    }
}
