/**
 * Navigate and fetch: from what the user typed to the bytes of the page.
 *
 * <p>{@link org.glassbox.net.Navigator} is the address bar: it turns a typed address into a URL,
 * giving host names {@code https://} and file paths {@code file:}. {@link org.glassbox.net.Network}
 * fetches: files straight from the disk, {@code http:} and {@code https:} through OkHttp, which
 * resolves the host (DNS), connects (TCP), shakes hands (TLS), sends the request, follows
 * redirects (at most 20) and unzips gzip. What comes back is a {@link org.glassbox.net.Response}:
 * final URL, status, headers, body. Failures become one-line {@link org.glassbox.LoadException}s.
 *
 * <p>Not yet: the HTTP cache, cookies, the step-by-step log of DNS, TCP and TLS, {@code data:}
 * URLs, parallel subresource fetches.
 */
package org.glassbox.net;
