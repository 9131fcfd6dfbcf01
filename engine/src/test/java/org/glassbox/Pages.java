package org.glassbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

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

    /** Writes a file into {@code dir} and returns its path. */
    public static Path write(Path dir, String name, String content) {
        try {
            return Files.writeString(dir.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
