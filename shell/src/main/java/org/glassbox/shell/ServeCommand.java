package org.glassbox.shell;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.glassbox.LoadException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code glassbox serve [DIR]}: a loopback file server with real HTTP caching behaviour. */
@Command(name = "serve", description = {
        "Serve a directory on 127.0.0.1 with real HTTP caching behaviour.",
        "Files carry ETag and Last-Modified, and If-None-Match or If-Modified-Since",
        "get 304 Not Modified; text is gzipped for clients that accept it.",
        "A _headers file in DIR (Netlify's format) adds fields such as Cache-Control",
        "by path; files without a rule get heuristic freshness from Last-Modified.",
        "",
        "Endpoints for watching the network:",
        "  /_redirect/N         302 to /_redirect/N-1, /_redirect/0 to / (N <= 50)",
        "  /_slow?ms=N          a page after N ms (default 2000, at most 30000)",
        "  /_cookie?NAME=VALUE  a Set-Cookie per pair; shows the Cookie received",
        "",
        "With --tls, pass the CA file to glassbox render --ca FILE.",
        "Each request is logged to stderr. Ctrl-C stops the server.",
        ""})
final class ServeCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "DIR", description = "the directory to serve (default: ${DEFAULT-VALUE})")
    Path directory = Path.of("testpages");

    @Option(names = "--port", paramLabel = "N", description = "the port to listen on, 0 for any free one (default: ${DEFAULT-VALUE})")
    int port = 8080;

    @Option(names = "--tls", description = "serve HTTPS, with a certificate from a new CA written to --ca-out")
    boolean tls;

    @Option(names = "--ca-out", paramLabel = "FILE", description = "where --tls writes the CA certificate (default: ${DEFAULT-VALUE})")
    Path caOut = Path.of("glassbox-serve-ca.pem");

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Optional<ServerCertificates> certificates = tls ? Optional.of(ServerCertificates.create()) : Optional.empty();
        try (FileServer server = FileServer.start(directory, port, certificates, spec.commandLine().getErr())) {
            certificates.ifPresent(this::writeAuthority);
            announce(server);
            awaitStop(server);
        }
        return 0;
    }

    private void writeAuthority(ServerCertificates certificates) {
        try {
            certificates.writeAuthorityPem(caOut);
        } catch (IOException e) {
            throw new LoadException("cannot write " + caOut + ": " + e.getMessage(), e);
        }
    }

    private void announce(FileServer server) {
        PrintWriter out = spec.commandLine().getOut();
        out.println("serving " + directory + " at " + server.url() + " (Ctrl-C to stop)");
        if (tls) {
            out.println("CA certificate written to " + caOut + " — pass --ca " + caOut + " to glassbox render and fetch");
        }
        out.flush();
    }

    /**
     * Waits for Ctrl-C, on which the JVM runs its shutdown hooks, this one closing the server
     * before the JVM exits. An interrupt (how tests stop it) also ends the wait.
     */
    private static void awaitStop(FileServer server) {
        Thread hook = new Thread(server::close, "glassbox-serve-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Runtime.getRuntime().removeShutdownHook(hook);
        }
    }
}
