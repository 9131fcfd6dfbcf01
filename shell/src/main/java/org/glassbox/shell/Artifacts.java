package org.glassbox.shell;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.glassbox.Phase;
import org.glassbox.css.Cssom;
import org.glassbox.html.DomPrinter;
import org.glassbox.layout.LayoutTree;
import org.glassbox.net.Response;
import org.glassbox.net.Subresources;
import org.glassbox.paint.DisplayList;
import org.glassbox.render.RenderTree;
import org.glassbox.script.ScriptReport;
import org.glassbox.style.StyledTree;
import org.jsoup.nodes.Document;

/**
 * What each phase makes, as debug stepping names, prints and saves it: the same text as
 * {@code glassbox dump} prints, and the source file where a reader finds the phase.
 */
final class Artifacts {

    private Artifacts() {}

    /** The artifact's name, such as {@code DOM} for parse-html. */
    static String name(Phase phase) {
        return switch (phase) {
            case NAVIGATE -> "URL";
            case FETCH -> "response";
            case SUBRESOURCES -> "subresources";
            case PARSE_HTML -> "DOM";
            case SCRIPT -> "scripts";
            case PARSE_CSS -> "CSSOM";
            case STYLE -> "computed styles";
            case RENDER_TREE -> "render tree";
            case LAYOUT -> "layout tree";
            case PAINT -> "display list";
            case RASTER -> "image";
            case ENCODE -> "PNG";
        };
    }

    /** The file, under engine/src/main/java/org/glassbox/, whose entry point the phase is. */
    static String source(Phase phase) {
        return switch (phase) {
            case NAVIGATE -> "net/Navigator.java";
            case FETCH -> "net/Network.java";
            case SUBRESOURCES -> "net/Subresources.java";
            case PARSE_HTML -> "html/HtmlParser.java";
            case SCRIPT -> "script/DocumentScripts.java";
            case PARSE_CSS -> "css/CssParser.java";
            case STYLE -> "style/Styler.java";
            case RENDER_TREE -> "render/RenderTree.java";
            case LAYOUT -> "layout/DocumentLayout.java";
            case PAINT -> "paint/Painter.java";
            case RASTER -> "paint/Rasterizer.java";
            case ENCODE -> "paint/PngEncoder.java";
        };
    }

    /** The whole artifact as text: each tree's own dump, a response's header and body. */
    static String text(Object artifact) {
        if (artifact instanceof Document dom) {
            return DomPrinter.print(dom);
        } else if (artifact instanceof Response response) {
            return headers(response) + "\n" + response.text();
        } else if (artifact instanceof Cssom cssom) {
            return cssom.dump();
        } else if (artifact instanceof StyledTree styles) {
            return styles.dump();
        } else if (artifact instanceof RenderTree renderTree) {
            return renderTree.dump();
        } else if (artifact instanceof LayoutTree layout) {
            return layout.dump();
        } else if (artifact instanceof DisplayList displayList) {
            return displayList.dump();
        } else if (artifact instanceof BufferedImage image) {
            return image.getWidth() + "×" + image.getHeight() + " pixels (s FILE saves them as PNG)";
        } else if (artifact instanceof byte[] png) {
            return png.length + " bytes of PNG (s FILE saves them)";
        } else if (artifact instanceof Subresources subresources) {
            return subresources.summary() + " (the log shows their waterfall)\n";
        } else if (artifact instanceof ScriptReport report) {
            return report.summary() + "\n";
        }
        return artifact + "\n";
    }

    /** Writes the artifact to {@code file}, an image as PNG; says what was written. */
    static String save(Object artifact, Path file) throws IOException {
        if (artifact instanceof BufferedImage image) {
            ImageIO.write(image, "png", file.toFile());
        } else if (artifact instanceof byte[] png) {
            Files.write(file, png);
        } else {
            Files.writeString(file, text(artifact));
        }
        return file + " (" + Files.size(file) + " bytes)";
    }

    private static String headers(Response response) {
        String statusLine = response.statusLine().isEmpty() ? "status " + response.status() : response.statusLine();
        StringBuilder text = new StringBuilder(statusLine).append('\n');
        for (Map.Entry<String, List<String>> header : response.headers().entrySet()) {
            header.getValue().forEach(value -> text.append(header.getKey()).append(": ").append(value).append('\n'));
        }
        return text.toString();
    }
}
