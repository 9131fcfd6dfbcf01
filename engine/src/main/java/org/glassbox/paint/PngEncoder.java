package org.glassbox.paint;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** The encode phase: an image to PNG bytes, with Java's own ImageIO writer. */
public final class PngEncoder {

    /** Encodes {@code image} as a PNG file's bytes. */
    public byte[] encode(BufferedImage image) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode PNG", e);
        }
        return png.toByteArray();
    }
}
