package org.glassbox.net;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import okhttp3.Call;
import okhttp3.Connection;
import okhttp3.EventListener;
import okhttp3.Handshake;
import okhttp3.Headers;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import org.glassbox.Log;

/**
 * The story of one HTTP exchange as OkHttp tells it through its {@link EventListener}: the DNS
 * answer, the TCP connection, the TLS handshake, the request, the response — each step with the
 * time since the exchange began. The lines are kept and written when the exchange is over, so
 * that exchanges running in parallel do not interleave in the log; with them goes the exchange's
 * {@link FetchTiming}, the steps a waterfall draws.
 */
final class FetchTrace extends EventListener {

    /** A line of the story; headers are {@link Log.Level#DETAIL}, shown with {@code -v}. */
    private record Line(Log.Level level, String text) {}

    private final DnsCache dns;
    private final long start = System.nanoTime();
    private final List<Line> lines = new ArrayList<>();
    private final String title;
    private final List<FetchTiming.Step> steps = new ArrayList<>();
    private final Map<String, Double> begun = new HashMap<>();
    private String verdict = "";
    private String step = "request";
    private String dnsCacheState = "";
    private InetSocketAddress connectingTo;
    private Handshake handshake;
    private boolean connected;
    private long requestSent;

    /** @param title the story's first line, such as {@code GET https://example.com/} */
    FetchTrace(DnsCache dns, String title) {
        this.dns = dns;
        this.title = title;
        lines.add(new Line(Log.Level.INFO, title));
    }

    /** The step in progress, or the last one taken: where a failure happened. */
    synchronized String step() {
        return step;
    }

    /** Notes that the body arrived compressed and how large it is once decoded. */
    synchronized void decoded(String contentEncoding, int bytes) {
        add("decode", contentEncoding + " undone: " + bytes + " bytes");
    }

    /** Notes a Content-Encoding the engine cannot undo. */
    synchronized void undecoded(String contentEncoding) {
        add("decode", "unknown Content-Encoding " + contentEncoding + ": the body is kept as it came");
    }

    /** Adds the cache's verdict, the last line of an exchange's story. */
    synchronized void cacheVerdict(String verdict) {
        this.verdict = verdict;
        lines.add(new Line(Log.Level.INFO, String.format(Locale.ROOT, "%13s%-9s %s", "", "cache", verdict)));
    }

    /** Writes the story to the log, and the timing of its steps. */
    synchronized void report(Log log) {
        for (Line line : lines) {
            if (line.level() == Log.Level.DETAIL) {
                log.detail(line.text());
            } else {
                log.info(line.text());
            }
        }
        log.fetched(new FetchTiming(title, start, millis(), steps, verdict));
    }

    @Override
    public synchronized void dnsStart(Call call, String host) {
        step = "DNS";
        begin("dns");
        dnsCacheState = dns.describe(host);
    }

    @Override
    public synchronized void dnsEnd(Call call, String host, List<InetAddress> addresses) {
        end("dns");
        String answer = addresses.stream().map(InetAddress::getHostAddress).collect(Collectors.joining(", "));
        add("dns", host + " → " + answer + " (" + dnsCacheState + ")");
    }

    @Override
    public synchronized void connectStart(Call call, InetSocketAddress address, Proxy proxy) {
        step = "TCP connect to " + hostAndPort(address);
        connectingTo = address;
        begin("connect");
    }

    @Override
    public synchronized void secureConnectStart(Call call) {
        end("connect");
        begin("tls");
        add("tcp", "connected to " + hostAndPort(connectingTo));
        step = "TLS handshake with " + call.request().url().host() + ":" + call.request().url().port();
    }

    @Override
    public synchronized void secureConnectEnd(Call call, Handshake handshake) {
        this.handshake = handshake;
        end("tls");
    }

    /** TCP and TLS are both done; only now is ALPN's choice of protocol known. */
    @Override
    public synchronized void connectEnd(Call call, InetSocketAddress address, Proxy proxy, Protocol protocol) {
        connected = true;
        end("connect");
        if (handshake == null) {
            add("tcp", "connected to " + hostAndPort(address));
        } else {
            add("tls", describe(handshake) + ", ALPN " + protocol + "; " + describe(handshake.peerCertificates()));
        }
    }

    @Override
    public synchronized void connectFailed(Call call, InetSocketAddress address, Proxy proxy, Protocol protocol, IOException e) {
        if (step.startsWith("TLS")) {
            add("tls", "handshake failed: " + e.getMessage());
        } else {
            add("tcp", "could not connect to " + hostAndPort(address) + ": " + e.getMessage());
        }
    }

    /** A connection taken from the pool skipped DNS, TCP and TLS: HTTP keep-alive at work. */
    @Override
    public synchronized void connectionAcquired(Call call, Connection connection) {
        if (!connected) {
            add("tcp", "reused the open connection to " + hostAndPort(connection.route().socketAddress())
                    + " (" + connection.protocol() + ", keep-alive)");
        }
    }

    @Override
    public synchronized void requestHeadersStart(Call call) {
        step = "request";
        begin("waiting");
    }

    @Override
    public synchronized void requestHeadersEnd(Call call, Request request) {
        requestSent = System.nanoTime();
        add("request", request.method() + " " + request.url());
        addHeaders(request.headers());
        step = "response";
    }

    /** The first byte of the response: waiting ends, downloading begins. */
    @Override
    public synchronized void responseHeadersStart(Call call) {
        end("waiting");
        begin("download");
    }

    @Override
    public synchronized void responseHeadersEnd(Call call, Response response) {
        double waited = (System.nanoTime() - requestSent) / 1e6;
        add("response", String.format(Locale.ROOT, "%s, first byte after %.1f ms", Network.statusLine(response), waited));
        addHeaders(response.headers());
        step = "response body";
    }

    @Override
    public synchronized void responseBodyEnd(Call call, long byteCount) {
        end("download");
        add("body", byteCount + " bytes received");
    }

    private void add(String name, String text) {
        lines.add(new Line(Log.Level.INFO, String.format(Locale.ROOT, "%8.1f ms  %-9s %s", millis(), name, text)));
    }

    /** Starts timing a step of the waterfall. */
    private void begin(String stepName) {
        begun.put(stepName, millis());
    }

    /** Ends a step begun before; a step never begun (the connect of a reused connection, say) is not drawn. */
    private void end(String stepName) {
        Double began = begun.remove(stepName);
        if (began != null) {
            steps.add(new FetchTiming.Step(stepName, began, millis()));
        }
    }

    private double millis() {
        return (System.nanoTime() - start) / 1e6;
    }

    private void addHeaders(Headers headers) {
        for (int i = 0; i < headers.size(); i++) {
            lines.add(new Line(Log.Level.DETAIL, String.format(Locale.ROOT, "%23s%s: %s", "", headers.name(i), headers.value(i))));
        }
    }

    private static String hostAndPort(InetSocketAddress address) {
        return address.getAddress().getHostAddress() + ":" + address.getPort();
    }

    private static String describe(Handshake handshake) {
        return handshake.tlsVersion().javaName() + ", " + handshake.cipherSuite().javaName();
    }

    /** The server's certificate: who it names, who vouches for it, until when. */
    private static String describe(List<Certificate> chain) {
        if (chain.isEmpty() || !(chain.get(0) instanceof X509Certificate certificate)) {
            return "no certificate";
        }
        return "certificate " + certificate.getSubjectX500Principal().getName() + ", issued by "
                + certificate.getIssuerX500Principal().getName() + ", valid until "
                + certificate.getNotAfter().toInstant().toString().substring(0, 10);
    }
}
