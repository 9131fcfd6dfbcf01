package org.glassbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineTest {

    @TempDir
    Path dir;

    @Test
    void reportsEveryPhaseInPipelineOrderWithWhatItMade() {
        Recorder recorder = new Recorder();
        Engine engine = Engine.builder().listener(recorder).build();
        Page page = engine.load(Pages.write(dir, "page.html", "<!DOCTYPE html><h1>Hi</h1><p>there").toString());
        engine.encodePng(engine.rasterize(page));

        assertThat(recorder.phases()).extracting(line -> line.split(":")[0]).containsExactly(
                "navigate", "fetch", "subresources", "parse-html", "script", "parse-css", "style", "render-tree", "layout",
                "paint", "raster", "encode");
        assertThat(recorder.phases()).contains(
                "navigate: " + dir.resolve("page.html").toUri(),
                "fetch: 200 text/html, 34 bytes",
                "parse-html: 5 elements, 2 text nodes",
                "render-tree: 4 blocks, 0 inlines, 2 texts",
                "layout: 4 block boxes, 2 line boxes, page 800×600",
                "paint: 3 commands, canvas 800×600",
                "raster: 800×600 pixels");
    }

    @Test
    void aPageThatCannotBeLoadedIsOneClearError() {
        Engine engine = Engine.builder().workingDirectory(dir).build();
        assertThatThrownBy(() -> engine.load("missing.html"))
                .isInstanceOf(LoadException.class).hasMessage("no such file: " + dir.resolve("missing.html"));
    }

    @Test
    void theViewportWidthIsTheRootsContainingBlock() {
        Engine engine = Engine.builder().viewport(400, 300).build();
        Page page = engine.load(Pages.write(dir, "page.html", "<p>x").toString());
        assertThat(page.layout().root().width()).isEqualTo(400);
        assertThat(page.displayList().height()).isEqualTo(300);
    }

    @Test
    void withoutScriptingNoScriptRunsAndNoscriptRenders() {
        String html = "<!DOCTYPE html><body><script>document.body.setAttribute('data-ran', 'yes')</script>"
                + "<noscript><p>Turn on JavaScript.</p></noscript>";
        Engine withoutScripts = Engine.builder().scripting(false).build();
        Page page = withoutScripts.load(Pages.write(dir, "page.html", html).toString());

        assertThat(page.dom().body().hasAttr("data-ran")).isFalse();
        assertThat(page.layout().toJson()).contains("/html[1]/body[1]/noscript[1]/p[1]");
    }

    @Test
    void withScriptingNoscriptIsTextAndRendersNothing() {
        String html = "<!DOCTYPE html><body><script>document.body.setAttribute('data-ran', 'yes')</script>"
                + "<noscript><p>Turn on JavaScript.</p></noscript>";
        Page page = Engine.builder().build().load(Pages.write(dir, "page.html", html).toString());

        assertThat(page.dom().body().attr("data-ran")).isEqualTo("yes");
        assertThat(page.layout().toJson()).doesNotContain("noscript");
    }
}
