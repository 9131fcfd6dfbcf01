package org.glassbox.paint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.glassbox.Page;
import org.glassbox.Pages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoxModelOverlayTest {

    @TempDir
    Path dir;

    /**
     * One box with every area, its margin-right the rest of the line (CSS 2.1 §10.3.3), its top and
     * bottom margins collapsed through the body's; the body's left margin; the html and body boxes
     * hold a block, so their content areas are left to it.
     */
    @Test
    void drawsEachAreaOfEveryBoxOnceAfterThePage() {
        Page page = Pages.load(dir, "<!DOCTYPE html><body style='margin: 0 0 0 10px'><div style='margin: 5px;"
                + " border: 2px solid black; padding: 3px; width: 20px; height: 10px'></div>");

        DisplayList overlay = BoxModelOverlay.over(page.displayList(), page.layout());

        assertThat(overlay.commands()).startsWith(page.displayList().commands().toArray(DisplayCommand[]::new));
        assertThat(overlay.dump().substring(page.displayList().dump().length())).isEqualTo("""
                FillRect x=0 y=5 w=10 h=20 color=rgba(246, 178, 107, 0.66)
                FillRect x=10 y=0 w=790 h=5 color=rgba(246, 178, 107, 0.66)
                FillRect x=10 y=25 w=790 h=5 color=rgba(246, 178, 107, 0.66)
                FillRect x=10 y=5 w=5 h=20 color=rgba(246, 178, 107, 0.66)
                FillRect x=45 y=5 w=755 h=20 color=rgba(246, 178, 107, 0.66)
                FillRect x=15 y=5 w=30 h=2 color=rgba(255, 229, 153, 0.66)
                FillRect x=15 y=23 w=30 h=2 color=rgba(255, 229, 153, 0.66)
                FillRect x=15 y=7 w=2 h=16 color=rgba(255, 229, 153, 0.66)
                FillRect x=43 y=7 w=2 h=16 color=rgba(255, 229, 153, 0.66)
                FillRect x=17 y=7 w=26 h=3 color=rgba(147, 196, 125, 0.55)
                FillRect x=17 y=20 w=26 h=3 color=rgba(147, 196, 125, 0.55)
                FillRect x=17 y=10 w=3 h=10 color=rgba(147, 196, 125, 0.55)
                FillRect x=40 y=10 w=3 h=10 color=rgba(147, 196, 125, 0.55)
                FillRect x=20 y=10 w=20 h=10 color=rgba(111, 168, 220, 0.66)
                """);
    }

    /** The paragraph's content area is tinted; the inline-block in its line gets its padding drawn over it, not a second tint. */
    @Test
    void tintsAContentAreaOnlyOnceWhenBoxesLieInIt() {
        Page page = Pages.load(dir, "<!DOCTYPE html><body style='margin: 0'><p style='margin: 0'>a"
                + " <span style='display: inline-block; padding: 2px'>b</span></p>");

        String overlay = BoxModelOverlay.over(page.displayList(), page.layout()).dump()
                .substring(page.displayList().dump().length());

        assertThat(overlay.lines().filter(line -> line.endsWith(BoxModelOverlay.CONTENT.toString()))).hasSize(1);
        assertThat(overlay.lines().filter(line -> line.endsWith(BoxModelOverlay.PADDING.toString()))).hasSize(4);
    }
}
