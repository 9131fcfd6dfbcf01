/**
 * A conformance harness for Glassbox's HTTP cache: the HTTP caching test suite
 * (http-tests/cache-tests, published at cache-tests.fyi), run the way the suite's browser runner
 * runs it, with Glassbox's network layer in the browser's place.
 *
 * <p>{@link org.glassbox.net.cachetests.CacheTestSuite} reads the test definitions and selects
 * the browser-mode tests. For each, a {@link org.glassbox.net.cachetests.Replay} registers the
 * test's requests with the loopback {@link org.glassbox.net.cachetests.Origin}, which answers
 * request N from entry N of the list, and makes the requests through one shared
 * {@link org.glassbox.net.Network} and cache, checking each response
 * ({@link org.glassbox.net.cachetests.ResponseChecks}) and at the end what reached the origin
 * ({@link org.glassbox.net.cachetests.OriginChecks}). The {@link org.glassbox.net.cachetests.Judge}
 * turns results into verdicts as the suite's results page does, and the
 * {@link org.glassbox.net.cachetests.Scoreboard} sets Glassbox's passes beside the browsers'.
 *
 * <p>Not reproduced, as no browser-mode test needs it: interim responses (102, 103),
 * {@code magic_ims}, {@code rfc850date}, {@code expected_request_headers_missing}, and the
 * {@code Test-Name} header the suite's client sends for its logs.
 */
package org.glassbox.net.cachetests;
