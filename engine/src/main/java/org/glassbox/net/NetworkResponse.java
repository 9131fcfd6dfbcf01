package org.glassbox.net;

import java.time.Instant;
import okhttp3.Headers;

/**
 * A response as it came from the server, before the cache had a say: what the cache stores, and
 * what it merges a 304 into.
 *
 * @param statusLine such as {@code HTTP/1.1 200 OK}
 * @param body decoded: any Content-Encoding is undone, and the fields that described it removed
 * @param requestTime when the request was sent, for the age calculation of RFC 9111 §4.2.3
 * @param responseTime when the response arrived
 */
record NetworkResponse(int status, String statusLine, Headers headers, byte[] body, Instant requestTime, Instant responseTime) {

    /** The same response with other header fields, as after a 304 updated them (RFC 9111 §3.2). */
    NetworkResponse withHeaders(Headers updated, Instant newRequestTime, Instant newResponseTime) {
        return new NetworkResponse(status, statusLine, updated, body, newRequestTime, newResponseTime);
    }
}
