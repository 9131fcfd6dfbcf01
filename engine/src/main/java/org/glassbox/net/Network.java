package org.glassbox.net;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ProxySelector;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okio.Okio;
import org.glassbox.LoadException;
import org.glassbox.Log;
import org.glassbox.net.FetchRequest.CacheMode;

/**
 * Fetches a URL the way a browser does. {@code file:} is read from the disk and {@code data:}
 * decoded in place; {@code http:} and {@code https:} go through OkHttp, which resolves the host
 * (through the engine's {@link DnsCache}), connects, shakes hands, sends the request and reads the
 * response, consulting the HTTP cache on disk first. This class follows redirects itself, one hop
 * at a time, so that every hop is logged, gets its cookies and meets the cache; it undoes
 * Content-Encoding and keeps the limits that stop a hostile server: a read timeout and twice
 * that for the whole exchange, at most {@value #MAX_REDIRECTS} redirects, bodies of at most 64
 * MiB after decoding.
 *
 * <p>Each exchange is told step by step in the log by a {@link FetchTrace}, ending with the
 * cache's verdict; failures become one-line {@link LoadException}s naming the step that failed.
 */
public final class Network implements AutoCloseable {

    /** Bodies larger than this, once decoded, are refused rather than read into memory. */
    static final long MAX_BODY_BYTES = 64L << 20;

    /** Browsers give up after 20 redirects (Chromium's limit, and the Fetch standard's). */
    static final int MAX_REDIRECTS = 20;

    /** How long a read may wait for the server's next bytes unless the engine is told otherwise. */
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

    /**
     * How many read timeouts the whole exchange may take, however slowly the bytes trickle in: a
     * read timeout alone cannot stop a server that sends a byte a second. Twice the default read
     * timeout is a minute.
     */
    private static final int CALL_TIMEOUT_IN_READ_TIMEOUTS = 2;

    private static final String USER_AGENT = "Glassbox/0.1";

    /** Redirect statuses (RFC 9110 §15.4) that carry a Location to follow. */
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    private final Log log;
    private final DnsCache dns = new DnsCache(Clock.systemUTC());
    private final Cookies cookies;
    private final List<X509Certificate> trustedCertificates;
    private final Optional<HttpCache> cache;
    /** The JVM's proxy settings when the network is made, which OkHttp reads only when its client is built. */
    private final ProxySelector proxySelector = ProxySelector.getDefault();
    private final Duration readTimeout;
    /** Made on the first http(s) fetch, null before: OkHttp and the TLS trust store take a third
     *  of a cold start, and a page read from the disk needs neither. */
    private OkHttpClient client;

    /**
     * @param trustedCertificates certificate authorities to trust besides the system's, such as
     *     a test server's
     * @param cacheDirectory where the HTTP cache keeps responses across runs; empty for no cache
     * @param readTimeout how long to wait for the server's next bytes before giving up
     */
    public Network(Log log, List<X509Certificate> trustedCertificates, Optional<Path> cacheDirectory, Duration readTimeout) {
        this.log = log;
        this.cookies = new Cookies(log);
        this.trustedCertificates = trustedCertificates;
        this.cache = cacheDirectory.flatMap(this::openCache);
        this.readTimeout = readTimeout;
    }

    /**
     * Fetches {@code url} as a navigation, the page itself; throws {@link LoadException} with a
     * one-line reason if nothing came back. A 404 or 500 is not a failure: its body is the page.
     */
    public Response fetch(URI url) {
        return fetch(FetchRequest.get(url));
    }

    /**
     * Makes any request — another method, header fields, a body, a cache mode — as a navigation
     * would; throws {@link LoadException} with a one-line reason if nothing came back.
     */
    public Response fetch(FetchRequest request) {
        return fetch(request, null);
    }

    /**
     * Makes {@code request} for the page at {@code initiator} (null for a navigation), which
     * decides whether SameSite cookies go with it.
     */
    Response fetch(FetchRequest request, URI initiator) {
        URI url = request.url();
        return switch (Objects.requireNonNullElse(url.getScheme(), "").toLowerCase(Locale.ROOT)) {
            case "file" -> readFile(url);
            case "data" -> DataUrl.fetch(url);
            case "http", "https" -> followRedirects(request, initiator);
            default -> throw new LoadException("unsupported scheme: " + url);
        };
    }

    /** The cookies a script on {@code page} sees; none for a page not from http(s). */
    String cookiesForScript(URI page) {
        HttpUrl url = HttpUrl.parse(page.toString());
        return url == null ? "" : cookies.forScript(url);
    }

    /** Stores a cookie a script on {@code page} set; a page not from http(s) keeps none. */
    void cookieFromScript(URI page, String line) {
        HttpUrl url = HttpUrl.parse(page.toString());
        if (url != null) {
            cookies.fromScript(url, line);
        }
    }

    /** Fetches a page's subresources in parallel and logs their waterfall; see {@link Subresources}. */
    public Subresources fetchAll(URI page, List<URI> urls) {
        return Subresources.fetch(this, page, urls, log);
    }

    /** Lets revalidations still running in the background finish. */
    @Override
    public void close() {
        cache.ifPresent(HttpCache::close);
    }

    private synchronized OkHttpClient client() {
        if (client == null) {
            client = httpClient(trustedCertificates, dns, readTimeout, proxySelector);
        }
        return client;
    }

    private Optional<HttpCache> openCache(Path directory) {
        try {
            return Optional.of(new HttpCache(new CacheStore(directory, log), log, Clock.systemUTC()));
        } catch (IOException e) {
            log.warn("cannot use the cache directory " + directory + " (" + e.getMessage() + "); going on without a cache");
            return Optional.empty();
        }
    }

    private Response readFile(URI url) {
        Path path = localPath(url);
        long start = System.nanoTime();
        try {
            if (Files.isDirectory(path)) {
                throw new LoadException("is a directory, not a page: " + path);
            }
            if (Files.size(path) > MAX_BODY_BYTES) {
                throw new LoadException("file larger than " + (MAX_BODY_BYTES >> 20) + " MiB: " + path);
            }
            byte[] body = Files.readAllBytes(path);
            log.detail("read " + path + " (" + body.length + " bytes)");
            double millis = (System.nanoTime() - start) / 1e6;
            log.fetched(new FetchTiming("GET " + url, start, millis, List.of(new FetchTiming.Step("read", 0, millis)), ""));
            return new Response(url, 200, Map.of("content-type", List.of(MediaTypes.of(path))), body);
        } catch (NoSuchFileException e) {
            throw new LoadException("no such file: " + path, e);
        } catch (IOException e) {
            throw new LoadException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    /** The file a {@code file:} URL names; one with a host, a file on another machine, names none here. */
    private static Path localPath(URI url) {
        try {
            return Path.of(url);
        } catch (IllegalArgumentException e) {
            throw new LoadException("not a file on this machine: " + url + " (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Exchanges requests until one is not a redirect (the Fetch standard's "HTTP-redirect
     * fetch"). Each hop is its own exchange, so the log, the cookies and the cache see them all.
     */
    private Response followRedirects(FetchRequest first, URI initiator) {
        List<URI> chain = new ArrayList<>();
        FetchRequest request = first;
        while (true) {
            chain.add(request.url());
            Response response = exchange(request, initiator);
            Optional<URI> target = redirectTarget(response);
            if (target.isEmpty() || !request.followRedirects()) {
                return response;
            }
            request = redirected(request, response.status(), nextHop(chain, target.get()));
            log.info("redirect " + chain.size() + ": " + response.status() + " → " + request.url());
        }
    }

    /**
     * The request for the next hop (Fetch standard §4.4 step 12): a 303, and a 301 or 302 after a
     * POST, turn the request into a GET; other redirects repeat it as it was.
     */
    private static FetchRequest redirected(FetchRequest request, int status, URI next) {
        String method = request.method();
        boolean toGet = (status == 301 || status == 302) && method.equals("POST")
                || status == 303 && !method.equals("GET") && !method.equals("HEAD");
        return (toGet ? request.asGet() : request).to(next);
    }

    /**
     * Where a redirect leads. Only to another http(s) URL (Fetch §4.4 step 5): a server may not
     * send the browser to a {@code file:} or {@code data:} URL it could not link to itself.
     */
    private static Optional<URI> redirectTarget(Response response) {
        if (!REDIRECTS.contains(response.status())) {
            return Optional.empty();
        }
        return response.header("location").map(location -> {
            HttpUrl target = HttpUrl.get(response.url()).resolve(location);
            if (target == null) {
                throw new LoadException("redirect from " + response.url() + " refused: its Location is not an http(s) URL: " + location);
            }
            return target.uri();
        });
    }

    private static URI nextHop(List<URI> chain, URI target) {
        if (chain.contains(target)) {
            List<String> hops = chain.stream().map(URI::toString).toList();
            throw new LoadException("redirect loop: " + String.join(" → ", hops) + " → " + target);
        }
        if (chain.size() > MAX_REDIRECTS) {
            throw new LoadException("too many redirects (more than " + MAX_REDIRECTS + ") from " + chain.get(0));
        }
        return target;
    }

    /**
     * One request and its response: from the cache, the network, or both. The story of the
     * exchange is written when it is over, with the cache's verdict last; cookies the server set
     * are taken only from what came from the network, after the story is told.
     */
    private Response exchange(FetchRequest request, URI initiator) {
        FetchRequest sent = withEngineHeaders(request, initiator);
        FetchTrace trace = new FetchTrace(dns, request.toString());
        List<String> setCookies = new ArrayList<>();
        HttpCache.Origin origin = wanted -> fromServer(wanted, trace, setCookies);
        HttpCache.Outcome outcome;
        try {
            outcome = outcome(sent, origin, initiator == null);
            trace.cacheVerdict(outcome.verdict());
        } finally {
            trace.report(log);
        }
        cookies.receive(HttpUrl.get(request.url()), setCookies);
        NetworkResponse response = outcome.response();
        return new Response(request.url(), response.status(), headerMap(response.headers()), response.body(),
                response.statusLine(), outcome.verdict());
    }

    /**
     * The response from the cache, the server, or both. A page whose body was cut short — the
     * server closed the connection, sent less than its Content-Length, or trickled past the
     * exchange's time — is what had arrived, as a browser shows it; the cache never sees it, and
     * a subresource cut short fails.
     */
    private HttpCache.Outcome outcome(FetchRequest sent, HttpCache.Origin origin, boolean navigation) {
        try {
            return cache.isEmpty() || sent.cacheMode() == CacheMode.NO_STORE
                    ? new HttpCache.Outcome(origin.fetch(sent), cache.isEmpty() ? "not cached: the cache is off"
                            : "not cached: the request's cache mode is no-store", true)
                    : cache.get().fetch(sent, origin);
        } catch (LoadException e) {
            if (navigation && e.getCause() instanceof IncompleteBody incomplete) {
                log.warn(e.getMessage() + "; the page is the " + incomplete.arrived.body().length + " bytes that arrived");
                return new HttpCache.Outcome(incomplete.arrived, "not cached: the body was cut short", true);
            }
            throw e;
        }
    }

    /** One exchange with the server itself, told step by step in {@code trace}. */
    private NetworkResponse fromServer(FetchRequest request, FetchTrace trace, List<String> setCookies) {
        HttpUrl url = HttpUrl.parse(request.url().toString());
        if (url == null) {
            throw new LoadException("not a valid URL: " + request.url());
        }
        try (okhttp3.Response response = client().newCall(okHttpRequest(request, url, trace)).execute()) {
            setCookies.addAll(response.headers("Set-Cookie"));
            return withBody(response, request.url(), trace);
        } catch (IncompleteBody e) {
            throw new LoadException(trace.step() + ": " + reason((IOException) e.getCause(), url), e);
        } catch (IOException e) {
            throw new LoadException(trace.step() + ": " + reason(e, url), e);
        }
    }

    /** The response with its body read; if reading fails part way, an {@link IncompleteBody} with what arrived. */
    private static NetworkResponse withBody(okhttp3.Response response, URI url, FetchTrace trace) throws IncompleteBody {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            if (response.code() != 304) {
                readBody(response, url, body);
            }
            return networkResponse(response, body.toByteArray(), trace);
        } catch (IOException e) {
            throw new IncompleteBody(networkResponse(response, body.toByteArray(), trace), e);
        }
    }

    private static NetworkResponse networkResponse(okhttp3.Response response, byte[] body, FetchTrace trace) {
        return new NetworkResponse(response.code(), statusLine(response), decoded(response, body, trace), body,
                Instant.ofEpochMilli(response.sentRequestAtMillis()), Instant.ofEpochMilli(response.receivedResponseAtMillis()));
    }

    /** A body that stopped part way, with the response as far as it had come. */
    private static final class IncompleteBody extends IOException {

        final transient NetworkResponse arrived;

        IncompleteBody(NetworkResponse arrived, IOException cause) {
            super(cause);
            this.arrived = arrived;
        }
    }

    /**
     * The request with the header fields the engine adds unless the request names them itself:
     * User-Agent, Accept-Encoding, the cookies that go with it, and what the Fetch standard sends
     * for the cache modes reload and no-cache (§4.6, HTTP-network-or-cache fetch).
     */
    private FetchRequest withEngineHeaders(FetchRequest request, URI initiator) {
        HttpUrl url = HttpUrl.parse(request.url().toString());
        FetchRequest sent = unlessNamed(request, "User-Agent", USER_AGENT);
        sent = unlessNamed(sent, "Accept-Encoding", ContentDecoding.ACCEPT_ENCODING);
        String cookie = url == null ? "" : cookies.header(url, initiator == null || sameSite(url, initiator));
        if (!cookie.isEmpty()) {
            sent = unlessNamed(sent, "Cookie", cookie);
        }
        return switch (request.cacheMode()) {
            case NO_CACHE -> unlessNamed(sent, "Cache-Control", "max-age=0");
            case RELOAD, NO_STORE -> unlessNamed(unlessNamed(sent, "Pragma", "no-cache"), "Cache-Control", "no-cache");
            default -> sent;
        };
    }

    private static FetchRequest unlessNamed(FetchRequest request, String name, String value) {
        return request.header(name).isPresent() ? request : request.withHeader(name, value);
    }

    /** The request OkHttp will make: the header fields as they are, the method and the body. */
    private static Request okHttpRequest(FetchRequest request, HttpUrl url, FetchTrace trace) {
        Request.Builder builder = new Request.Builder().url(url).tag(FetchTrace.class, trace);
        request.headers().forEach(header -> builder.addHeader(header.name(), header.value()));
        return builder.method(request.method(), requestBody(request)).build();
    }

    /** GET and HEAD carry no body; other methods carry theirs, even an empty one. */
    private static RequestBody requestBody(FetchRequest request) {
        if (request.method().equals("GET") || request.method().equals("HEAD")) {
            return null;
        }
        return RequestBody.create(request.body(), request.header("Content-Type").map(MediaType::parse).orElse(null));
    }

    /**
     * Whether a request is same-site with the page that makes it (RFC 6265bis §5.2): the same
     * scheme and registrable domain. A file: page has no site, so nothing is same-site with it.
     */
    private static boolean sameSite(HttpUrl url, URI page) {
        HttpUrl pageUrl = HttpUrl.parse(page.toString());
        return pageUrl != null && url.scheme().equals(pageUrl.scheme()) && site(url).equals(site(pageUrl));
    }

    private static String site(HttpUrl url) {
        return Objects.requireNonNullElse(url.topPrivateDomain(), url.host());
    }

    /**
     * Reads the body into {@code body}, undoing its Content-Encoding, up to the size limit; if
     * the connection fails, what arrived before stays in {@code body}. The encoded stream is then
     * read to its end, which is what tells OkHttp's cache the stored copy is complete.
     */
    private static void readBody(okhttp3.Response response, URI url, ByteArrayOutputStream body) throws IOException {
        String coding = response.header("Content-Encoding");
        InputStream decoded = ContentDecoding.canDecode(coding)
                ? ContentDecoding.decode(coding, response.body().byteStream()) : response.body().byteStream();
        byte[] buffer = new byte[8192];
        for (int read = decoded.read(buffer); read >= 0 && body.size() <= MAX_BODY_BYTES; read = decoded.read(buffer)) {
            body.write(buffer, 0, read);
        }
        if (body.size() > MAX_BODY_BYTES) {
            throw new LoadException("response larger than " + (MAX_BODY_BYTES >> 20) + " MiB: " + url);
        }
        response.body().source().readAll(Okio.blackhole());
    }

    /**
     * The header fields of a body whose Content-Encoding was undone: without Content-Encoding and
     * Content-Length, which describe the bytes on the wire, not the body the engine keeps.
     */
    private static Headers decoded(okhttp3.Response response, byte[] body, FetchTrace trace) {
        String coding = response.header("Content-Encoding");
        if (coding == null || coding.isBlank() || coding.strip().equalsIgnoreCase("identity")) {
            return response.headers();
        }
        if (!ContentDecoding.canDecode(coding)) {
            trace.undecoded(coding); // as browsers do: the body is passed on as it came
            return response.headers();
        }
        trace.decoded(coding, body.length);
        return response.headers().newBuilder().removeAll("Content-Encoding").removeAll("Content-Length").build();
    }

    /** Header fields by lower-case name, in the order they came. */
    private static Map<String, List<String>> headerMap(Headers headers) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (int i = 0; i < headers.size(); i++) {
            map.computeIfAbsent(headers.name(i).toLowerCase(Locale.ROOT), name -> new ArrayList<>()).add(headers.value(i));
        }
        return map;
    }

    /** The status line as HTTP/1.1 spells it, such as {@code HTTP/1.1 200 OK}. */
    static String statusLine(okhttp3.Response response) {
        String version = switch (response.protocol()) {
            case HTTP_1_0 -> "HTTP/1.0";
            case HTTP_1_1 -> "HTTP/1.1";
            default -> "HTTP/2";
        };
        return (version + " " + response.code() + " " + response.message()).strip();
    }

    /** Turns a network failure into the reason a user needs; the step it happened in is named first. */
    private String reason(IOException e, HttpUrl url) {
        if (e instanceof UnknownHostException) {
            return "cannot resolve host " + url.host();
        }
        if (e instanceof SSLPeerUnverifiedException) {
            return "the server's certificate is not valid for " + url.host();
        }
        if (e instanceof SSLException && causedBy(e, CertificateException.class)) {
            return "the server's certificate is not trusted (for a test server, trust its CA with --ca FILE)";
        }
        if (e instanceof SocketTimeoutException timedOut) {
            return timeout(timedOut, url);
        }
        if (e instanceof InterruptedIOException) {
            return "gave up: the exchange took longer than " + callTimeout(readTimeout).toMillis() / 1000.0 + " s";
        }
        Throwable root = rootCause(e);
        return Objects.requireNonNullElse(root.getMessage(), root.getClass().getSimpleName());
    }

    private String timeout(SocketTimeoutException e, HttpUrl url) {
        String where = url.host() + ":" + url.port();
        if (String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("connect")) {
            return "timed out: no connection to " + where + " within " + CONNECT_TIMEOUT.toSeconds() + " s";
        }
        return "timed out: " + where + " sent nothing for " + readTimeout.toMillis() / 1000.0 + " s";
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private static Throwable rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root;
    }

    private static Duration callTimeout(Duration readTimeout) {
        return readTimeout.multipliedBy(CALL_TIMEOUT_IN_READ_TIMEOUTS);
    }

    private static OkHttpClient httpClient(List<X509Certificate> trustedCertificates, DnsCache dns, Duration readTimeout,
            ProxySelector proxySelector) {
        OkHttpClient.Builder builder = new OkHttpClient.Builder()
                .connectTimeout(CONNECT_TIMEOUT)
                .readTimeout(readTimeout)
                .callTimeout(callTimeout(readTimeout))
                .followRedirects(false)
                .followSslRedirects(false)
                .dns(dns)
                .proxySelector(proxySelector)
                .eventListenerFactory(call -> call.request().tag(FetchTrace.class));
        if (!trustedCertificates.isEmpty()) {
            X509TrustManager trustManager = trustManager(trustedCertificates);
            builder.sslSocketFactory(sslContext(trustManager).getSocketFactory(), trustManager);
        }
        return builder.build();
    }

    /** The system's certificate authorities plus {@code extra}. */
    private static X509TrustManager trustManager(List<X509Certificate> extra) {
        try {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            List<X509Certificate> all = new ArrayList<>(extra);
            all.addAll(List.of(systemTrustManager().getAcceptedIssuers()));
            for (int i = 0; i < all.size(); i++) {
                store.setCertificateEntry("ca-" + i, all.get(i));
            }
            return x509TrustManager(store);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot build the trust store", e);
        }
    }

    private static X509TrustManager systemTrustManager() throws GeneralSecurityException {
        return x509TrustManager(null);
    }

    private static X509TrustManager x509TrustManager(KeyStore store) throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(store);
        return (X509TrustManager) factory.getTrustManagers()[0];
    }

    private static SSLContext sslContext(X509TrustManager trustManager) {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {trustManager}, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot set up TLS", e);
        }
    }
}
