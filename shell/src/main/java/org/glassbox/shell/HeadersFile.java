package org.glassbox.shell;

import static java.util.stream.Collectors.joining;

import com.sun.net.httpserver.Headers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code _headers} file of a served directory, in Netlify's format: a line starting with
 * {@code /} is a path pattern, in which {@code *} matches any characters, and the
 * {@code Name: value} lines under it are header fields added to every response whose path
 * matches. Lines starting with {@code #} are comments. Every matching block applies, in file
 * order. Netlify's {@code :placeholder}s are not supported.
 *
 * <pre>
 * # Stylesheets may be reused for an hour without asking.
 * /*.css
 *   Cache-Control: max-age=3600
 * </pre>
 */
final class HeadersFile {

    /** The file's name in the served directory; the file itself is never served. */
    static final String NAME = "_headers";

    /** A field line: a field name, which is a token (RFC 9110 §5.1), a colon and the value. */
    private static final Pattern FIELD = Pattern.compile("([!#$%&'*+.^_`|~0-9A-Za-z-]+):\\s*(.*)");

    /** One path pattern and the fields under it. */
    private record Rule(Pattern path, List<Map.Entry<String, String>> fields) {}

    private final List<Rule> rules = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    private HeadersFile() {}

    /** Reads {@code file}; a missing file has no rules. */
    static HeadersFile read(Path file) throws IOException {
        return parse(Files.exists(file) ? Files.readString(file) : "");
    }

    /** Parses the text of a {@code _headers} file; lines it cannot read become {@link #problems()}. */
    static HeadersFile parse(String text) {
        HeadersFile file = new HeadersFile();
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            file.readLine(i + 1, lines.get(i));
        }
        return file;
    }

    /** The fields of every rule whose pattern matches {@code path}, in file order. */
    Headers fieldsFor(String path) {
        Headers fields = new Headers();
        rules.stream().filter(rule -> rule.path().matcher(path).matches())
                .forEach(rule -> rule.fields().forEach(field -> fields.add(field.getKey(), field.getValue())));
        return fields;
    }

    /** One line for each line of the file that was ignored, saying why. */
    List<String> problems() {
        return problems;
    }

    private void readLine(int number, String line) {
        String content = line.strip();
        Matcher field = FIELD.matcher(content);
        if (content.isEmpty() || content.startsWith("#")) {
            return;
        }
        if (content.startsWith("/")) {
            rules.add(new Rule(pattern(content), new ArrayList<>()));
        } else if (field.matches() && !rules.isEmpty()) {
            rules.get(rules.size() - 1).fields().add(Map.entry(field.group(1), field.group(2).strip()));
        } else {
            problems.add(NAME + " line " + number + " ignored: not a /path, a Name: value field under one, or a # comment");
        }
    }

    /** {@code *} matches any run of characters, slashes included; everything else matches itself. */
    private static Pattern pattern(String path) {
        return Pattern.compile(Arrays.stream(path.split("\\*", -1)).map(Pattern::quote).collect(joining(".*")));
    }
}
