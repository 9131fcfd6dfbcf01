package org.glassbox;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Small pages for tests: written to a temporary directory and loaded by a fresh engine. */
public final class Pages {

    private Pages() {}

    /** Writes {@code html} to {@code dir/page.html} and loads it with an 800×600 engine. */
    public static Page load(Path dir, String html) {
        return load(dir, html, new Recorder());
    }

    /** Like {@link #load(Path, String)}, reporting to {@code recorder}. */
    public static Page load(Path dir, String html, Recorder recorder) {
        return Engine.builder().listener(recorder).build().load(write(dir, "page.html", html).toString());
    }

    /** Writes a PNG of one color, {@code rgb} such as {@code 0x00ff00}, into {@code dir}. */
    public static Path writePng(Path dir, String name, int width, int height, int rgb) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, rgb);
            }
        }
        try {
            ImageIO.write(image, "png", dir.resolve(name).toFile());
            return dir.resolve(name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a file into {@code dir} and returns its path. */
    public static Path write(Path dir, String name, String content) {
        try {
            return Files.writeString(dir.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
