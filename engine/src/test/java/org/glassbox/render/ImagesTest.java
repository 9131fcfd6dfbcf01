package org.glassbox.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32;
import org.glassbox.Pages;
import org.glassbox.Phase;
import org.glassbox.Recorder;
import org.glassbox.css.Color;
import org.glassbox.style.ComputedStyle;
import org.glassbox.style.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImagesTest {

    @TempDir
    Path dir;

    private final Recorder recorder = new Recorder();

    /**
     * A PNG's signature and header chunk claiming 50,000×50,000 pixels, and nothing else: decoding
     * it would need 10 GB, but only its header is ever read.
     */
    private static byte[] hugePngHeader() {
        ByteBuffer header = ByteBuffer.allocate(13).putInt(50_000).putInt(50_000)
                .put((byte) 8).put((byte) 6).put((byte) 0).put((byte) 0).put((byte) 0);
        byte[] type = "IHDR".getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(type);
        crc.update(header.array());
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        png.writeBytes(ByteBuffer.allocate(4).putInt(13).array());
        png.writeBytes(type);
        png.writeBytes(header.array());
        png.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
        return png.toByteArray();
    }

    @Test
    void refusesAnImageWhoseHeaderClaimsMoreThanThePixelBudget() {
        assertThat(Images.decode(hugePngHeader(), "huge.png", recorder.log(Phase.RENDER_TREE))).isEmpty();
        assertThat(recorder.messages()).containsExactly("WARNING render-tree: image huge.png is 50000×50000 pixels,"
                + " more than the 50000000 Glassbox decodes");
    }

    @Test
    void somethingThatIsNoImageIsBroken() {
        byte[] text = "<html>not found</html>".getBytes(StandardCharsets.UTF_8);
        assertThat(Images.decode(text, "page.html", recorder.log(Phase.RENDER_TREE))).isEmpty();
        assertThat(recorder.messages()).containsExactly("WARNING render-tree: image page.html is in no format Glassbox can decode");
    }

    @Test
    void decodesEachImageOnceAndLeavesBrokenOnesEmpty() {
        Pages.writePng(dir, "green.png", 3, 2, 0x00ff00);
        RenderTree renderTree = Pages.load(dir, "<!DOCTYPE html><img src=green.png><img src=green.png style='display: block'>"
                + "<img src=missing.png><img src=missing.png alt='A cat'>", recorder).renderTree();
        List<RenderObject> body = renderTree.root().children().get(0).children();
        RenderImage inline = (RenderImage) body.get(0).children().get(0);
        assertThat(inline.image().orElseThrow()).as("decoded once").isSameAs(((RenderImage) body.get(1)).image().orElseThrow());
        assertThat(renderTree.dump()).isEqualTo("""
                RenderBlock <html>
                  RenderBlock <body>
                    RenderBlock (anonymous)
                      RenderImage <img> 3×2
                    RenderImage <img> 3×2
                    RenderBlock (anonymous)
                      RenderBlock <img>
                        RenderImage (broken-image icon) 32×32
                      RenderBlock <img>
                        RenderImage (broken-image icon) 32×32
                        RenderBlock (anonymous)
                          RenderText "A cat"
                """);
    }

    /** Chromium's fallbacks, whose sizes {@code testpages/images.html} checks against Chromium's layout. */
    @Test
    void aBrokenImageShowsAnIconAndItsAltTextOrKeepsItsSizeFramedOrShowsNothing() {
        RenderTree renderTree = Pages.load(dir, "<!DOCTYPE html><p><img src=missing.png alt=''>"
                + "<img src=missing.png width=60 height=30><img src=missing.png width=60 height=10>"
                + "<img src=missing.png alt='Sized alt' width=60 height=30>", recorder).renderTree();
        assertThat(renderTree.dump()).isEqualTo("""
                RenderBlock <html>
                  RenderBlock <body>
                    RenderBlock <p>
                      RenderImage <img> (broken)
                      RenderBlock <img>
                        RenderImage (broken-image icon) 32×32
                      RenderBlock <img>
                      RenderBlock <img>
                        RenderImage (broken-image icon) 32×32
                        RenderBlock (anonymous)
                          RenderText "Sized alt"
                """);
        List<RenderObject> images = renderTree.root().children().get(0).children().get(0).children();
        ComputedStyle framed = images.get(1).style();
        assertThat(framed.display()).isEqualTo("inline-block");
        assertThat(framed.color(Property.BORDER_TOP_COLOR)).isEqualTo(new Color(192, 192, 192, 1));
        assertThat(images.get(2).style().keyword(Property.BORDER_TOP_STYLE)).as("too small for a frame").isEqualTo("none");
        assertThat(images.get(3).style().get(Property.WIDTH).is("auto")).as("sized by its alt text").isTrue();
    }
}
