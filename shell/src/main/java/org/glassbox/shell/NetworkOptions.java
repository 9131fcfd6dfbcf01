package org.glassbox.shell;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.glassbox.Engine;
import org.glassbox.LoadException;
import org.glassbox.PhaseListener;
import org.glassbox.net.Network;
import picocli.CommandLine.Option;

/**
 * The options of every command that goes to the network: the HTTP cache, extra certificate
 * authorities, and how much of the story to log.
 */
final class NetworkOptions {

    @Option(names = "--cache-dir", paramLabel = "DIR",
            description = "where the HTTP cache lives (default: glassbox/http in the user's cache directory)")
    Path cacheDirectory;

    @Option(names = "--no-cache", description = "use no HTTP cache: every request goes to the network")
    boolean noCache;

    @Option(names = "--ca", paramLabel = "FILE",
            description = "also trust the certificate authorities in this PEM file, such as the one `glassbox serve --tls` writes")
    Path caFile;

    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "how long to wait for a server's next bytes before giving up; a whole exchange may take twice as long"
                    + " (default: ${DEFAULT-VALUE})")
    double timeoutSeconds = Network.DEFAULT_READ_TIMEOUT.toSeconds();

    @Option(names = {"-v", "--verbose"}, description = "log every detail (request and response headers, cookies) and show stack traces of errors")
    boolean verbose;

    @Option(names = {"-q", "--quiet"}, description = "log nothing but errors")
    boolean quiet;

    ConsoleLog.Verbosity verbosity() {
        return quiet ? ConsoleLog.Verbosity.QUIET : verbose ? ConsoleLog.Verbosity.VERBOSE : ConsoleLog.Verbosity.NORMAL;
    }

    /** An engine builder with these options' cache and certificates, telling {@code listener} its story. */
    Engine.Builder engineBuilder(PhaseListener listener) {
        Engine.Builder builder = Engine.builder().listener(listener).readTimeout(Duration.ofMillis((long) (timeoutSeconds * 1000)));
        if (!noCache) {
            builder.cacheDirectory(cacheDirectory != null ? cacheDirectory : defaultCacheDirectory());
        }
        if (caFile != null) {
            builder.trustedCertificates(readCertificates(caFile));
        }
        return builder;
    }

    /** The platform's place for caches: XDG on Linux, Library/Caches on macOS, LOCALAPPDATA on Windows. */
    private static Path defaultCacheDirectory() {
        Path home = Path.of(System.getProperty("user.home"));
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        Path caches;
        if (os.startsWith("mac")) {
            caches = home.resolve("Library/Caches");
        } else if (os.startsWith("windows") && System.getenv("LOCALAPPDATA") != null) {
            caches = Path.of(System.getenv("LOCALAPPDATA"));
        } else {
            String xdg = System.getenv("XDG_CACHE_HOME");
            caches = xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".cache");
        }
        return caches.resolve("glassbox").resolve("http");
    }

    private static List<X509Certificate> readCertificates(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            List<X509Certificate> certificates = CertificateFactory.getInstance("X.509").generateCertificates(in).stream()
                    .map(X509Certificate.class::cast).toList();
            if (certificates.isEmpty()) {
                throw new LoadException("no certificates in " + file);
            }
            return certificates;
        } catch (IOException | CertificateException e) {
            throw new LoadException("cannot read certificates from " + file + ": " + e.getMessage(), e);
        }
    }
}
