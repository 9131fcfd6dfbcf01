package org.glassbox.net.cachetests;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.glassbox.net.FetchRequest;
import org.glassbox.net.FetchRequest.CacheMode;

/**
 * One entry of a test's {@code requests} list, which tells three parties what to do: what the
 * client sends ({@code request_method}, {@code request_headers}, {@code cache}…), what the origin
 * answers to request number N ({@code response_status}, {@code response_headers}…), and what the
 * client then checks ({@code expected_type}, {@code expected_response_headers}…).
 *
 * <p>The entry is kept as the suite wrote it, because the checks depend on whether a member is
 * present at all, not only on its value: {@code "expected_status": null} turns the status check
 * off, while a missing {@code expected_status} falls back to {@code response_status}.
 */
final class TestRequest {

    /** A header field the origin sends; {@code checked} when the client must see it unchanged. */
    record ResponseField(String name, JsonElement value, boolean checked) {}

    private final JsonObject entry;

    /** The entry as the suite's JSON has it. */
    TestRequest(JsonObject entry) {
        this.entry = entry;
    }

    /** Whether the entry has {@code member}, even with the value null. */
    boolean has(String member) {
        return entry.has(member);
    }

    /** The member's value; JSON null when absent or null. */
    JsonElement get(String member) {
        return entry.has(member) ? entry.get(member) : JsonNull.INSTANCE;
    }

    /** A string member, if present and not null. */
    Optional<String> string(String member) {
        JsonElement value = get(member);
        return value.isJsonNull() ? Optional.empty() : Optional.of(value.getAsString());
    }

    /** A list member, empty when absent. */
    JsonArray list(String member) {
        JsonElement value = get(member);
        return value.isJsonArray() ? value.getAsJsonArray() : new JsonArray();
    }

    /** Whether a failed {@code member} check is a setup failure (the suite's {@code setupCheck}). */
    boolean isSetup(String member) {
        JsonElement setup = get("setup");
        if (setup.isJsonPrimitive() && setup.getAsBoolean()) {
            return true;
        }
        return list("setup_tests").contains(new JsonPrimitive(member));
    }

    /**
     * The test URL's path: {@code /test/UUID}, then the {@code filename} and {@code query_arg}
     * the entry names, so that a test can touch a second URL (say, the target of a Location).
     */
    String path(String uuid) {
        return "/test/" + uuid + string("filename").map(name -> "/" + name).orElse("")
                + string("query_arg").map(query -> "?" + query).orElse("");
    }

    /** The request method: GET unless the entry names another. */
    String method() {
        return string("request_method").orElse("GET");
    }

    /**
     * The request as a page's {@code fetch(url, init)} makes it, numbered for the origin. With
     * {@code redirect: "manual"} a redirect is returned rather than followed.
     */
    FetchRequest fetchRequest(URI url, String testId, int number) {
        List<FetchRequest.Header> headers = new ArrayList<>();
        for (JsonElement field : list("request_headers")) {
            JsonArray nameValue = field.getAsJsonArray();
            headers.add(new FetchRequest.Header(nameValue.get(0).getAsString(), nameValue.get(1).getAsString()));
        }
        Optional<String> body = string("request_body");
        // Fetch's "extract a body": a string body is sent as UTF-8 text unless a type is named.
        if (body.isPresent() && headers.stream().noneMatch(header -> header.name().equalsIgnoreCase("Content-Type"))) {
            headers.add(new FetchRequest.Header("Content-Type", "text/plain;charset=UTF-8"));
        }
        headers.add(new FetchRequest.Header("Test-ID", testId));
        headers.add(new FetchRequest.Header("Req-Num", Integer.toString(number)));
        return new FetchRequest(method(), url, headers, body.orElse("").getBytes(StandardCharsets.UTF_8),
                cacheMode(), !string("redirect").orElse("follow").equals("manual"));
    }

    private CacheMode cacheMode() {
        return string("cache").map(CacheMode::of).orElse(CacheMode.DEFAULT);
    }

    /** Whether the client waits 3 seconds after this request, so that a stored response ages. */
    boolean pausesAfter() {
        return has("pause_after");
    }

    /** The status code the origin answers with ({@code response_status}): 200 unless named. */
    int responseStatus() {
        return has("response_status") ? list("response_status").get(0).getAsInt() : 200;
    }

    /** The reason phrase that goes with {@link #responseStatus()}. */
    String responseReason() {
        return has("response_status") ? list("response_status").get(1).getAsString() : "OK";
    }

    /** The header fields the origin sends, in order, values as the suite wrote them. */
    List<ResponseField> responseFields() {
        List<ResponseField> fields = new ArrayList<>();
        for (JsonElement field : list("response_headers")) {
            JsonArray parts = field.getAsJsonArray();
            boolean checked = parts.size() < 3 || parts.get(2).getAsBoolean();
            fields.add(new ResponseField(parts.get(0).getAsString(), parts.get(1), checked));
        }
        return fields;
    }

    /** How long the origin waits before answering, if it does. */
    Optional<Duration> responsePause() {
        JsonElement pause = get("response_pause");
        return pause.isJsonNull() ? Optional.empty() : Optional.of(Duration.ofMillis((long) (pause.getAsDouble() * 1000)));
    }

    /** Whether the origin drops the connection instead of answering. */
    boolean disconnects() {
        return get("disconnect").isJsonPrimitive() && get("disconnect").getAsBoolean();
    }

    /** Whether Location and Content-Location values are paths below the test's URL. */
    boolean magicLocations() {
        return get("magic_locations").isJsonPrimitive() && get("magic_locations").getAsBoolean();
    }

    /** {@code cached}, {@code not_cached}, {@code etag_validated} or {@code lm_validated}, if expected. */
    Optional<String> expectedType() {
        return string("expected_type");
    }
}
