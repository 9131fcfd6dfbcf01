package org.glassbox.render;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.glassbox.LoadException;
import org.glassbox.Log;
import org.glassbox.net.Subresources;
import org.jsoup.nodes.Element;

/**
 * The decoded images of one page, for the {@code <img>} elements that generate boxes and for
 * background images. Each URL is decoded the first time a box asks for it and remembered, so an
 * image used twice is decoded once. The bytes come from the subresources fetched in parallel with the page; Java's
 * ImageIO decodes them (PNG, JPEG, GIF — its first frame — and BMP).
 *
 * <p>Decoding allocates four bytes a pixel, and an image's header may claim any size, so the
 * size is read from the header first and an image over {@link #MAX_PIXELS} is refused, as
 * browsers refuse images that would exhaust memory. Whatever cannot be fetched or decoded is a
 * broken image: empty.
 */
public final class Images {

    /** 50 megapixels: 200 MB once decoded. */
    static final long MAX_PIXELS = 50_000_000;

    private final Subresources subresources;
    private final Log log;
    private final Map<URI, Optional<BufferedImage>> decoded = new HashMap<>();

    /** Images taken from {@code subresources}, with failures reported to {@code log}. */
    public Images(Subresources subresources, Log log) {
        this.subresources = subresources;
        this.log = log;
    }

    /** The image an {@code <img>} element's {@code src} points to, or empty if it is broken. */
    Optional<BufferedImage> of(Element img) {
        String src = img.absUrl("src");
        if (src.isEmpty()) {
            return Optional.empty();
        }
        try {
            return at(URI.create(src));
        } catch (IllegalArgumentException notAUrl) {
            log.warn("image " + src + " is not a URL");
            return Optional.empty();
        }
    }

    /** The image at {@code url}, such as a {@code background-image}'s, or empty if it is broken. */
    public Optional<BufferedImage> at(URI url) {
        return decoded.computeIfAbsent(url, this::fetchAndDecode);
    }

    private Optional<BufferedImage> fetchAndDecode(URI url) {
        try {
            return decode(subresources.fetch(url).body(), url.toString(), log);
        } catch (LoadException e) {
            log.warn("image " + url + " failed to load: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** Decodes an image in any format ImageIO reads, refusing one whose header claims more than {@link #MAX_PIXELS}. */
    static Optional<BufferedImage> decode(byte[] bytes, String name, Log log) {
        // A memory cache, not ImageIO's default temporary file: the bytes are in memory already.
        try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                log.warn("image " + name + " is in no format Glassbox can decode");
                return Optional.empty();
            }
            return read(readers.next(), input, name, log);
        } catch (IOException | RuntimeException e) {
            log.warn("image " + name + " could not be decoded: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** Reads only the header's size before deciding to decode the pixels; for a GIF, only the first frame. */
    private static Optional<BufferedImage> read(ImageReader reader, ImageInputStream input, String name, Log log)
            throws IOException {
        try {
            reader.setInput(input, true, true);
            long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
            if (pixels > MAX_PIXELS) {
                log.warn("image " + name + " is " + reader.getWidth(0) + "×" + reader.getHeight(0)
                        + " pixels, more than the " + MAX_PIXELS + " Glassbox decodes");
                return Optional.empty();
            }
            return Optional.of(reader.read(0));
        } finally {
            reader.dispose();
        }
    }
}
