package org.glassbox.shell;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.glassbox.LoadException;

/**
 * A file server on the loopback interface, for watching an HTTP cache at work: GET and HEAD of
 * the files under one directory ({@link StaticFiles}), with validators, conditional requests,
 * the {@code _headers} rules and gzip, plus the {@link LearnerEndpoints}. Each request is logged
 * in one line. The JDK's own server ({@code com.sun.net.httpserver}) does the sockets and the
 * parsing; it writes field names with only their first letter capital ({@code Etag},
 * {@code Cache-control}), which is fine because field names are case-insensitive (RFC 9110 §5.1).
 */
final class FileServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService threads;
    private final StaticFiles files;
    private final PrintWriter log;

    private FileServer(HttpServer server, StaticFiles files, PrintWriter log) {
        this.server = server;
        this.files = files;
        this.log = log;
        // A thread per exchange, so that one slow response (/_slow) does not hold up the others.
        this.threads = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "glassbox-serve");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(threads);
        server.createContext("/", this::handle);
    }

    /**
     * Starts serving {@code root} on 127.0.0.1:{@code port}, any free port for 0, over TLS when
     * given certificates; requests are logged to {@code log}. Throws {@link LoadException} when
     * the port is taken or {@code root} is not a directory.
     */
    static FileServer start(Path root, int port, Optional<ServerCertificates> tls, PrintWriter log) throws IOException {
        StaticFiles files = new StaticFiles(root, log);
        FileServer fileServer = new FileServer(bind(port, tls), files, log);
        fileServer.server.start();
        return fileServer;
    }

    /** The port the server listens on. */
    int port() {
        return server.getAddress().getPort();
    }

    /** The server's root URL, such as {@code http://localhost:8080/}. */
    String url() {
        return (server instanceof HttpsServer ? "https" : "http") + "://localhost:" + port() + "/";
    }

    /** Stops listening and cuts off exchanges still under way. */
    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    private static HttpServer bind(int port, Optional<ServerCertificates> tls) throws IOException {
        InetSocketAddress address = new InetSocketAddress("127.0.0.1", port);
        try {
            if (tls.isEmpty()) {
                return HttpServer.create(address, 0);
            }
            HttpsServer server = HttpsServer.create(address, 0);
            server.setHttpsConfigurator(new HttpsConfigurator(tls.get().sslContext()));
            return server;
        } catch (BindException e) {
            throw new LoadException("cannot listen on 127.0.0.1:" + port + ": " + e.getMessage(), e);
        }
    }

    /**
     * Answers one exchange, logging the reply just before it goes out; no request, however odd,
     * stops the server.
     */
    private void handle(HttpExchange exchange) {
        try (exchange) {
            Reply reply = replyTo(exchange);
            log(exchange, reply.summary());
            send(exchange, reply);
        } catch (IOException e) {
            log(exchange, "connection lost: " + e.getMessage());
        }
    }

    private Reply replyTo(HttpExchange exchange) {
        try {
            return route(exchange);
        } catch (Exception e) {
            return Reply.serverError(e);
        }
    }

    private Reply route(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = String.valueOf(exchange.getRequestURI().getPath());
        String query = exchange.getRequestURI().getRawQuery();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            return Reply.methodNotAllowed(method);
        }
        if (path.startsWith("/_redirect/")) {
            return LearnerEndpoints.redirect(path.substring("/_redirect/".length()));
        }
        return switch (path) {
            case "/_slow" -> LearnerEndpoints.slow(query);
            case "/_cookie" -> LearnerEndpoints.cookie(query, exchange.getRequestHeaders().get("Cookie"));
            default -> files.respond(exchange);
        };
    }

    /**
     * Writes the status, the fields and, except for HEAD, the body. A HEAD response carries the
     * Content-Length the GET would have (RFC 9110 §9.3.2); it is set by hand because the JDK's
     * server sets it only for a body it sends.
     */
    private static void send(HttpExchange exchange, Reply reply) throws IOException {
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.getResponseHeaders().putAll(reply.headers());
        if (head && reply.status() != 304) {
            exchange.getResponseHeaders().set("Content-Length", String.valueOf(reply.body().length));
        }
        // To the JDK's server -1 means no body, and 0 a body of unknown length, sent chunked.
        exchange.sendResponseHeaders(reply.status(), head || reply.body().length == 0 ? -1 : reply.body().length);
        if (!head) {
            exchange.getResponseBody().write(reply.body());
        }
    }

    private void log(HttpExchange exchange, String outcome) {
        log.println(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " → " + outcome);
        log.flush();
    }
}
