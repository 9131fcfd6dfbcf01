package org.glassbox.net.cachetests;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.glassbox.net.Response;

/**
 * A response as a page's script sees it through the Fetch API, which is how the suite's checks
 * see it in a browser: repeated header fields joined with ", " ({@code Headers.get}), no
 * Set-Cookie (a forbidden response header name, which Fetch filters out), and the body decoded
 * as UTF-8 ({@code Response.text()}).
 *
 * @param fields by lower-case name
 */
record FetchedResponse(int status, Map<String, String> fields, String text) {

    private static final Set<String> FORBIDDEN_RESPONSE_HEADER_NAMES = Set.of("set-cookie", "set-cookie2");

    FetchedResponse {
        fields = Map.copyOf(fields);
    }

    /** What Glassbox's network layer returned, as a script would see it. */
    static FetchedResponse of(Response response) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> field : response.headers().entrySet()) {
            if (!FORBIDDEN_RESPONSE_HEADER_NAMES.contains(field.getKey())) {
                fields.put(field.getKey(), String.join(", ", field.getValue()));
            }
        }
        return new FetchedResponse(response.status(), fields, new String(response.body(), StandardCharsets.UTF_8));
    }

    /** The field's value, any case of name; empty if absent. */
    Optional<String> field(String name) {
        return Optional.ofNullable(fields.get(name.toLowerCase(Locale.ROOT)));
    }

    /** The field's value as JavaScript prints what {@code Headers.get} returns: "null" when absent. */
    String shown(String name) {
        return field(name).orElse("null");
    }
}
