package org.glassbox.shell;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.glassbox.Engine;
import org.glassbox.LoadException;
import org.glassbox.net.FetchRequest;
import org.glassbox.net.Response;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code glassbox fetch ADDRESS}: the network story of one URL. The steps — DNS, TCP, TLS, the
 * request, the response, the cache's verdict — go to stderr as they are logged; the status line
 * and headers (and with {@code --body} the body) go to stdout. The request options are curl's,
 * so that any tool can drive the engine's HTTP cache.
 */
@Command(name = "fetch", description = {
        "Fetch one URL and tell how: DNS, TCP, TLS, request, response and the HTTP cache's verdict.",
        "The steps go to stderr; the status line and headers (and the body with --body) to stdout."})
final class FetchCommand implements Callable<Integer> {

    @Parameters(paramLabel = "ADDRESS", description = "a URL, a host name or a file path")
    String address;

    @Option(names = {"-X", "--request"}, paramLabel = "METHOD", description = "the request method (default: GET, or POST with --data)")
    String method;

    @Option(names = {"-H", "--header"}, paramLabel = "'NAME: VALUE'", description = "a request header field; repeat for more")
    List<String> headers = new ArrayList<>();

    @Option(names = {"-d", "--data"}, paramLabel = "STRING|@FILE", description = "the request body, or @FILE for a file's bytes")
    String data;

    @Option(names = "--body", description = "print the body after the headers")
    boolean body;

    @Option(names = "--raw", description = "print exactly the response the cache layer returned: status line, headers, a blank line, the body's bytes")
    boolean raw;

    @Mixin
    NetworkOptions options;

    @ParentCommand
    Glassbox glassbox;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        ConsoleLog log = new ConsoleLog(spec.commandLine().getErr(), options.verbosity());
        try (Engine engine = options.engineBuilder(log).build()) {
            Response response = engine.fetch(request(engine.navigate(address)));
            if (raw) {
                printRaw(response, glassbox.stdout());
            } else {
                print(response, spec.commandLine().getOut());
            }
        }
        return 0;
    }

    /** The request the options describe; like curl, a body without -X means POST. */
    private FetchRequest request(URI url) throws IOException {
        byte[] bytes = data == null ? new byte[0] : data(data);
        String verb = method != null ? method : data != null ? "POST" : "GET";
        List<FetchRequest.Header> fields = new ArrayList<>();
        for (String header : headers) {
            fields.add(header(header));
        }
        if (data != null && fields.stream().noneMatch(field -> field.name().equalsIgnoreCase("Content-Type"))) {
            fields.add(new FetchRequest.Header("Content-Type", "application/x-www-form-urlencoded"));
        }
        return new FetchRequest(verb, url, fields, bytes, FetchRequest.CacheMode.DEFAULT, true);
    }

    private FetchRequest.Header header(String line) {
        int colon = line.indexOf(':');
        if (colon <= 0) {
            throw new ParameterException(spec.commandLine(), "a header is 'Name: value', not '" + line + "'");
        }
        return new FetchRequest.Header(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
    }

    private static byte[] data(String data) throws IOException {
        if (!data.startsWith("@")) {
            return data.getBytes(StandardCharsets.UTF_8);
        }
        Path file = Path.of(data.substring(1));
        if (!Files.isReadable(file)) {
            throw new LoadException("cannot read --data file " + file);
        }
        return Files.readAllBytes(file);
    }

    private void print(Response response, PrintWriter out) {
        out.println(response.statusLine().isEmpty() ? String.valueOf(response.status()) : response.statusLine());
        for (Map.Entry<String, List<String>> header : response.headers().entrySet()) {
            header.getValue().forEach(value -> out.println(header.getKey() + ": " + value));
        }
        if (body) {
            out.println();
            out.print(response.text()); // decoded in its charset, as a terminal shows text
        }
        out.flush();
    }

    /** The response as HTTP/1.1 would carry it, lines ending in CRLF, the body's bytes untouched. */
    private static void printRaw(Response response, PrintStream out) {
        StringBuilder head = new StringBuilder(response.statusLine().isEmpty() ? "HTTP/1.1 " + response.status() : response.statusLine());
        head.append("\r\n");
        response.headers().forEach((name, values) -> values.forEach(value -> head.append(name).append(": ").append(value).append("\r\n")));
        head.append("\r\n");
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1), 0, head.length());
        byte[] bytes = response.body();
        out.write(bytes, 0, bytes.length);
        out.flush();
    }
}
