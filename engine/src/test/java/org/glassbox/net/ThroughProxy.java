package org.glassbox.net;

import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.util.function.Supplier;
import mockwebserver3.MockWebServer;

/**
 * Host names without DNS, for tests of what depends on them (cookie domains, sites): whatever is
 * built here sends its http requests to a test server as its proxy, and the proxy answers for any
 * host name. A network takes the JVM's default {@link ProxySelector} when it is made, so the
 * default is the server's only while the network is being made.
 */
public final class ThroughProxy {

    private ThroughProxy() {}

    /** What {@code build} makes — a network, an engine — with {@code server} as the proxy of its http requests. */
    public static synchronized <T> T build(MockWebServer server, Supplier<T> build) {
        ProxySelector system = ProxySelector.getDefault();
        ProxySelector.setDefault(ProxySelector.of(new InetSocketAddress(server.getHostName(), server.getPort())));
        try {
            return build.get();
        } finally {
            ProxySelector.setDefault(system);
        }
    }
}
