package org.glassbox;

import java.awt.image.BufferedImage;
import java.net.URI;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.glassbox.css.CssParser;
import org.glassbox.css.Cssom;
import org.glassbox.html.DepthLimit;
import org.glassbox.html.ElementLimit;
import org.glassbox.html.HtmlParser;
import org.glassbox.html.TextLimit;
import org.glassbox.layout.DocumentLayout;
import org.glassbox.layout.Fonts;
import org.glassbox.layout.LayoutTree;
import org.glassbox.layout.Viewport;
import org.glassbox.net.FetchRequest;
import org.glassbox.net.Navigator;
import org.glassbox.net.Network;
import org.glassbox.net.Response;
import org.glassbox.net.Subresources;
import org.glassbox.paint.BoxModelOverlay;
import org.glassbox.paint.DisplayList;
import org.glassbox.paint.Painter;
import org.glassbox.paint.PngEncoder;
import org.glassbox.paint.Rasterizer;
import org.glassbox.render.Images;
import org.glassbox.render.RenderTree;
import org.glassbox.script.DocumentScripts;
import org.glassbox.script.ScriptReport;
import org.glassbox.script.ScriptRunner;
import org.glassbox.style.GlyphMetrics;
import org.glassbox.style.StyledTree;
import org.glassbox.style.Styler;
import org.jsoup.nodes.Document;

/**
 * A browser engine: everything needed to turn an address into pixels, built once from a
 * configuration and used for any number of pages. {@link #load} tells the whole story of a page
 * load, one phase a line; each phase is timed and reported to the {@link PhaseListener}.
 *
 * <pre>{@code
 * try (Engine engine = Engine.builder().viewport(800, 600).build()) {
 *     Page page = engine.load("testpages/boxes.html");
 *     byte[] png = engine.encodePng(engine.rasterize(page));
 * }
 * }</pre>
 */
public final class Engine implements AutoCloseable {

    private final Viewport viewport;
    private final PhaseListener listener;
    private final Navigator navigator;
    private final Network network;
    private final HtmlParser htmlParser;
    private final ScriptRunner scripts;
    private final CssParser cssParser;
    private final Fonts fonts;
    private final Styler styler;
    private final DocumentLayout layout;
    private final Painter painter;
    private final Rasterizer rasterizer;
    private final PngEncoder pngEncoder = new PngEncoder();

    private Engine(Builder builder) {
        this.viewport = builder.viewport;
        this.listener = builder.listener;
        this.navigator = new Navigator(builder.workingDirectory);
        this.htmlParser = new HtmlParser(new Log(Phase.PARSE_HTML, listener));
        this.network = new Network(new Log(Phase.FETCH, listener), builder.trustedCertificates,
                builder.cacheDirectory, builder.readTimeout);
        this.scripts = new ScriptRunner(new Log(Phase.SCRIPT, listener), builder.scriptBudget, viewport,
                builder.scripting);
        this.cssParser = new CssParser(new Log(Phase.PARSE_CSS, listener), viewport, builder.scripting);
        this.rasterizer = new Rasterizer(new Log(Phase.RASTER, listener));
        this.fonts = new Fonts(builder.fontFiles);
        this.styler = new Styler(new GlyphMetrics(fonts::fontFor));
        this.layout = new DocumentLayout(fonts);
        this.painter = new Painter(fonts);
    }

    /** A builder with the defaults: an 800×600 viewport, no listener, no HTTP cache, a 5-second script budget. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Loads a page from a typed address — a URL, a host name or a file path — and takes it
     * through every phase up to the display list. The preload scan fetches what the page links to
     * before parsing starts; parsing runs each classic script as it reaches its end tag (a script
     * that asks where a box is gets style and layout run early, by {@link ForcedRendering}); the
     * script phase is what follows parsing: deferred and async scripts, the load event, the timers
     * and callbacks of the event loop.
     *
     * @throws LoadException if the address is malformed or nothing could be fetched from it
     */
    public Page load(String address) {
        return load(address, List.of());
    }

    /**
     * Loads a page as {@link #load(String)} does, and once it has loaded, before it is styled,
     * clicks the first element each of {@code clicks} (CSS selectors) selects, in turn, as a user
     * would. A click that follows a link loads the linked page instead, where the clicks left go on.
     *
     * @throws LoadException if the address is malformed or nothing could be fetched from it
     */
    public Page load(String address, List<String> clicks) {
        Response response = fetch(address);
        Subresources subresources = phase(Phase.SUBRESOURCES,
                () -> network.fetchAll(response.url(), htmlParser.preloadScan(response)), Subresources::summary);
        DocumentScripts scripting = scripts.forPage(subresources, new ForcedRendering(styler, layout, viewport, subresources));
        Document dom = phase(Phase.PARSE_HTML, () -> htmlParser.parse(response, scripting), HtmlParser::summary);
        ScriptReport scripted = phase(Phase.SCRIPT, () -> scripting.finishLoading(dom, clicks), ScriptReport::summary);
        if (scripted.navigation().isPresent()) {
            return load(scripted.navigation().get().url().toString(), scripted.navigation().get().clicksLeft());
        }
        limitDepth(dom);
        limitElements(dom);
        limitText(dom);
        Cssom cssom = phase(Phase.PARSE_CSS, () -> cssParser.parse(dom, subresources), Cssom::summary);
        StyledTree styles = phase(Phase.STYLE, () -> styler.computeStyles(dom, cssom, viewport), StyledTree::summary);
        Images images = new Images(subresources, new Log(Phase.RENDER_TREE, listener)); // decoded as boxes need them
        RenderTree renderTree = phase(Phase.RENDER_TREE, () -> RenderTree.build(styles, images), RenderTree::summary);
        LayoutTree layoutTree = phase(Phase.LAYOUT, () -> layout.layout(renderTree, viewport), LayoutTree::summary);
        DisplayList displayList = phase(Phase.PAINT, () -> painter.paint(layoutTree, images), DisplayList::summary);
        return new Page(response, dom, cssom, styles, renderTree, layoutTree, displayList);
    }

    /**
     * Fetches what a typed address points to, and nothing more: the network half of {@link #load}.
     *
     * @throws LoadException if the address is malformed or nothing could be fetched from it
     */
    public Response fetch(String address) {
        return fetch(FetchRequest.get(navigate(address)));
    }

    /**
     * Turns a typed address — a URL, a host name or a file path — into a URL, as the address bar does.
     *
     * @throws LoadException if the address is malformed
     */
    public URI navigate(String address) {
        return phase(Phase.NAVIGATE, () -> navigator.resolve(address), URI::toString);
    }

    /**
     * Makes any request, with its own method, header fields, body and cache mode.
     *
     * @throws LoadException if nothing could be fetched
     */
    public Response fetch(FetchRequest request) {
        return phase(Phase.FETCH, () -> network.fetch(request), Response::summary);
    }

    /** Draws a loaded page's display list into an image of the whole page, one pixel per CSS pixel. */
    public BufferedImage rasterize(Page page) {
        return rasterize(page, 1, false);
    }

    /**
     * Draws a loaded page's display list into an image of the whole page, or of the viewport only,
     * with {@code scale} pixels per CSS pixel: the device pixel ratio, 2 for a HiDPI screen.
     */
    public BufferedImage rasterize(Page page, double scale, boolean viewportOnly) {
        return rasterize(page.displayList(), page.layout().viewport(), scale, viewportOnly);
    }

    /**
     * Draws a loaded page with the margin, border, padding and content areas of every box over it,
     * in the colors of browser developer tools (see {@link BoxModelOverlay}); framed as {@link #rasterize(Page, double, boolean)}.
     */
    public BufferedImage rasterizeBoxModel(Page page, double scale, boolean viewportOnly) {
        DisplayList overlay = phase(Phase.PAINT, () -> BoxModelOverlay.over(page.displayList(), page.layout()),
                DisplayList::summary);
        return rasterize(overlay, page.layout().viewport(), scale, viewportOnly);
    }

    private BufferedImage rasterize(DisplayList displayList, Viewport viewport, double scale, boolean viewportOnly) {
        int width = viewportOnly ? viewport.width() : displayList.width();
        int height = viewportOnly ? viewport.height() : displayList.height();
        return phase(Phase.RASTER, () -> rasterizer.raster(displayList, width, height, scale),
                image -> image.getWidth() + "×" + image.getHeight() + " pixels");
    }

    /** Encodes an image as PNG. */
    public byte[] encodePng(BufferedImage image) {
        return phase(Phase.ENCODE, () -> pngEncoder.encode(image), png -> png.length + " bytes of PNG");
    }

    /** Closes the HTTP cache, writing out what it learned. */
    @Override
    public void close() {
        network.close();
    }

    /** Scripts may have built a DOM deeper than the later phases can walk: flattened as the parser would have. */
    private void limitDepth(Document dom) {
        int moved = DepthLimit.flatten(dom);
        if (moved > 0) {
            new Log(Phase.SCRIPT, listener).warn("the DOM was deeper than " + DepthLimit.MAX_DEPTH + " elements: the "
                    + moved + " elements below that depth became siblings, as the HTML parser makes them");
        }
    }

    /** Scripts may have added more elements than the parser keeps: those past the limit are removed. */
    private void limitElements(Document dom) {
        int removed = ElementLimit.cut(dom);
        if (removed > 0) {
            new Log(Phase.SCRIPT, listener).warn("scripts made the page more than " + ElementLimit.MAX_ELEMENTS
                    + " elements, the most Glassbox keeps: the " + removed + " elements past that were removed");
        }
    }

    /** A page with more text than layout can take in seconds keeps the first {@link TextLimit#MAX_TEXT_LENGTH} characters. */
    private void limitText(Document dom) {
        long length = TextLimit.cut(dom);
        if (length > TextLimit.MAX_TEXT_LENGTH) {
            new Log(Phase.PARSE_HTML, listener).warn("the page has " + length + " characters of text; layout takes the first "
                    + TextLimit.MAX_TEXT_LENGTH + ", the most Glassbox keeps, and the rest is left out");
        }
    }

    /** Runs one phase, timing it and telling the listener what it made. */
    private <T> T phase(Phase phase, Supplier<T> work, Function<T, String> summary) {
        listener.phaseStarted(phase);
        long start = System.nanoTime();
        T artifact = work.get();
        Duration duration = Duration.ofNanos(System.nanoTime() - start);
        listener.phaseFinished(phase, duration, artifact, summary.apply(artifact));
        return artifact;
    }

    /** Configures an {@link Engine}. */
    public static final class Builder {

        private Viewport viewport = Viewport.DEFAULT;
        private PhaseListener listener = PhaseListener.NONE;
        private List<X509Certificate> trustedCertificates = List.of();
        private Optional<Path> cacheDirectory = Optional.empty();
        private Duration readTimeout = Network.DEFAULT_READ_TIMEOUT;
        private List<Path> fontFiles = List.of();
        private Duration scriptBudget = Duration.ofSeconds(5);
        private boolean scripting = true;
        private Path workingDirectory = Path.of("").toAbsolutePath();

        private Builder() {}

        /** The viewport size in CSS pixels; 800×600 by default. */
        public Builder viewport(int width, int height) {
            this.viewport = new Viewport(width, height);
            return this;
        }

        /** Who hears about each phase and every message; nobody by default. */
        public Builder listener(PhaseListener listener) {
            this.listener = listener;
            return this;
        }

        /** Certificate authorities to trust for HTTPS besides the system's, such as a test server's. */
        public Builder trustedCertificates(List<X509Certificate> certificates) {
            this.trustedCertificates = List.copyOf(certificates);
            return this;
        }

        /** Where the HTTP cache keeps responses across runs; without one, every fetch goes to the network. */
        public Builder cacheDirectory(Path directory) {
            this.cacheDirectory = Optional.of(directory);
            return this;
        }

        /** TrueType fonts to know besides the bundled ones, by their family names, such as the CSS test suite's Ahem. */
        public Builder fonts(List<Path> files) {
            this.fontFiles = List.copyOf(files);
            return this;
        }

        /** How long to wait for a server's next bytes before giving up; 30 seconds by default. */
        public Builder readTimeout(Duration timeout) {
            this.readTimeout = timeout;
            return this;
        }

        /** How much CPU time each script may use before it is stopped; 5 seconds by default. */
        public Builder scriptBudget(Duration budget) {
            this.scriptBudget = budget;
            return this;
        }

        /**
         * Whether pages' scripts run; true by default. Without them a page is what a browser with
         * JavaScript turned off shows: no script runs, and {@code <noscript>} holds markup.
         */
        public Builder scripting(boolean enabled) {
            this.scripting = enabled;
            return this;
        }

        /** Where relative file paths in addresses start from; the current directory by default. */
        public Builder workingDirectory(Path directory) {
            this.workingDirectory = directory.toAbsolutePath();
            return this;
        }

        public Engine build() {
            return new Engine(this);
        }
    }
}
