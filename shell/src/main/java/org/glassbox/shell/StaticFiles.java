package org.glassbox.shell;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.stream.Collectors.joining;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URLEncoder;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.glassbox.LoadException;

/**
 * The files under one directory, served as an origin server serves them: a path names a file, a
 * directory serves its {@code index.html} or else a listing, and every file carries validators,
 * so that a cache can ask whether its copy is still current and be told {@code 304 Not Modified}.
 * The {@code _headers} rules add their fields to files and listings.
 */
final class StaticFiles {

    private final Path root;
    private final PrintWriter log;
    private HeadersFile headersFile;
    private FileTime headersModified;

    /** Serves the directory {@code root}; messages about its {@code _headers} go to {@code log}. */
    StaticFiles(Path root, PrintWriter log) {
        if (!Files.isDirectory(root)) {
            throw new LoadException("not a directory: " + root);
        }
        try {
            this.root = root.toRealPath();
        } catch (IOException e) {
            throw new LoadException("cannot serve " + root + ": " + e.getMessage(), e);
        }
        this.log = log;
    }

    /** The reply to a GET or HEAD for a path under the root. */
    Reply respond(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        Optional<Path> target = resolve(path);
        if (target.isEmpty()) {
            return Reply.notFound(String.valueOf(path));
        }
        return Files.isDirectory(target.get()) ? directory(exchange, target.get()) : file(exchange, path, target.get());
    }

    /**
     * The file {@code path} names, or empty if there is none or it lies outside the root. The
     * path arrives percent-decoded, so {@code %2e%2e} is caught here like a plain {@code ..};
     * the real path, with symbolic links followed, must be inside the root too.
     */
    private Optional<Path> resolve(String path) {
        if (path == null || !path.startsWith("/")) {
            return Optional.empty();
        }
        try {
            Path file = root.resolve(path.substring(1)).normalize();
            return file.startsWith(root) ? Optional.of(file.toRealPath()).filter(this::isServed) : Optional.empty();
        } catch (InvalidPathException | IOException e) {
            return Optional.empty();
        }
    }

    /** Whether a real path is one this server shows: inside the root, and not the {@code _headers} file. */
    private boolean isServed(Path real) {
        return real.startsWith(root) && !real.equals(root.resolve(HeadersFile.NAME));
    }

    private Reply directory(HttpExchange exchange, Path directory) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (!path.endsWith("/")) {
            // Relative links in the page resolve against the directory only with the final slash
            // (RFC 3986 §5.2.3), so send the browser there first, as nginx and Apache do.
            return Reply.redirect(301, exchange.getRequestURI().getRawPath() + "/");
        }
        Path index = directory.resolve("index.html");
        return Files.isRegularFile(index) ? file(exchange, path, index) : listing(path, directory);
    }

    /** A file: 304 if the request's preconditions say the client's copy is current, else 200. */
    private Reply file(HttpExchange exchange, String path, Path file) throws IOException {
        Headers request = exchange.getRequestHeaders();
        Representation representation = Representation.read(file,
                ContentCoding.acceptsGzip(request.getOrDefault("Accept-Encoding", List.of())));
        Headers rules = headersFile().fieldsFor(path);
        return ConditionalRequest.notModified(request, representation.entityTag(), representation.lastModified())
                .map(reason -> new Reply(304, join(representation.validatorFields(), rules), new byte[0], reason))
                .orElseGet(() -> new Reply(200, join(representation.contentFields(), rules), representation.content(),
                        representation.gzipped() ? "gzip" : ""));
    }

    /** A page linking to each entry of a directory that has no {@code index.html}. */
    private Reply listing(String path, Path directory) throws IOException {
        try (Stream<Path> entries = Files.list(directory)) {
            String items = entries.filter(entry -> !entry.equals(root.resolve(HeadersFile.NAME))).sorted()
                    .map(StaticFiles::listItem).collect(joining("\n"));
            Reply listing = Reply.page(200, "Index of " + path, "<ul>\n" + items + "\n</ul>");
            return new Reply(200, join(listing.headers(), headersFile().fieldsFor(path)), listing.body(), "listing");
        }
    }

    private static String listItem(Path entry) {
        String name = entry.getFileName().toString();
        String slash = Files.isDirectory(entry) ? "/" : "";
        String href = URLEncoder.encode(name, UTF_8).replace("+", "%20") + slash;
        return "<li><a href=\"" + href + "\">" + Reply.escape(name + slash) + "</a>";
    }

    private static Headers join(Headers fields, Headers more) {
        more.forEach((name, values) -> values.forEach(value -> fields.add(name, value)));
        return fields;
    }

    /** The {@code _headers} rules, read again whenever the file changes, so that edits apply at once. */
    private synchronized HeadersFile headersFile() throws IOException {
        Path file = root.resolve(HeadersFile.NAME);
        FileTime modified = Files.exists(file) ? Files.getLastModifiedTime(file) : FileTime.fromMillis(0);
        if (!modified.equals(headersModified)) {
            headersFile = HeadersFile.read(file);
            headersModified = modified;
            headersFile.problems().forEach(log::println);
            log.flush();
        }
        return headersFile;
    }
}
