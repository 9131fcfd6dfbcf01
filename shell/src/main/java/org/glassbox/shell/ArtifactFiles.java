package org.glassbox.shell;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.glassbox.Engine;
import org.glassbox.Page;
import org.glassbox.Phase;

/**
 * Every artifact of a page load as a file of one directory, for {@code --dump-dir}: what each
 * phase made, printed as {@code glassbox dump} prints it, the images, and the timings.
 *
 * <pre>
 * network.log       the network's story: each fetch step by step with its timings, the waterfall
 * dom.html          the DOM as HTML, after the scripts ran
 * cssom.txt         the stylesheets: rules with their specificity, parse errors
 * style.txt         every element's computed values
 * render-tree.txt   the boxes that will be laid out
 * layout.txt        the box tree with its geometry; layout.json the same as Chromium's tool writes it
 * display-list.txt  the paint commands
 * page.png          the page, at scale 1
 * trace.json        the phases' and fetches' timings as Chrome trace events (Perfetto, chrome://tracing)
 * overlay.png       the page with every box's margin, border, padding and content drawn over it
 * </pre>
 *
 * Any command that has loaded a page with a {@link Timeline} listening can call {@link #write}.
 */
final class ArtifactFiles {

    /** The phases whose log lines make {@code network.log}. */
    private static final Set<Phase> NETWORK = Set.of(Phase.NAVIGATE, Phase.FETCH, Phase.SUBRESOURCES);

    private final Path directory;
    private final List<Path> written = new ArrayList<>();

    private ArtifactFiles(Path directory) {
        this.directory = directory;
    }

    /**
     * Writes the artifacts of {@code page}, loaded by {@code engine} while {@code timeline}
     * listened, into {@code directory}, creating it if need be; returns the files written.
     * The trace is taken once {@code page.png} is drawn, so it holds the load and its image, each
     * phase once; the overlay is drawn after it.
     */
    static List<Path> write(Path directory, Engine engine, Page page, Timeline timeline) throws IOException {
        ArtifactFiles files = new ArtifactFiles(Files.createDirectories(directory));
        files.text("network.log", timeline.log(NETWORK));
        files.text("dom.html", page.dom().outerHtml());
        files.text("cssom.txt", page.cssom().dump());
        files.text("style.txt", page.styles().dump());
        files.text("render-tree.txt", page.renderTree().dump());
        files.text("layout.txt", page.layout().dump());
        files.text("layout.json", page.layout().toJson());
        files.text("display-list.txt", page.displayList().dump());
        files.bytes("page.png", engine.encodePng(engine.rasterize(page)));
        files.text("trace.json", TraceEvents.of(timeline, page.url().toString()));
        files.bytes("overlay.png", engine.encodePng(engine.rasterizeBoxModel(page, 1, false)));
        return List.copyOf(files.written);
    }

    private void text(String name, String content) throws IOException {
        bytes(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private void bytes(String name, byte[] content) throws IOException {
        written.add(Files.write(directory.resolve(name), content));
    }
}
