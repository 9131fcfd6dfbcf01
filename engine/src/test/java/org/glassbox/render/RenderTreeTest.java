package org.glassbox.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.glassbox.Pages;
import org.glassbox.style.Property;
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

    @Test
    void breaksAnInlineAroundABlockInsideIt() {
        assertThat(renderTree("<!DOCTYPE html><body>before <span>one<div>block</div>two</span> after</body>")).isEqualTo("""
                RenderBlock <html>
                  RenderBlock <body>
                    RenderBlock (anonymous)
                      RenderText "before "
                      RenderInline <span> (first part)
                        RenderText "one"
                    RenderBlock <div> (inside an inline)
                      RenderText "block"
                    RenderBlock (anonymous)
                      RenderInline <span> (last part)
                        RenderText "two"
                      RenderText " after"
                """);
    }

    @Test
    void breaksTheInlineAncestorsToo() {
        assertThat(renderTree("<!DOCTYPE html><div><b>a<i>b<div>block</div>c</i>d</b></div>")).contains("""
                    RenderBlock <div>
                      RenderBlock (anonymous)
                        RenderInline <b> (first part)
                          RenderText "a"
                          RenderInline <i> (first part)
                            RenderText "b"
                      RenderBlock <div> (inside an inline)
                        RenderText "block"
                      RenderBlock (anonymous)
                        RenderInline <b> (last part)
                          RenderInline <i> (last part)
                            RenderText "c"
                          RenderText "d"
                """);
    }

    @Test
    void aBlockInsideKeepsTheStylesOfTheInlinesAroundIt() {
        RenderBlock body = (RenderBlock) Pages.load(dir, "<!DOCTYPE html><b style='position: relative'><i>x<p>y</p></i></b>")
                .renderTree().root().children().get(0);
        RenderBlock p = (RenderBlock) body.children().get(1);

        assertThat(p.enclosingInlines()).extracting(style -> style.keyword(Property.POSITION))
                .containsExactly("relative", "static");
    }

    @Test
    void partsWithNothingButWhiteSpaceGenerateNoBoxes() {
        assertThat(renderTree("<!DOCTYPE html><div><span>\n  <div>one</div> <div>two</div>\n</span></div>")).contains("""
                    RenderBlock <div>
                      RenderBlock <div> (inside an inline)
                        RenderText "one"
                      RenderBlock <div> (inside an inline)
                        RenderText "two"
                """);
    }

    @Test
    void anEmptyPartWithABorderAtItsEdgeStays() {
        assertThat(renderTree("<!DOCTYPE html><div><span style='border-left: 1px solid'><div>one</div></span></div>")).contains("""
                    RenderBlock <div>
                      RenderBlock (anonymous)
                        RenderInline <span> (first part)
                      RenderBlock <div> (inside an inline)
                        RenderText "one"
                """);
    }

    @Test
    void twoPartsThatHoldTheSameAreStillTwoBoxes() {
        RenderBlock body = (RenderBlock) Pages.load(dir, "<!DOCTYPE html><span><p>1</p>same<p>2</p>same<p>3</p></span>")
                .renderTree().root().children().get(0);
        RenderObject first = body.children().get(1).children().get(0);
        RenderObject second = body.children().get(3).children().get(0);

        assertThat(first).isInstanceOf(RenderInline.class).isNotEqualTo(second);
        assertThat(first.hashCode()).isEqualTo(System.identityHashCode(first));
    }
}
