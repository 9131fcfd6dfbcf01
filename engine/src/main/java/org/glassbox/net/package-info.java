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
 * HTTP cache's verdict with its reason; and the timing of its steps (DNS, connect, TLS, waiting,
 * download) as a {@link org.glassbox.net.FetchTiming}, for the waterfalls of the trace and the
 * report. The cache is Glassbox's own {@code HttpCache}, a private
 * browser cache after RFC 9111: it stores what may be stored, serves it with its {@code Age}
 * while its {@code Freshness} lasts, revalidates it with its validators when it is stale, keeps a
 * variant per value of the fields {@code Vary} names, forgets URLs after unsafe requests, and
 * serves stale responses where {@code stale-while-revalidate} and {@code stale-if-error} allow.
 * It keeps its responses on disk ({@code CacheStore}), one atomically replaced file per URL, so
 * they last across runs and processes can share them; an entry that cannot be read is a miss. {@code Network} follows redirects itself,
 * hop by hop, so that each hop is logged, cached and given its cookies ({@code Cookies},
 * RFC 6265bis, SameSite included), and undoes gzip, deflate and brotli ({@code ContentDecoding}).
 * Requests other than plain GETs — a method, header fields, a body, a Fetch cache mode — are
 * {@link org.glassbox.net.FetchRequest}s. Once the HTML is parsed,
 * {@link org.glassbox.net.Subresources} fetches the stylesheets, scripts and images it links to
 * in parallel and logs their waterfall. Every request a page makes goes through it, so it is
 * where a page from the web is refused the user's files: only a {@code file:} page may load
 * {@code file:} URLs, and a redirect leads only to {@code http:} or {@code https:}. What comes back is a {@link org.glassbox.net.Response};
 * failures become one-line {@link org.glassbox.LoadException}s that name the step that failed.
 *
 * <p>Limits: connect 10 s, read 30 s (an option), a whole exchange twice the read timeout (60
 * s), 20 redirects, 64 MiB of body after decoding.
 *
 * <p>Not yet: HTTP/3, proxies, zstd, a cookie jar that outlives the engine, range requests
 * (206 responses are not stored), a size limit and eviction for the cache directory, and
 * locking between processes that write the same URL's entry at the same moment (the last
 * writer wins, but no file is ever half written).
 */
package org.glassbox.net;
