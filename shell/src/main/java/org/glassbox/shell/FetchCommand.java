package org.glassbox.shell;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.glassbox.Engine;
import org.glassbox.net.Response;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code glassbox fetch ADDRESS}: the network story of one URL. The steps — DNS, TCP, TLS, the
 * request, the response, the cache's verdict — go to stderr as they are logged; the status line
 * and headers (and with {@code --body} the body) go to stdout.
 */
@Command(name = "fetch", description = {
        "Fetch one URL and tell how: DNS, TCP, TLS, request, response and the HTTP cache's verdict.",
        "The steps go to stderr; the status line and headers (and the body with --body) to stdout."})
final class FetchCommand implements Callable<Integer> {

    @Parameters(paramLabel = "ADDRESS", description = "a URL, a host name or a file path")
    String address;

    @Option(names = "--body", description = "print the body after the headers")
    boolean body;

    @Mixin
    NetworkOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ConsoleLog log = new ConsoleLog(spec.commandLine().getErr(), options.verbosity());
        try (Engine engine = options.engineBuilder(log).build()) {
            print(engine.fetch(address));
        }
        return 0;
    }

    private void print(Response response) {
        PrintWriter out = spec.commandLine().getOut();
        out.println(response.statusLine().isEmpty() ? String.valueOf(response.status()) : response.statusLine());
        for (Map.Entry<String, List<String>> header : response.headers().entrySet()) {
            header.getValue().forEach(value -> out.println(header.getKey() + ": " + value));
        }
        out.flush();
        if (body) {
            out.println();
            out.print(response.text()); // decoded in its charset, as a terminal shows text
            out.flush();
        }
    }
}
