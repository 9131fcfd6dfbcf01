package org.glassbox.style;

import java.nio.file.Path;
import org.glassbox.Engine;
import org.glassbox.Page;
import org.glassbox.Pages;

/** Small pages for style tests: the computed style of the element with {@code id=t}. */
final class Styles {

    private Styles() {}

    /** The style of {@code #t} on {@code html}, loaded with an 800×600 viewport. */
    static ComputedStyle of(Path dir, String html) {
        return of(Pages.load(dir, html));
    }

    /** The style of {@code #t} on {@code html}, loaded with a viewport of {@code width}×{@code height}. */
    static ComputedStyle of(Path dir, String html, int width, int height) {
        Engine engine = Engine.builder().viewport(width, height).build();
        return of(engine.load(Pages.write(dir, "page.html", html).toString()));
    }

    /** {@code getComputedStyle(#t).getPropertyValue(property)} when {@code #t} has {@code style}. */
    static String value(Path dir, String style, String property) {
        return of(dir, "<div id=t style='" + style + "'>x</div>").getPropertyValue(property);
    }

    private static ComputedStyle of(Page page) {
        return page.styles().styleOf(page.dom().getElementById("t")).orElseThrow();
    }
}
