package org.glassbox.shell;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The pages of {@code glassbox render DIR|LIST}: each address with the name its PNG takes. A
 * directory gives its {@code *.html}, {@code *.htm} and {@code *.xht} files, sorted by name; a
 * list file ({@code *.txt}) gives one address a line, skipping blank lines and {@code #} comments.
 */
final class BatchPages {

    /** One page of a batch: what to load, and the name of its PNG (without {@code .png}). */
    record BatchPage(String name, String address) {}

    private static final String PAGE_EXTENSION = "\\.(html?|xht)$";

    private BatchPages() {}

    /** Whether {@code address} names many pages, a directory or a list file, rather than one page. */
    static boolean isBatch(String address) {
        Path path = Path.of(address);
        return Files.isDirectory(path) || isListFile(path);
    }

    private static boolean isListFile(Path path) {
        return path.getFileName() != null && path.getFileName().toString().endsWith(".txt") && Files.isRegularFile(path);
    }

    /** The pages a directory or a list file names, each with a name no other page of the batch has. */
    static List<BatchPage> read(String address) throws IOException {
        Path path = Path.of(address);
        List<String> addresses = Files.isDirectory(path) ? pagesIn(path) : listedIn(path);
        Set<String> taken = new HashSet<>();
        List<BatchPage> pages = new ArrayList<>();
        for (String each : addresses) {
            pages.add(new BatchPage(unique(nameOf(each), taken), each));
        }
        return pages;
    }

    private static List<String> pagesIn(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> !Files.isDirectory(file))
                    .filter(file -> file.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*" + PAGE_EXTENSION))
                    .sorted().map(Path::toString).toList();
        }
    }

    private static List<String> listedIn(Path list) throws IOException {
        return Files.readAllLines(list, StandardCharsets.UTF_8).stream()
                .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
    }

    /**
     * A file name safe on every file system: a URL's host and path ({@code http://example.com/a/b.html}
     * gives {@code example.com_a_b}), a file's name, either without its page extension.
     */
    static String nameOf(String address) {
        String name = address.contains("://") ? hostAndPath(address) : Path.of(address).getFileName().toString();
        String safe = name.replaceAll("(?i)" + PAGE_EXTENSION, "").replaceAll("[^A-Za-z0-9._-]+", "_")
                .replaceAll("^[_.]+|_+$", "");
        return safe.isEmpty() ? "page" : safe;
    }

    /** What follows the scheme, up to the query or fragment; read as text, since a malformed URL needs a name too. */
    private static String hostAndPath(String url) {
        return url.substring(url.indexOf("://") + 3).replaceAll("[?#].*", "");
    }

    /** Two pages with one name (a.html and a.htm) must not overwrite each other's PNG: the second is a-2. */
    private static String unique(String name, Set<String> taken) {
        String candidate = name;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = name + "-" + n;
        }
        return candidate;
    }
}
