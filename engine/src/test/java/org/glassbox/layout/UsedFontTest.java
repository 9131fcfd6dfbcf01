package org.glassbox.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import org.junit.jupiter.api.Test;

/** A font's remembered widths are the widths Java2D measures, before and after the cache fills up and starts over. */
class UsedFontTest {

    private static final FontRenderContext RENDER_CONTEXT = new FontRenderContext(null, true, true);

    private final Font awtFont = new Font(Font.SERIF, Font.PLAIN, 16);
    private final UsedFont font = new UsedFont(awtFont);

    @Test
    void aRememberedWidthIsTheMeasuredWidth() {
        assertThat(font.width("Hello")).isEqualTo(measured("Hello"));
        assertThat(font.width("Hello")).isEqualTo(measured("Hello"));
        assertThat(font.width("Hell")).isEqualTo(measured("Hell"));
    }

    @Test
    void widthsStayRightPastTheCacheLimit() {
        double first = font.width("word0");
        for (int i = 1; i <= UsedFont.MAX_CACHED_WIDTHS + 10; i++) {
            assertThat(font.width("word" + i)).isEqualTo(measured("word" + i));
        }
        assertThat(font.width("word0")).isEqualTo(first).isEqualTo(measured("word0"));
    }

    private double measured(String text) {
        return awtFont.getStringBounds(text, RENDER_CONTEXT).getWidth();
    }
}
