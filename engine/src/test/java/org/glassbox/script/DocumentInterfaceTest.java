package org.glassbox.script;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The {@code Document} interface (DOM §4.5, HTML §3.1.3) and {@code document.location}, as scripts see them. */
class DocumentInterfaceTest {

    @Test
    void theRootsAreHtmlHeadAndBody() {
        PageRun page = PageRun.of("""
                <title>t</title><p>text</p>
                <script>
                  console.log(document.documentElement.tagName, document.head.tagName, document.body.tagName);
                  console.log(document.head.firstElementChild.textContent, document.childElementCount, document.children[0].tagName);
                </script>""");

        assertThat(page.infos()).containsExactly("console.log: HTML HEAD BODY", "console.log: t 1 HTML");
    }

    @Test
    void titleIsReadCollapsedAndSetInPlaceOrInTheHead() {
        PageRun page = PageRun.of("""
                <title>  My \n  page </title>
                <script>
                  console.log('[' + document.title + ']');
                  document.title = 'New & <improved>';
                  console.log(document.title);
                </script>""");

        assertThat(page.infos()).containsExactly("console.log: [My page]", "console.log: New & <improved>");
        assertThat(page.dom.head().html()).startsWith("<title>New &amp; &lt;improved&gt;</title>");

        PageRun untitled = PageRun.of("<body><script>document.title = 'made';</script>");
        assertThat(untitled.dom.head().html()).isEqualTo("<title>made</title>");
    }

    @Test
    void documentFindsElementsByIdTagClassAndSelector() {
        PageRun page = PageRun.of("""
                <p id=a class=x>1</p><div class=x><p>2</p></div>
                <script>
                  console.log(document.getElementById('a').textContent, document.getElementById(''),
                    document.getElementsByTagName('p').length, document.getElementsByClassName('x').length,
                    document.querySelectorAll('.x, p').length, document.querySelector('div p').textContent);
                </script>""");

        assertThat(page.infos()).containsExactly("console.log: 1 null 2 2 3 2");
    }

    @Test
    void createElementNsKeepsTheNameAndTheNamespace() {
        PageRun page = PageRun.of("""
                <script>
                  var html = document.createElementNS('http://www.w3.org/1999/xhtml', 'style');
                  var svg = document.createElementNS('http://www.w3.org/2000/svg', 'foreignObject');
                  console.log(html.tagName, svg.tagName, svg.nodeName);
                  html.textContent = 'p { color: green }';
                  document.head.appendChild(html);
                  try { document.createElementNS(null, '1x'); } catch (e) { console.log(e.name); }
                </script>""");

        assertThat(page.infos()).containsExactly("console.log: STYLE foreignObject foreignObject",
                "console.log: InvalidCharacterError");
        assertThat(page.dom.head().select("style").outerHtml()).isEqualTo("<style>p { color: green }</style>");
    }

    @Test
    void urlAndLocationTakeTheAddressApart() {
        PageRun page = PageRun.of("""
                <script>
                  var l = document.location;
                  console.log(document.URL, l.href, String(l));
                  console.log(l.protocol, l.host, l.hostname, l.port, l.pathname, l.search, l.hash, l.origin);
                  l.href = 'https://elsewhere.example/';
                  console.log(l.href === document.URL, l === document.location);
                </script>""", "https://shop.example:8443/list/today.html?sort=due#top");

        assertThat(page.infos()).containsExactly(
                "console.log: https://shop.example:8443/list/today.html?sort=due#top "
                        + "https://shop.example:8443/list/today.html?sort=due#top "
                        + "https://shop.example:8443/list/today.html?sort=due#top",
                "console.log: https: shop.example:8443 shop.example 8443 /list/today.html ?sort=due #top "
                        + "https://shop.example:8443",
                "console.log: true true");
    }

    @Test
    void aDefaultPortIsNoPort() {
        PageRun page = PageRun.of("<script>var l = document.location; console.log(l.host, '[' + l.port + ']', l.origin)</script>",
                "http://example.test:80/");

        assertThat(page.infos()).containsExactly("console.log: example.test [] http://example.test");
    }

    @Test
    void aFileLocationHasAnOpaqueOrigin() {
        PageRun page = PageRun.of("<script>console.log(location.protocol, document.location.host === '', document.location.origin)</script>"
                .replace("location.protocol", "document.location.protocol"));

        assertThat(page.infos()).containsExactly("console.log: file: true null");
    }

    @Test
    void domExceptionIsAnInterfaceScriptsCanConstruct() {
        PageRun page = PageRun.of("""
                <script>
                  var e = new DOMException('gone', 'NotFoundError');
                  console.log(e.name, e.message, e.code, e instanceof DOMException, e instanceof Error, String(e));
                  try { document.createElement('a b'); } catch (x) { console.log(x.name, x.code, x.constructor === DOMException); }
                </script>""");

        assertThat(page.infos()).containsExactly("console.log: NotFoundError gone 8 true true NotFoundError: gone",
                "console.log: InvalidCharacterError 5 true");
    }
}
