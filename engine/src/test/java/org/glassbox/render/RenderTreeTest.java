package org.glassbox.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.glassbox.Pages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderTreeTest {

    @TempDir
    Path dir;

    private String renderTree(String html) {
        return Pages.load(dir, html).renderTree().dump();
    }

    @Test
    void leavesOutDisplayNoneWithEverythingInside() {
        assertThat(renderTree("<!DOCTYPE html><title>T</title><p>shown</p><div style='display:none'><p>hidden</p></div>"))
                .isEqualTo("""
                        RenderBlock <html>
                          RenderBlock <body>
                            RenderBlock <p>
                              RenderText "shown"
                        """);
    }

    @Test
    void aRootWithDisplayNoneLeavesAnEmptyPage() {
        assertThat(renderTree("<html style='display: none'><p>hidden")).isEqualTo("RenderBlock (anonymous)\n");
    }

    @Test
    void wrapsInlineContentBesideBlocksInAnonymousBlocks() {
        assertThat(renderTree("<!DOCTYPE html><body>before <em>this</em><p>para</p>after</body>")).isEqualTo("""
                RenderBlock <html>
                  RenderBlock <body>
                    RenderBlock (anonymous)
                      RenderText "before "
                      RenderInline <em>
                        RenderText "this"
                    RenderBlock <p>
                      RenderText "para"
                    RenderBlock (anonymous)
                      RenderText "after"
                """);
    }

    @Test
    void emptyTextMakesNoBox() {
        assertThat(renderTree("<!DOCTYPE html><p id=p></p><script>document.getElementById('p')"
                + ".appendChild(document.createTextNode(''))</script>")).isEqualTo("""
                RenderBlock <html>
                  RenderBlock <body>
                    RenderBlock <p#p>
                """);
    }

    @Test
    void collapsesWhiteSpaceAndDropsItBetweenBlocks() {
        assertThat(renderTree("<!DOCTYPE html><body>\n  <div>  two\n\t words </div>\n  <div> </div>\n</body>")).isEqualTo("""
                RenderBlock <html>
                  RenderBlock <body>
                    RenderBlock <div>
                      RenderText " two words "
                    RenderBlock <div>
                """);
    }

    @Test
    void beforeAndAfterGenerateBoxesFirstAndLastInsideTheElement() {
        String html = "<style>p::before { content: '→ ' } p::after { content: ' (' attr(data-n) ')' }"
                + " h2::before { content: 'Part'; display: block } em::before { content: none }</style>"
                + "<h2>Title</h2><p data-n=2>Step <em>now</em></p>";

        assertThat(renderTree(html)).contains("""
                    RenderBlock <h2>
                      RenderBlock (anonymous)
                        RenderText "Part"
                      RenderBlock (anonymous)
                        RenderText "Title"
                    RenderBlock <p>
                      RenderInline (pseudo-element)
                        RenderText "→ "
                      RenderText "Step "
                      RenderInline <em>
                        RenderText "now"
                      RenderInline (pseudo-element)
                        RenderText " (2)"
                """);
    }
}
