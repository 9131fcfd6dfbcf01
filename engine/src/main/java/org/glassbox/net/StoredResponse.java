package org.glassbox.net;

import java.net.URI;
import okhttp3.Headers;

/**
 * A response in the HTTP cache, with what it answered: the method and URL of the request, and
 * that request's header fields, which {@code Vary} may name (RFC 9111 §4.1).
 */
record StoredResponse(String method, URI url, Headers requestHeaders, NetworkResponse response) {}
