package org.glassbox.paint;

import java.awt.image.BufferedImage;

/**
 * The encode phase: an image to PNG bytes (PNG §11: the IHDR, IDAT and IEND chunks, 8-bit RGB),
 * with the {@code com.pngencoder} library.
 *
 * <p>Why this encoder and this level: encoding was the slowest phase of a small page. Measured on
 * the 27 test pages (CPU time of one thread, median of 31 rounds), ImageIO's writer took 10.0 ms a
 * page for 789 KB in all; {@code com.pngencoder} at deflate level 1 took 2.8 ms for 944 KB, at
 * level 3 2.9 ms for 897 KB, at level 6 5.6 ms for 760 KB. Levels 1 to 3 are zlib's fast
 * strategy and cost the same, so level 3 gives the smaller file for free: a third of ImageIO's
 * time at 14% more bytes. Adaptive row filters (the library's "predictor encoding") made pages
 * slower and larger, as the flat colors of a web page compress well unfiltered.
 *
 * <p>The library's multi-threaded mode is off: it runs on a thread pool shared by the whole JVM,
 * while Glassbox keeps no global state and a batch already gives each core a page of its own. One
 * deflate stream through {@link java.util.zip.Deflater}, as ImageIO used, keeps the bytes the same
 * on every machine (given the same zlib under the JDK).
 */
public final class PngEncoder {

    private static final int COMPRESSION_LEVEL = 3;

    /** Encodes {@code image} as a PNG file's bytes. */
    public byte[] encode(BufferedImage image) {
        return new com.pngencoder.PngEncoder()
                .withBufferedImage(image)
                .withCompressionLevel(COMPRESSION_LEVEL)
                .withMultiThreadedCompressionEnabled(false)
                .toBytes();
    }
}
