package org.glassbox.net.cachetests;

import static org.glassbox.net.cachetests.CheckFailed.check;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checks on one response as the client got it (upstream, {@code checkResponse} in
 * {@code client/test.mjs}), in the suite's order, the first failure ending the test: no retried
 * request, the response type (from the cache or not), the status, the header fields present and
 * missing, the body.
 */
final class ResponseChecks {

    /** Leading digits, as JavaScript's {@code parseInt} reads them. */
    private static final Pattern LEADING_INTEGER = Pattern.compile("^\\s*([+-]?\\d+)");

    private final String uuid;
    private final TestRequest entry;
    private final int number;
    private final FetchedResponse response;

    /**
     * @param uuid the test's id on the origin, the body of a response that names none
     * @param number the request's number, from 1
     */
    ResponseChecks(String uuid, TestRequest entry, int number, FetchedResponse response) {
        this.uuid = uuid;
        this.entry = entry;
        this.number = number;
        this.response = response;
    }

    /** Runs the checks; throws {@link CheckFailed} at the first that does not hold. */
    void run() {
        checkNotRetried();
        checkType();
        checkStatus();
        checkFieldsPresent();
        checkFieldsMissing();
        checkBody();
    }

    /** A request the origin saw twice was retried by the client: the test cannot tell what happened. */
    private void checkNotRetried() {
        response.field("Request-Numbers").ifPresent(numbers -> {
            List<String> seen = Arrays.asList(numbers.split(" "));
            check(true, seen.size() == new HashSet<>(seen).size(), "retry");
        });
    }

    /**
     * {@code Server-Request-Count} tells which request the origin answered with this response:
     * an earlier one if it came from the cache, this one if it did not.
     */
    private void checkType() {
        boolean setup = entry.isSetup("expected_type");
        OptionalLong count = parseInt(response.field("Server-Request-Count").orElse(null));
        switch (entry.expectedType().orElse("")) {
            // Some caches answer a conditional request with a 304 of their own, without the field.
            case "cached" -> check(setup, response.status() == 304 && count.isEmpty()
                    || count.isPresent() && count.getAsLong() < number,
                    "Response " + number + " does not come from cache");
            case "not_cached" -> check(setup, count.isPresent() && count.getAsLong() == number,
                    "Response " + number + " comes from cache");
            default -> { }
        }
    }

    /**
     * The status is {@code expected_status} if given (null: anything goes), else the
     * {@code response_status} the origin sent, else 200; a 999 means the origin expected a
     * conditional request and did not get one.
     */
    private void checkStatus() {
        String wrong = "Response " + number + " status is " + response.status() + ", not ";
        if (entry.has("expected_status")) {
            JsonElement expected = entry.get("expected_status");
            if (!expected.isJsonNull()) {
                check(entry.isSetup("expected_status"), response.status() == expected.getAsInt(), wrong + expected);
            }
        } else if (entry.has("response_status")) {
            check(true, response.status() == entry.responseStatus(), wrong + entry.responseStatus());
        } else if (response.status() == 999) {
            check(entry.isSetup("expected_type"), false,
                    "Request " + number + " should have been conditional, but it was not.");
        } else {
            check(true, response.status() == 200, wrong + 200);
        }
    }

    /**
     * {@code expected_response_headers}: a name alone must be present; {@code [name, value]}
     * must have that value (fixed up like the origin's); {@code [name, "=", other]} must equal
     * another field and {@code [name, ">", n]} must exceed a number.
     */
    private void checkFieldsPresent() {
        boolean setup = entry.isSetup("expected_response_headers");
        for (JsonElement expected : entry.list("expected_response_headers")) {
            if (expected.isJsonPrimitive()) {
                String name = expected.getAsString();
                check(setup, response.field(name).isPresent(), "Response " + number + " " + name + " header not present.");
            } else if (expected.getAsJsonArray().size() > 2) {
                checkComparison(setup, expected.getAsJsonArray());
            } else {
                checkValue(setup, expected.getAsJsonArray());
            }
        }
    }

    private void checkComparison(boolean setup, JsonArray comparison) {
        String name = comparison.get(0).getAsString();
        check(setup, response.field(name).isPresent(), "Response " + number + " " + name + " header not present.");
        String value = response.shown(name);
        String operator = comparison.get(1).getAsString();
        boolean holds;
        String should;
        if (operator.equals("=")) {
            String other = comparison.get(2).getAsString();
            holds = Objects.equals(response.field(name), response.field(other));
            should = "match " + other + " (" + response.shown(other) + ")";
        } else if (operator.equals(">")) {
            OptionalLong parsed = parseInt(value);
            holds = parsed.isPresent() && parsed.getAsLong() > comparison.get(2).getAsDouble();
            should = "be bigger than " + comparison.get(2);
        } else {
            throw new IllegalArgumentException("Unknown expected-header operator '" + operator + "'");
        }
        check(setup, holds, "Response " + number + " header " + name + " is " + value + ", should " + should);
    }

    private void checkValue(boolean setup, JsonArray nameValue) {
        String name = nameValue.get(0).getAsString();
        String expected = HeaderFixup.value(name, nameValue.get(1), parseInt(response.field("Server-Now").orElse(null)),
                response.shown("Server-Base-Url"), entry.magicLocations());
        check(setup, response.field(name).filter(expected::equals).isPresent(),
                "Response " + number + " header " + name + " is \"" + response.shown(name) + "\", not \"" + expected + "\"");
    }

    /**
     * {@code expected_response_headers_missing}: a name alone must be absent. The suite's other
     * form, {@code [name, value]} (the field must not contain the value), never runs in a
     * browser: upstream reads the field through a property Fetch's {@code Headers} does not have.
     * Browsers are judged without it, and so is Glassbox.
     */
    private void checkFieldsMissing() {
        boolean setup = entry.isSetup("expected_response_headers_missing");
        for (JsonElement missing : entry.list("expected_response_headers_missing")) {
            if (missing.isJsonPrimitive()) {
                String name = missing.getAsString();
                check(setup, response.field(name).isEmpty(),
                        "Response " + number + " includes unexpected header " + name + ": \"" + response.shown(name) + "\"");
            }
        }
    }

    /**
     * The body is {@code expected_response_text} if given (null: anything goes), else the
     * {@code response_body} the origin sent, else the test's id — except for responses that
     * have no body (204, 304, and any answer to HEAD) and for {@code check_body: false}.
     */
    private void checkBody() {
        String wrong = "Response body is \"" + response.text() + "\", not \"";
        if (entry.has("check_body") && !entry.get("check_body").getAsBoolean()) {
            return;
        }
        if (entry.has("expected_response_text")) {
            entry.string("expected_response_text").ifPresent(expected ->
                    check(entry.isSetup("expected_response_text"), response.text().equals(expected), wrong + expected + "\""));
        } else if (entry.string("response_body").isPresent()) {
            String expected = entry.string("response_body").get();
            check(true, response.text().equals(expected), wrong + expected + "\"");
        } else if (response.status() != 204 && response.status() != 304 && !entry.method().equals("HEAD")) {
            check(true, response.text().equals(uuid), wrong + uuid + "\"");
        }
    }

    /** The number {@code text} starts with, as JavaScript's {@code parseInt}; empty for NaN. */
    private static OptionalLong parseInt(String text) {
        if (text == null) {
            return OptionalLong.empty();
        }
        Matcher digits = LEADING_INTEGER.matcher(text);
        return digits.find() ? OptionalLong.of(Long.parseLong(digits.group(1))) : OptionalLong.empty();
    }
}
