package org.glassbox.net.cachetests;

import static org.glassbox.net.cachetests.CheckFailed.check;

import com.google.gson.JsonElement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.glassbox.net.cachetests.Origin.ReceivedRequest;

/**
 * The checks on what reached the origin, once a test's requests are all made (upstream,
 * {@code checkServerRequests} in {@code client/test.mjs}). The requests expected to be served
 * from the cache are skipped; each of the others is paired with the next request the origin
 * received, which must carry the right number, validators, header fields and method, and whose
 * response's checked header fields the client must have seen unchanged.
 */
final class OriginChecks {

    /**
     * Response fields not compared: Date, which a cache may regenerate, and those a browser's
     * script cannot read (forbidden response header names).
     */
    private static final Set<String> UNCOMPARED_FIELDS = Set.of("date", "set-cookie", "set-cookie2");

    private final List<TestRequest> entries;
    private final List<FetchedResponse> responses;
    private final List<ReceivedRequest> received;

    /** @param responses what the client got, one for each entry */
    OriginChecks(List<TestRequest> entries, List<FetchedResponse> responses, List<ReceivedRequest> received) {
        this.entries = entries;
        this.responses = responses;
        this.received = received;
    }

    /** Runs the checks; throws {@link CheckFailed} at the first that does not hold. */
    void run() {
        int next = 0;
        for (int i = 0; i < entries.size(); i++) {
            TestRequest entry = entries.get(i);
            if (entry.expectedType().orElse("").equals("cached")) {
                continue;
            }
            Optional<ReceivedRequest> request = next < received.size() ? Optional.of(received.get(next)) : Optional.empty();
            next++;
            int number = i + 1;
            checkNumber(entry, number, request);
            checkValidators(entry, number, request);
            checkRequestHeaders(entry, number, request);
            FetchedResponse response = responses.get(i);
            request.ifPresent(seen -> checkResponseFields(number, seen, response));
            checkMethod(entry, number, request);
        }
    }

    /** A request expected to miss the cache must be the one the origin saw next. */
    private static void checkNumber(TestRequest entry, int number, Optional<ReceivedRequest> request) {
        if (entry.expectedType().orElse("").equals("not_cached")) {
            int seen = reached(request, number).number();
            check(entry.isSetup("expected_type"), seen == number,
                    "Response " + number + " comes from cache (" + seen + " on server)");
        }
    }

    /** A validated request must have carried the validator: If-None-Match for an ETag, If-Modified-Since for a date. */
    private static void checkValidators(TestRequest entry, int number, Optional<ReceivedRequest> request) {
        String validator = switch (entry.expectedType().orElse("")) {
            case "etag_validated" -> "if-none-match";
            case "lm_validated" -> "if-modified-since";
            default -> null;
        };
        if (validator != null) {
            boolean setup = entry.isSetup("expected_type");
            check(setup, request.isPresent(), "request " + number + " wasn't sent to server");
            check(setup, request.get().headers().containsKey(validator),
                    "request " + number + " doesn't have " + validator + " header");
        }
    }

    /** {@code expected_request_headers}: a name alone must have reached the origin; {@code [name, value]} with that value. */
    private static void checkRequestHeaders(TestRequest entry, int number, Optional<ReceivedRequest> request) {
        boolean setup = entry.isSetup("expected_request_headers");
        for (JsonElement expected : entry.list("expected_request_headers")) {
            Map<String, String> headers = reached(request, number).headers();
            if (expected.isJsonPrimitive()) {
                String name = expected.getAsString();
                check(setup, headers.containsKey(name.toLowerCase(Locale.ROOT)),
                        "Request " + number + " " + name + " header not present.");
            } else {
                String name = expected.getAsJsonArray().get(0).getAsString();
                String value = expected.getAsJsonArray().get(1).getAsString();
                // JavaScript prints a header the origin did not receive as "undefined".
                String seen = headers.getOrDefault(name.toLowerCase(Locale.ROOT), "undefined");
                check(setup, value.equals(seen),
                        "Request " + number + " header " + name + " is \"" + seen + "\", not \"" + value + "\"");
            }
        }
    }

    /** The response's checked fields, as the origin sent them, must be what the client saw. */
    private static void checkResponseFields(int number, ReceivedRequest request, FetchedResponse response) {
        request.checkedFields().forEach((name, sent) -> {
            if (!UNCOMPARED_FIELDS.contains(name.toLowerCase(Locale.ROOT))) {
                check(true, response.field(name).filter(sent::equals).isPresent(),
                        "Response " + number + " header " + name + " is \"" + response.shown(name) + "\", not \"" + sent + "\"");
            }
        });
    }

    private static void checkMethod(TestRequest entry, int number, Optional<ReceivedRequest> request) {
        entry.string("expected_method").ifPresent(method -> {
            String seen = reached(request, number).method();
            check(entry.isSetup("expected_method"), seen.equals(method),
                    "Request " + number + " had method " + seen + ", not " + method);
        });
    }

    /**
     * The request the origin received; if it received none, the test ends as upstream's does
     * when it reads a missing request: with a TypeError, which counts as a failure.
     */
    private static ReceivedRequest reached(Optional<ReceivedRequest> request, int number) {
        return request.orElseThrow(() ->
                new CheckFailed(TestResult.error("TypeError", "request " + number + " never reached the origin")));
    }
}
