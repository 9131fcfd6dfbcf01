package org.glassbox.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.glassbox.Pages;
import org.glassbox.Recorder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scripts that ask where boxes are get real answers; the expected numbers are Chromium's for the same page. */
class LayoutQueriesTest {

    private static final String PAGE = """
            <!doctype html><body style="margin: 10px">
            <div id=box style="width: 100px; height: 50px; padding: 5px; border: 2px solid; margin: 7px 0 0 3px"></div>
            <p id=p>x <span id=s>inline</span></p>
            <div id=pos style="position: relative; border: 4px solid; margin-left: 20px"><div id=child style="margin: 6px 0 0 9px">c</div></div>
            <script>
              var box = document.getElementById('box'), child = document.getElementById('child');
              var r = box.getBoundingClientRect();
              console.log(box.offsetWidth, box.offsetHeight, box.offsetLeft, box.offsetTop, box.clientWidth, box.clientHeight);
              console.log(r.x, r.y, r.width, r.height, r.top, r.right, r.bottom, r.left);
              console.log(box.offsetParent === document.body, document.body.offsetParent, document.getElementById('s').clientWidth);
              console.log(child.offsetParent === document.getElementById('pos'), child.offsetTop, child.offsetLeft);
              var style = getComputedStyle(document.getElementById('p'));
              console.log(style.marginTop, style.getPropertyValue('margin-bottom'), style.color, style.display);
              box.style.width = '50px';
              console.log(box.offsetWidth, box.offsetWidth, document.documentElement.clientWidth, document.documentElement.clientHeight);
            </script>""";

    @TempDir
    Path dir;

    @Test
    void geometryAndComputedStyleAreChromiums() {
        Recorder recorder = new Recorder();
        Pages.load(dir, PAGE, recorder);

        assertThat(consoleLines(recorder)).containsExactly(
                "114 64 13 10 110 60",
                "13 10 114 64 10 127 74 13",
                "true null 0",
                "true 6 9",
                "16px 16px rgb(0, 0, 0) block",
                "64 64 800 600");
    }

    @Test
    void layoutIsForcedOnceUntilTheDomChanges() {
        Recorder recorder = new Recorder();
        Pages.load(dir, PAGE, recorder);

        List<String> forced = recorder.messages().stream().filter(line -> line.contains("forced layout")).toList();
        assertThat(forced).hasSize(2);
        assertThat(forced.get(0)).startsWith("INFO script: forced layout for getBoundingClientRect of <div#box> (");
        assertThat(forced.get(1)).startsWith("INFO script: forced layout for offsetWidth of <div#box> (");
    }

    @Test
    void computedWidthAndHeightAreUsedValuesFromLayout() {
        Recorder recorder = new Recorder();
        Pages.load(dir, """
                <!doctype html><body>
                <div id=a style="padding: 5px 7px; border: 2px solid">auto width</div>
                <div id=b style="width: 50%; box-sizing: border-box; padding: 10px; height: 30px">half</div>
                <span id=c>inline</span>
                <script>
                  var a = getComputedStyle(document.getElementById('a')), b = getComputedStyle(document.getElementById('b'));
                  console.log(a.width, a.height, b.width, b.height, getComputedStyle(document.getElementById('c')).width);
                </script>""", recorder);

        assertThat(consoleLines(recorder)).containsExactly("766px 18px 392px 30px auto");
    }

    @Test
    void offsetsFromTheBodyCountFromThePageUnlessTheBodyIsPositioned() {
        Recorder recorder = new Recorder();
        Pages.load(dir, """
                <!doctype html><body style="margin: 10px; border: 5px solid; padding: 3px"><div id=d>x</div>
                <script>
                  var d = document.getElementById('d');
                  console.log(d.offsetTop, d.offsetLeft);
                  document.body.style.position = 'relative';
                  console.log(d.offsetTop, d.offsetLeft);
                </script>""", recorder);

        assertThat(consoleLines(recorder)).containsExactly("18 18", "8 8");
    }

    @Test
    void computedStylesAreReadOnly() {
        Recorder recorder = new Recorder();
        Pages.load(dir, """
                <body><p id=p>x</p><script>
                  try { getComputedStyle(document.getElementById('p')).color = 'red'; } catch (e) { console.log(e.name); }
                  console.log(getComputedStyle(document.getElementById('p')).noSuchProperty);
                </script>""", recorder);

        assertThat(consoleLines(recorder)).containsExactly("TypeError", "undefined");
    }

    private static List<String> consoleLines(Recorder recorder) {
        return recorder.messages().stream().filter(line -> line.startsWith("INFO script: console.log: "))
                .map(line -> line.substring("INFO script: console.log: ".length())).toList();
    }
}
