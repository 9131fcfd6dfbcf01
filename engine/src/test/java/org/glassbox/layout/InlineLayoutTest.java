package org.glassbox.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.glassbox.Pages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Line boxes on small pages, read as printed trees. Each page's element boxes were checked
 * against Chromium's ({@code ../shared/tools/chrome-layout}) to 0.02px; {@link ChromiumLayoutTest}
 * holds the larger {@code testpages/line-boxes.html} to the same browser.
 */
class InlineLayoutTest {

    @TempDir
    Path dir;

    private String lines(String body) {
        String dump = Pages.load(dir, "<!DOCTYPE html><style>body { margin: 0 }</style>" + body).layout().dump();
        return dump.substring(dump.indexOf("    BlockBox <p>"));
    }

    /**
     * CSS 2.1 §9.4.2, §10.3.1: an inline box split over two lines has its left margin, border and
     * padding on the first line only, its right ones on the last only; Chromium's union of the two
     * is x=0 y=14 88.109×39.
     */
    @Test
    void anInlineBoxSplitOverLinesHasItsEdgesAtItsStartAndEnd() {
        assertThat(lines("<p style='width: 90px'>a <span style='border: 2px solid; padding: 0 5px; margin: 0 10px'>"
                + "split over two</span> lines</p>")).isEqualTo("""
                    BlockBox <p> x=0 y=16 w=90 h=36 margin=16 710 16 0
                      LineBox x=0 y=16 w=90 h=18 baseline=30
                        InlineBox <span> x=21.102 y=14 w=66.992 h=21 border=2 0 2 2 padding=0 0 0 5
                        TextRun "a " x=0 y=16 w=11.102 h=17 font=Liberation Serif 16px color=#000000
                        TextRun "split over" x=28.102 y=16 w=59.992 h=17 font=Liberation Serif 16px color=#000000
                      LineBox x=0 y=34 w=90 h=18 baseline=48
                        InlineBox <span> x=0 y=32 w=31 h=21 border=2 2 2 0 padding=0 5 0 0
                        TextRun "two" x=0 y=34 w=24 h=17 font=Liberation Serif 16px color=#000000
                        TextRun " lines" x=41 y=34 w=34.219 h=17 font=Liberation Serif 16px color=#000000
                """);
    }

    /**
     * CSS 2.1 §10.8.1: {@code sub} lowers a box by a fifth of its parent's font size plus a
     * pixel; a box aligned with the line's top, 50px tall, makes the line grow downwards, and one
     * aligned with its bottom then fits inside and sits on the line's bottom edge.
     */
    @Test
    void boxesAlignedWithTheLineBoxArePlacedLast() {
        assertThat(lines("<p>x <span style='vertical-align: top; line-height: 50px'>top</span>"
                + " <span style='vertical-align: sub'>sub</span>"
                + " <span style='vertical-align: bottom; font-size: 40px'>bottom</span></p>")).isEqualTo("""
                    BlockBox <p> x=0 y=16 w=800 h=50 margin=16 0 16 0
                      LineBox x=0 y=16 w=800 h=50 baseline=30
                        InlineBox <span> x=12 y=32 w=20.445 h=17
                        InlineBox <span> x=36.445 y=20.188 w=22.227 h=17
                        InlineBox <span> x=62.672 y=20 w=113.34 h=45
                        TextRun "x " x=0 y=16 w=12 h=17 font=Liberation Serif 16px color=#000000
                        TextRun "top" x=12 y=32 w=20.445 h=17 font=Liberation Serif 16px color=#000000
                        TextRun " " x=32.445 y=16 w=4 h=17 font=Liberation Serif 16px color=#000000
                        TextRun "sub" x=36.445 y=20.188 w=22.227 h=17 font=Liberation Serif 16px color=#000000
                        TextRun " " x=58.672 y=16 w=4 h=17 font=Liberation Serif 16px color=#000000
                        TextRun "bottom" x=62.672 y=20 w=113.34 h=45 font=Liberation Serif 40px color=#000000
                """);
    }
}
