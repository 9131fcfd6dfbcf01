package org.glassbox.net.cachetests;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.Headers;
import okio.Buffer;

/**
 * The origin server of the HTTP caching test suite, on loopback (upstream, its
 * {@code server/handle-test.mjs}). A test registers its request list under a fresh id; request N
 * to {@code /test/ID…} is then answered from entry N — the client says which N in
 * {@code Req-Num} — with the entry's status, header fields and body. On the way the origin fixes
 * up dates and locations, answers a conditional request with 304 if it carries the previous
 * response's validator (and with 999 if it should have, so that the client can tell), reports in
 * {@code Server-Request-Count} how many requests of the test it has seen, and remembers what it
 * received, for the client to check afterwards. It can also wait before answering
 * ({@code response_pause}) or drop the connection instead ({@code disconnect}).
 *
 * <p>Not served: interim responses (102, 103) and the RFC 850 dates of {@code rfc850date}; no
 * test a browser is judged on uses them.
 */
final class Origin extends Dispatcher implements AutoCloseable {

    /**
     * What the origin saw of one request, and the response fields the client must see unchanged.
     *
     * @param number the request number the client gave, or 0 if it gave none
     * @param headers names in lower case, repeated fields joined with ", ", as Node.js reports them
     * @param checkedFields the checked fields of the response, by name as the test wrote it
     */
    record ReceivedRequest(int number, String method, Map<String, String> headers, Map<String, String> checkedFields) {}

    /** Statuses whose responses have no body (upstream's {@code noBodyStatus}). */
    private static final Set<Integer> NO_BODY = Set.of(204, 304);

    private final MockWebServer server = new MockWebServer();
    private final Map<String, TestState> tests = new ConcurrentHashMap<>();

    /** One registered test: its request list and what the origin has received and sent so far. */
    private record TestState(List<TestRequest> requests, List<ReceivedRequest> received,
            Map<Integer, List<Field>> sent) {}

    /** A response header field after fix-up. */
    private record Field(String name, String value) {}

    /** Starts an origin on a free loopback port. */
    static Origin start() throws IOException {
        Origin origin = new Origin();
        origin.server.setDispatcher(origin);
        origin.server.start(InetAddress.getLoopbackAddress(), 0);
        return origin;
    }

    /** The URL of {@code path} on this origin. */
    URI url(String path) {
        return server.url(path).uri();
    }

    /** Registers a test's request list under {@code uuid} (upstream, a PUT to {@code /config/UUID}). */
    void register(String uuid, List<TestRequest> requests) {
        tests.put(uuid, new TestState(requests, new ArrayList<>(), new ConcurrentHashMap<>()));
    }

    /** What the origin received for test {@code uuid}, in order (upstream, {@code GET /state/UUID}). */
    List<ReceivedRequest> received(String uuid) {
        TestState state = tests.get(uuid);
        synchronized (state) {
            return List.copyOf(state.received());
        }
    }

    /** Stops the server. */
    @Override
    public void close() {
        server.close();
    }

    /** Answers one request: from its test's request list, or 404/409 if it belongs to no test. */
    @Override
    public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        List<String> segments = request.getUrl().pathSegments();
        if (segments.size() < 2 || !segments.get(0).equals("test")) {
            return plain(404, "Config Not Found for " + request.getTarget());
        }
        TestState state = tests.get(segments.get(1));
        if (state == null) {
            return plain(409, "Requests not found for " + segments.get(1));
        }
        int number = requestNumber(request, state);
        if (number < 1 || number > state.requests().size()) {
            return plain(409, "config not found for request " + number);
        }
        TestRequest entry = state.requests().get(number - 1);
        if (entry.responsePause().isPresent()) {
            Thread.sleep(entry.responsePause().get().toMillis());
        }
        return answer(segments.get(1), state, number, entry, request);
    }

    /** The request number: the client's {@code Req-Num}, else the count of requests seen so far plus one. */
    private static int requestNumber(RecordedRequest request, TestState state) {
        return clientNumber(request).orElseGet(() -> {
            synchronized (state) {
                return state.received().size() + 1;
            }
        });
    }

    private static Optional<Integer> clientNumber(RecordedRequest request) {
        try {
            return Optional.ofNullable(request.getHeaders().get("Req-Num")).map(String::strip).map(Integer::valueOf);
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    private MockResponse answer(String uuid, TestState state, int number, TestRequest entry, RecordedRequest request) {
        long now = System.currentTimeMillis();
        int status = status(state, number, entry, request);
        Map<String, List<Field>> fields;
        synchronized (state) {
            fields = originFields(state, request, now);
            Map<String, String> checked = addTestFields(fields, entry, now, request.getTarget());
            if (!fields.containsKey("content-type")) {
                set(fields, "Content-Type", "text/plain");
            }
            remember(state, number, request, fields, checked);
        }
        // Node.js, which upstream's origin runs on, adds a Date to any response that lacks one.
        fields.putIfAbsent("date", List.of(new Field("Date", HeaderFixup.httpDate(now))));
        return response(uuid, status, entry, request, fields);
    }

    /**
     * The fields that report the origin's view: the request target (for magic locations), how
     * many requests of the test it has seen with this one, the client's number, and its clock.
     */
    private static Map<String, List<Field>> originFields(TestState state, RecordedRequest request, long now) {
        Map<String, List<Field>> fields = new LinkedHashMap<>();
        set(fields, "Server-Base-Url", request.getTarget());
        set(fields, "Server-Request-Count", Integer.toString(state.received().size() + 1));
        set(fields, "Client-Request-Count", clientNumber(request).map(String::valueOf).orElse("NaN"));
        set(fields, "Server-Now", Long.toString(now));
        return fields;
    }

    /**
     * Records the request and the fields sent for it, then lists in {@code Request-Numbers} every
     * request number received so far, so that the client can spot a request it sent twice.
     */
    private static void remember(TestState state, int number, RecordedRequest request, Map<String, List<Field>> fields,
            Map<String, String> checked) {
        state.received().add(new ReceivedRequest(clientNumber(request).orElse(0), request.getMethod(),
                receivedHeaders(request.getHeaders()), checked));
        state.sent().put(number, fields.values().stream().flatMap(List::stream).toList());
        set(fields, "Request-Numbers", state.received().stream()
                .map(received -> Integer.toString(received.number())).collect(Collectors.joining(" ")));
    }

    /**
     * The status: the entry's, unless the entry expects a validated response. Then the origin
     * answers 304 if the request carries the validator of the previous response, and 999 if it
     * does not, a status no cache could mistake for anything else.
     */
    private static int status(TestState state, int number, TestRequest entry, RecordedRequest request) {
        if (!entry.expectedType().orElse("").endsWith("validated")) {
            return entry.responseStatus();
        }
        Optional<String> lastModified = previousField(state, number, "Last-Modified");
        Optional<String> etag = previousField(state, number, "ETag");
        boolean matches = lastModified.isPresent() && lastModified.get().equals(request.getHeaders().get("If-Modified-Since"))
                || etag.isPresent() && etag.get().equals(request.getHeaders().get("If-None-Match"));
        return matches ? 304 : 999;
    }

    /**
     * The last field named {@code name} that the previous entry's response carried: as sent, if
     * the origin sent it; else as written, which for a date is a number and so matches nothing.
     */
    private static Optional<String> previousField(TestState state, int number, String name) {
        if (number < 2) {
            return Optional.empty();
        }
        List<Field> previous = state.sent().get(number - 1);
        if (previous == null) {
            previous = state.requests().get(number - 2).responseFields().stream()
                    .filter(field -> field.value().isJsonPrimitive() && field.value().getAsJsonPrimitive().isString())
                    .map(field -> new Field(field.name(), field.value().getAsString())).toList();
        }
        return previous.stream().filter(field -> field.name().equalsIgnoreCase(name)).reduce((first, last) -> last)
                .map(Field::value);
    }

    /**
     * Adds the entry's own header fields, fixed up; a repeated name is sent as several fields.
     * Returns the checked ones by name, repeated values joined with ", ".
     */
    private static Map<String, String> addTestFields(Map<String, List<Field>> fields, TestRequest entry, long now,
            String target) {
        Map<String, String> checked = new LinkedHashMap<>();
        for (TestRequest.ResponseField field : entry.responseFields()) {
            String value = HeaderFixup.value(field.name(), field.value(), OptionalLong.of(now), target,
                    entry.magicLocations());
            List<Field> same = fields.computeIfAbsent(field.name().toLowerCase(Locale.ROOT), name -> new ArrayList<>());
            same.add(new Field(field.name(), value));
            if (field.checked()) {
                checked.put(field.name(), same.stream().map(Field::value).collect(Collectors.joining(", ")));
            }
        }
        return checked;
    }

    private static void set(Map<String, List<Field>> fields, String name, String value) {
        fields.put(name.toLowerCase(Locale.ROOT), new ArrayList<>(List.of(new Field(name, value))));
    }

    private static Map<String, String> receivedHeaders(Headers headers) {
        Map<String, String> received = new LinkedHashMap<>();
        for (String name : headers.names()) {
            received.put(name.toLowerCase(Locale.ROOT), String.join(", ", headers.values(name)));
        }
        return received;
    }

    /**
     * The response on the wire. The body is the entry's {@code response_body}, or the test's id if
     * it has none (or an empty one, as upstream's {@code ||} has it); a HEAD response announces
     * the body's length without sending it; {@code disconnect} closes the connection instead.
     */
    private static MockResponse response(String uuid, int status, TestRequest entry, RecordedRequest request,
            Map<String, List<Field>> fields) {
        Headers.Builder headers = new Headers.Builder();
        fields.values().stream().flatMap(List::stream).forEach(field -> headers.addUnsafeNonAscii(field.name(), field.value()));
        MockResponse.Builder response = new MockResponse.Builder()
                .status("HTTP/1.1 " + status + " " + reason(status, entry))
                .headers(headers.build());
        byte[] body = entry.string("response_body").filter(text -> !text.isEmpty()).orElse(uuid).getBytes(StandardCharsets.UTF_8);
        if (entry.disconnects()) {
            response.onResponseStart(new SocketEffect.CloseSocket());
        } else if (request.getMethod().equals("HEAD")) {
            response.setHeader("Content-Length", body.length);
        } else if (!NO_BODY.contains(status)) {
            sendBody(response, body, fields.get("content-length"));
        }
        return response.build();
    }

    /**
     * Sends the body. A Content-Length the test declares itself is kept, and the body cut to it:
     * that much is all a client reads, and the rest would only garble the connection's next response.
     */
    private static void sendBody(MockResponse.Builder response, byte[] body, List<Field> declaredLength) {
        if (declaredLength == null) {
            response.body(new Buffer().write(body));
            return;
        }
        String length = declaredLength.get(0).value();
        int declared = (int) Math.min(body.length, Long.parseLong(length.strip()));
        response.body(new Buffer().write(body, 0, declared)).setHeader("Content-Length", length);
    }

    private static String reason(int status, TestRequest entry) {
        return switch (status) {
            case 304 -> "Not Modified";
            case 999 -> "304 Not Generated";
            default -> entry.responseReason();
        };
    }

    private static MockResponse plain(int status, String message) {
        return new MockResponse.Builder().code(status).setHeader("Content-Type", "text/plain").body(message + "\n").build();
    }
}
