package org.glassbox.script;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DomBindingTest {

    @Test
    void scriptBuildsPartOfThePage() {
        PageRun page = PageRun.of("""
                <ul id=list><li>one</li></ul>
                <script>
                  var item = document.createElement('LI');
                  item.setAttribute('CLASS', 'new');
                  item.textContent = 'two';
                  document.getElementById('list').appendChild(item);
                  document.body.appendChild(document.createTextNode('<done>'));
                </script>""");

        assertThat(page.html("list")).isEqualTo("<li>one</li><li class=\"new\">two</li>");
        assertThat(page.dom.body().html()).endsWith("</script>&lt;done&gt;");
        assertThat(page.warnings()).isEmpty();
    }

    @Test
    void styleReadsAndWritesTheStyleAttributeByCamelCaseNames() {
        PageRun page = PageRun.of("""
                <div id=d style="color: red; margin-left: 2px"></div>
                <script>
                  var style = document.getElementById('d').style;
                  console.log(style.color, style.marginLeft, style.display === '', style === document.getElementById('d').style);
                  style.display = 'none';
                  style.color = '';
                  style.backgroundColor = 'blue';
                </script>""");

        assertThat(page.infos()).containsExactly("console.log: red 2px true true");
        assertThat(page.dom.getElementById("d").attr("style"))
                .isEqualTo("margin-left: 2px; display: none; background-color: blue;");
    }

    @Test
    void appendChildMovesANodeAlreadyInTheTreeAndReturnsIt() {
        PageRun page = PageRun.of("""
                <div id=from><p id=p>moved</p></div><div id=to></div>
                <script>
                  var p = document.getElementById('p');
                  console.log(document.getElementById('to').appendChild(p) === p);
                </script>""");

        assertThat(page.html("from")).isEmpty();
        assertThat(page.html("to")).isEqualTo("<p id=\"p\">moved</p>");
        assertThat(page.infos()).containsExactly("console.log: true");
    }

    @Test
    void textContentReadsAllTheTextInsideAndReplacesTheChildren() {
        PageRun page = PageRun.of("""
                <p id=p>Hello <b>big</b> world</p>
                <script>
                  var p = document.getElementById('p');
                  console.log(p.textContent);
                  p.textContent = '<i>plain</i>';
                  var text = document.createTextNode('a');
                  text.textContent = 'b';
                  console.log(text.textContent, document.textContent);
                </script>""");

        assertThat(page.infos()).containsExactly("console.log: Hello big world", "console.log: b null");
        assertThat(page.html("p")).isEqualTo("&lt;i&gt;plain&lt;/i&gt;");
    }

    @Test
    void getAttributeGivesTheValueOrNull() {
        PageRun page = PageRun.of("""
                <a id=link href="/home">home</a>
                <script>
                  var link = document.getElementById('link');
                  console.log(link.getAttribute('HREF'), link.getAttribute('title'));
                </script>""");

        assertThat(page.infos()).containsExactly("console.log: /home null");
    }

    @Test
    void querySelectorFindsTheFirstMatchInDocumentOrder() {
        PageRun page = PageRun.of("""
                <div id=main>
                  <section><p class=note>one</p></section>
                  <p class="note lead">two</p>
                </div>
                <p class=note>three</p>
                <script>
                  function text(element) { return element === null ? 'null' : element.textContent; }
                  console.log(text(document.querySelector('#main p')));
                  console.log(text(document.querySelector('#main > p')));
                  console.log(text(document.querySelector('.lead')));
                  console.log(text(document.querySelector('body > p.note')));
                  console.log(text(document.querySelector('h1, .lead')));
                  console.log(text(document.querySelector('#missing')));
                </script>""");

        assertThat(page.infos()).containsExactly(
                "console.log: one", "console.log: two", "console.log: two", "console.log: three",
                "console.log: two", "console.log: null");
    }

    @Test
    void elementQuerySelectorSearchesOnlyInsideButMatchesAgainstTheWholeTree() {
        PageRun page = PageRun.of("""
                <div id=outer><section id=inner><p>inside</p></section></div>
                <script>
                  var inner = document.getElementById('inner');
                  console.log(inner.querySelector('div p').textContent);
                  console.log(inner.querySelector('section'), document.getElementById('outer').querySelector('div'));
                </script>""");

        assertThat(page.infos()).containsExactly("console.log: inside", "console.log: null null");
    }

    @Test
    void anInvalidSelectorIsASyntaxError() {
        PageRun page = PageRun.of("""
                <body>
                <script>
                  try { document.querySelector('p >'); } catch (e) { console.log(e.name); }
                  try { document.body.querySelector(''); } catch (e) { console.log(e.name); }
                </script>""");

        assertThat(page.infos()).containsExactly("console.log: SyntaxError", "console.log: SyntaxError");
    }

    @Test
    void theSameNodeIsAlwaysTheSameObject() {
        PageRun page = PageRun.of("""
                <div id=a class=box></div>
                <script>
                  console.log(document.getElementById('a') === document.getElementById('a'));
                  console.log(document.querySelector('.box') === document.getElementById('a'));
                  console.log(document.body === document.querySelector('body'));
                  console.log(document.documentElement === document.querySelector('html'));
                  var made = document.createElement('p');
                  document.body.appendChild(made);
                  console.log(document.querySelector('p') === made);
                </script>""");

        assertThat(page.infos()).hasSize(5).allMatch(line -> line.equals("console.log: true"));
    }

    @Test
    void badArgumentsAreTypeErrorsAndForbiddenTreesAreDomExceptionsThePageCanCatch() {
        PageRun page = PageRun.of("""
                <div id=a><p id=child></p></div>
                <script>
                  var a = document.getElementById('a');
                  var attempts = [
                    function () { a.appendChild(null); },
                    function () { a.appendChild('text'); },
                    function () { a.appendChild({}); },
                    function () { a.appendChild(document); },
                    function () { document.getElementById('child').appendChild(a); },
                    function () { document.createTextNode('t').appendChild(a); },
                    function () { document.appendChild(document.createElement('p')); },
                    function () { a.setAttribute('', 'x'); },
                    function () { a.setAttribute('a b', 'x'); },
                    function () { document.createElement('no space'); },
                    function () { Element.prototype.getAttribute.call(a.__proto__, 'id'); },
                    function () { a.getAttribute.call({}, 'id'); }
                  ];
                  attempts.forEach(function (attempt) {
                    try { attempt(); console.log('no error'); } catch (e) { console.log(e.name, e instanceof DOMException); }
                  });
                </script>""");

        assertThat(page.infos()).containsExactly(
                "console.log: TypeError false", "console.log: TypeError false", "console.log: TypeError false",
                "console.log: HierarchyRequestError true", "console.log: HierarchyRequestError true",
                "console.log: HierarchyRequestError true", "console.log: HierarchyRequestError true",
                "console.log: InvalidCharacterError true", "console.log: InvalidCharacterError true",
                "console.log: InvalidCharacterError true", "console.log: TypeError false", "console.log: TypeError false");
        assertThat(page.html("a")).isEqualTo("<p id=\"child\"></p>");
    }

    @Test
    void bodyAndDocumentElementAreThePageRoots() {
        PageRun page = PageRun.of("""
                <title>t</title><p>text</p>
                <script>
                  console.log(document.documentElement.querySelector('title').textContent);
                  console.log(document.body.querySelector('p').textContent);
                </script>""");

        assertThat(page.infos()).containsExactly("console.log: t", "console.log: text");
    }

    @Test
    void insertBeforeAndRemoveChildRearrangeTheChildren() {
        PageRun page = PageRun.of("""
                <div id=d><p id=a>a</p><p id=c>c</p><p id=x>x</p></div>
                <script>
                  var d = document.getElementById('d');
                  var b = document.createElement('p');
                  b.textContent = 'b';
                  d.insertBefore(b, document.getElementById('c'));
                  d.insertBefore(document.getElementById('a'), null);
                  console.log(d.removeChild(document.getElementById('x')).parentNode, d.firstChild.textContent);
                  try { d.removeChild(document.body); } catch (e) { console.log(e.name, e.code); }
                </script>""");

        assertThat(page.html("d")).isEqualTo("<p>b</p><p id=\"c\">c</p><p id=\"a\">a</p>");
        assertThat(page.infos()).containsExactly("console.log: null b",
                "console.log: NotFoundError 8");
    }

    @Test
    void getElementsByClassNameFindsElementsWithEveryClassAndClassNameReflectsTheAttribute() {
        PageRun page = PageRun.of("""
                <p class="a b">1</p><p class="b">2</p><p class="A b">3</p>
                <script>
                  var found = document.getElementsByClassName(' b  a ');
                  console.log(found.length, found[0].textContent, document.getElementsByClassName('b').length);
                  var first = found[0];
                  first.className = 'c';
                  console.log(first.getAttribute('class'), found.length, document.getElementsByClassName('').length);
                </script>""");

        assertThat(page.infos()).containsExactly("console.log: 1 1 3", "console.log: c 0 0");
    }

    @Test
    void theBodysOnloadRunsAfterEveryScript() {
        PageRun page = PageRun.of("""
                <body onload="console.log('load', typeof event); return;">
                <script>console.log('script')</script>""");

        assertThat(page.infos()).containsExactly("console.log: script", "console.log: load object");
        assertThat(page.report.scriptsRun()).isEqualTo(1);
    }

    @Test
    void cloneNodeCopiesTheNodeOutsideTheTree() {
        PageRun page = PageRun.of("""
                <div id=d><p class=x>a <b>b</b></p></div>
                <script>
                  var p = document.querySelector('p');
                  var deep = p.cloneNode(true), shallow = p.cloneNode(false);
                  console.log(deep.parentNode, deep.textContent, shallow.textContent, shallow.className);
                  document.getElementById('d').appendChild(deep);
                </script>""");

        assertThat(page.infos()).containsExactly("console.log: null a b  x");
        assertThat(page.html("d")).isEqualTo("<p class=\"x\">a <b>b</b></p><p class=\"x\">a <b>b</b></p>");
    }

    @Test
    void objectsMadeWithNewAreEmptyOrTypeErrorsNeverJavaErrors() {
        PageRun page = PageRun.of("""
                <script>
                  [function () { return new NodeList().length; },
                   function () { return new HTMLCollection().namedItem('x'); },
                   function () { return new NamedNodeMap().getNamedItem('id'); },
                   function () { return new Attr().value; },
                   function () { return new Node().nodeType; },
                   function () { return new CSSStyleDeclaration().getPropertyValue('color'); },
                   function () { return new DOMTokenList().length; }
                  ].forEach(function (attempt) {
                    try { console.log(attempt()); } catch (e) { console.log(e.name); }
                  });
                </script>""");

        assertThat(page.infos()).containsExactly("console.log: 0", "console.log: null", "console.log: null",
                "console.log: TypeError", "console.log: TypeError", "console.log: TypeError", "console.log: TypeError");
        assertThat(page.warnings()).isEmpty();
    }
}
