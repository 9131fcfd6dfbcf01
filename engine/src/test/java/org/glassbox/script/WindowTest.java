package org.glassbox.script;

import static org.assertj.core.api.Assertions.assertThat;

import org.glassbox.layout.Viewport;
import org.junit.jupiter.api.Test;

class WindowTest {

    @Test
    void theGlobalObjectIsTheWindowByEveryName() {
        PageRun page = PageRun.of("""
                <script>
                  var answer = 42;
                  console.log(window === self, window === globalThis, window === frames, window.answer,
                      window.document === document, window instanceof Window, this === window);
                </script>""");

        assertThat(page.infos()).containsExactly("console.log: true true true 42 true true true");
    }

    /** HTML §7.2: self, frames and parent are [Replaceable], so the old idiom {@code var self = this} works; window and top are not. */
    @Test
    void aScriptMayReplaceSelfButNotWindow() {
        PageRun page = PageRun.of("""
                <script>
                  var self = 'mine'; frames = 2;
                  window = 'ignored';
                  console.log(self, frames, window === this, typeof parent);
                </script>""");

        assertThat(page.infos()).containsExactly("console.log: mine 2 true object");
    }

    @Test
    void navigatorAndTheViewport() {
        PageRun page = PageRun.of("""
                <script>
                  console.log(navigator.userAgent, navigator.language, innerWidth, innerHeight, devicePixelRatio);
                </script>""");

        assertThat(page.infos()).containsExactly("console.log: Glassbox/0.1 en-US 800 600 1");
    }

    @Test
    void innerWidthAndHeightAreTheEnginesViewport() {
        PageRun page = PageRun.withViewport("<script>console.log(innerWidth, innerHeight);</script>", new Viewport(400, 300));

        assertThat(page.infos()).containsExactly("console.log: 400 300");
    }

    @Test
    void dialogsAreLoggedAndAnsweredAsIfCanceled() {
        PageRun page = PageRun.of("""
                <script>
                  var answers = [alert('hello'), confirm('sure?'), prompt('name?', 'x')];
                  console.log(answers[0], answers[1], answers[2]);
                </script>""");

        assertThat(page.infos()).containsExactly("alert: hello", "confirm: sure? (answered Cancel: false)",
                "prompt: name? (answered Cancel: null)", "console.log: undefined false null");
    }

    @Test
    void btoaAndAtobAndTheirInvalidCharacterError() {
        PageRun page = PageRun.of("""
                <script>
                  console.log(btoa('Hello, é'), atob('SGVs bG8=\\n'), atob('SGVsbG8'));
                  try { btoa('€'); } catch (e) { console.log(e.name); }
                  try { atob('a'); } catch (e) { console.log(e.name, e instanceof Error); }
                </script>""");

        assertThat(page.infos()).containsExactly("console.log: SGVsbG8sIOk= Hello Hello",
                "console.log: InvalidCharacterError", "console.log: InvalidCharacterError true");
    }

    @Test
    void storageKeepsStringsPerOriginForTheEnginesNextPages() {
        PageRun.SameEngine pages = new PageRun.SameEngine();
        PageRun first = pages.run("""
                <script>
                  localStorage.setItem('theme', 'dark');
                  localStorage.setItem('count', 2);
                  sessionStorage.setItem('visited', 'yes');
                  localStorage.setItem('gone', 'x');
                  localStorage.removeItem('gone');
                  console.log(localStorage.length, localStorage.key(0), localStorage.key(5), localStorage.getItem('count') === '2',
                      localStorage.getItem('missing'), localStorage === window.localStorage);
                </script>""", "https://example.com/a.html");
        PageRun second = pages.run("""
                <script>
                  console.log(localStorage.getItem('theme'), sessionStorage.getItem('visited'));
                  localStorage.clear();
                  console.log(localStorage.length);
                </script>""", "https://example.com/b.html");
        PageRun other = pages.run("<script>console.log(localStorage.getItem('theme'));</script>", "https://example.org/");

        assertThat(first.infos()).containsExactly("console.log: 2 theme null true null true");
        assertThat(second.infos()).containsExactly("console.log: dark yes", "console.log: 0");
        assertThat(other.infos()).containsExactly("console.log: null");
    }

    @Test
    void theNewHostObjectsShowNothingOfJava() {
        PageRun page = PageRun.of("""
                <script>
                  var objects = [window, localStorage, new XMLHttpRequest(), new CustomEvent('x'), new EventTarget(),
                      navigator, performance, EventTarget.prototype.addEventListener];
                  var leaks = objects.filter(function (o) {
                    return o.getClass !== undefined || o.notify !== undefined || o.wait !== undefined;
                  });
                  console.log(leaks.length, typeof Packages, typeof java, typeof getClass);
                </script>""");

        assertThat(page.infos()).containsExactly("console.log: 0 undefined undefined undefined");
    }

    @Test
    void storedKeysAreAlsoProperties() {
        PageRun page = PageRun.of("""
                <script>
                  localStorage.theme = 'dark';
                  localStorage.setItem('getItem', 'shadowed?');
                  console.log(localStorage.getItem('theme'), localStorage.theme, 'theme' in localStorage,
                      typeof localStorage.getItem, Object.keys(localStorage).join());
                  delete localStorage.theme;
                  console.log(localStorage.theme, localStorage.length);
                </script>""");

        assertThat(page.infos()).containsExactly("console.log: dark dark true function theme,getItem",
                "console.log: undefined 1");
    }
}
