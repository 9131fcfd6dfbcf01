package org.glassbox.net;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okio.BufferedSource;
import org.glassbox.LoadException;
import org.glassbox.Log;

/**
 * Fetches a URL: {@code file:} straight from the disk, {@code http:} and {@code https:} through
 * OkHttp, which does the DNS lookup, the TCP connect, the TLS handshake, the request, the
 * redirects (at most 20) and gzip.
 */
public final class Network {

    /** Bodies larger than this are refused rather than read into memory. */
    static final long MAX_BODY_BYTES = 64L << 20;

    private static final Map<String, String> MEDIA_TYPES = Map.of(
            "html", "text/html", "htm", "text/html", "xhtml", "application/xhtml+xml",
            "xht", "application/xhtml+xml", "css", "text/css", "js", "text/javascript",
            "txt", "text/plain", "png", "image/png", "jpg", "image/jpeg", "gif", "image/gif");

    private final Log log;
    private final OkHttpClient client;

    /**
     * @param trustedCertificates certificate authorities to trust besides the system's, such as
     *     a test server's
     */
    public Network(Log log, List<X509Certificate> trustedCertificates) {
        this.log = log;
        this.client = httpClient(trustedCertificates);
    }

    /** Fetches {@code url}; throws {@link LoadException} with a one-line reason if nothing came back. */
    public Response fetch(URI url) {
        return switch (url.getScheme().toLowerCase(Locale.ROOT)) {
            case "file" -> readFile(url);
            case "http", "https" -> request(url);
            default -> throw new LoadException("unsupported scheme: " + url);
        };
    }

    private Response readFile(URI url) {
        Path path = Path.of(url);
        try {
            if (Files.isDirectory(path)) {
                throw new LoadException("is a directory, not a page: " + path);
            }
            if (Files.size(path) > MAX_BODY_BYTES) {
                throw new LoadException("file larger than " + (MAX_BODY_BYTES >> 20) + " MiB: " + path);
            }
            byte[] body = Files.readAllBytes(path);
            log.detail("read " + path + " (" + body.length + " bytes)");
            return new Response(url, 200, Map.of("content-type", List.of(mediaTypeOf(path))), body);
        } catch (NoSuchFileException e) {
            throw new LoadException("no such file: " + path, e);
        } catch (IOException e) {
            throw new LoadException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    private static String mediaTypeOf(Path path) {
        String name = path.getFileName().toString();
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return MEDIA_TYPES.getOrDefault(extension, "application/octet-stream");
    }

    private Response request(URI url) {
        Request request = new Request.Builder().url(url.toString()).build();
        log.detail("GET " + url);
        try (okhttp3.Response response = client.newCall(request).execute()) {
            byte[] body = readBody(response.body().source(), url);
            URI finalUrl = response.request().url().uri();
            log.detail(response.code() + " from " + finalUrl + " (" + body.length + " bytes, "
                    + (response.receivedResponseAtMillis() - response.sentRequestAtMillis()) + " ms)");
            return new Response(finalUrl, response.code(), response.headers().toMultimap(), body);
        } catch (IOException e) {
            throw new LoadException(describe(e, url), e);
        }
    }

    private static byte[] readBody(BufferedSource source, URI url) throws IOException {
        if (source.request(MAX_BODY_BYTES + 1)) {
            throw new LoadException("response larger than " + (MAX_BODY_BYTES >> 20) + " MiB: " + url);
        }
        return source.readByteArray();
    }

    /** Turns a network failure into the one line a user needs. */
    private static String describe(IOException e, URI url) {
        String where = url.getHost() + (url.getPort() < 0 ? "" : ":" + url.getPort());
        if (e instanceof UnknownHostException) {
            return "cannot resolve host " + url.getHost();
        }
        if (e instanceof ConnectException) {
            return "cannot connect to " + where + ": " + e.getMessage();
        }
        if (e instanceof SocketTimeoutException) {
            return "timed out waiting for " + where;
        }
        if (e instanceof SSLException) {
            return "TLS handshake with " + where + " failed: " + e.getMessage();
        }
        return "cannot fetch " + url + ": " + e.getMessage();
    }

    private static OkHttpClient httpClient(List<X509Certificate> trustedCertificates) {
        OkHttpClient.Builder builder = new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(10))
                .readTimeout(Duration.ofSeconds(30))
                .callTimeout(Duration.ofSeconds(60))
                .addNetworkInterceptor(chain -> chain.proceed(chain.request().newBuilder()
                        .header("User-Agent", "Glassbox/0.1").build()));
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
