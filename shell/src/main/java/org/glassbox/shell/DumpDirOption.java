package org.glassbox.shell;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.glassbox.Engine;
import org.glassbox.Page;
import picocli.CommandLine.Option;

/** {@code --dump-dir DIR}, on {@code render} and {@code step}: every phase's artifact as a file (see {@link ArtifactFiles}). */
final class DumpDirOption {

    @Option(names = "--dump-dir", paramLabel = "DIR", description = "also write every phase's artifact into DIR:"
            + " network.log, dom.html, cssom.txt, style.txt, render-tree.txt, layout.txt, layout.json, display-list.txt,"
            + " page.png, overlay.png, and trace.json, the timings for Perfetto or chrome://tracing")
    Path directory;

    /** Writes the artifacts of a loaded page, if the option was given, and says so on {@code out}. */
    void write(Engine engine, Page page, Timeline timeline, PrintWriter out) throws IOException {
        if (directory != null) {
            List<Path> files = ArtifactFiles.write(directory, engine, page, timeline);
            out.println("wrote " + files.size() + " files to " + directory);
        }
    }
}
