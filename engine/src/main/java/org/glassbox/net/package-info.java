/**
 * Navigate and fetch: from what the user typed to the bytes of the page and of everything it
 * links to.
 *
 * <p>{@link org.glassbox.net.Navigator} is the address bar: it turns a typed address into a URL,
 * giving host names {@code https://} and file paths {@code file:}. {@link org.glassbox.net.Network}
 * fetches: files from the disk, {@code data:} URLs in place ({@code DataUrl}), and {@code http:}
 * and {@code https:} through OkHttp. For those, the story of each exchange is told step by step
 * by a {@code FetchTrace}, OkHttp's {@code EventListener}: the DNS answer (from the engine's own
 * {@code DnsCache}, or the system resolver), the TCP connection (or a reused one), the TLS
 * handshake and certificate, the request, the response's first byte, the body — and last the
 * HTTP cache's verdict, explained by {@code CacheVerdict} in RFC 9111's terms with the
 * {@code Freshness} of the stored response. The cache itself is OkHttp's, on disk, so it lasts
 * across runs. {@code Network} follows redirects itself, hop by hop, so that each hop is logged,
 * cached and given its cookies ({@code Cookies}, RFC 6265bis, SameSite included), and undoes
 * gzip, deflate and brotli ({@code ContentDecoding}). Once the HTML is parsed,
 * {@link org.glassbox.net.Subresources} fetches the stylesheets, scripts and images it links to
 * in parallel and logs their waterfall. What comes back is a {@link org.glassbox.net.Response};
 * failures become one-line {@link org.glassbox.LoadException}s that name the step that failed.
 *
 * <p>Limits: connect 10 s, read 30 s (an option), a whole exchange 60 s, 20 redirects, 64 MiB
 * of body after decoding.
 *
 * <p>Not yet: methods other than GET (so no invalidation after unsafe methods is ever
 * triggered), HTTP/3, proxies, zstd, a cookie jar that outlives the engine. OkHttp's cache keeps
 * one variant per URL (a {@code Vary} mismatch is a miss), gives no heuristic freshness to URLs
 * with a query or to responses without {@code Last-Modified} (so a bare {@code 301} is
 * stored but stale at once), never serves stale responses ({@code stale-while-revalidate},
 * {@code stale-if-error}), and expects one process per cache directory.
 */
package org.glassbox.net;
