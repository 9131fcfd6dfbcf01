package org.glassbox.script;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The {@code Element} interface (DOM §4.9) and the HTML attributes it reflects, as scripts see them. */
class ElementInterfaceTest {

    @Test
    void tagNameIdAndAttributesReflectTheMarkup() {
        PageRun page = PageRun.of("""
                <div id=d title=t data-x=1></div>
                <script>
                  var d = document.getElementById('d');
                  console.log(d.tagName, d.id, d.hasAttribute('TITLE'), d.attributes.length);
                  console.log(d.attributes[0].name, d.attributes.item(1).value, d.attributes.getNamedItem('data-x').value, d.attributes.item(3));
                  d.removeAttribute('title');
                  d.id = 'e';
                  d.attributes[0].value = 'f';
                </script>""");

        assertThat(page.infos()).containsExactly("console.log: DIV d true 3", "console.log: id t 1 null");
        assertThat(page.dom.body().child(0).outerHtml()).isEqualTo("<div id=\"f\" data-x=\"1\"></div>");
    }

    @Test
    void classListAddsRemovesTogglesAndReplacesClasses() {
        PageRun page = PageRun.of("""
                <p id=p class="a  b a"></p>
                <script>
                  var list = document.getElementById('p').classList;
                  console.log(list.length, list[0], list.item(1), list.item(2), list.contains('b'), list.value);
                  list.add('c', 'a');
                  list.remove('b');
                  console.log(list.toggle('d'), list.toggle('a'), list.toggle('e', false), list.toggle('c', true));
                  console.log(list.replace('c', 'z'), list.replace('missing', 'y'), String(list));
                  try { list.add(''); } catch (e) { console.log(e.name); }
                  try { list.add('x y'); } catch (e) { console.log(e.name); }
                  var fresh = document.createElement('p');
                  fresh.classList.remove('nothing');
                  console.log(fresh.hasAttribute('class'));
                </script>""");

        assertThat(page.infos()).containsExactly("console.log: 2 a b null true a  b a",
                "console.log: true false false true", "console.log: true false z d",
                "console.log: SyntaxError", "console.log: InvalidCharacterError", "console.log: false");
        assertThat(page.dom.getElementById("p").className()).isEqualTo("z d");
    }

    @Test
    void childrenAndElementSiblingsSkipTextAndComments() {
        PageRun page = PageRun.of("""
                <ul id=list> <li id=a>a</li> <!--c--> <li id=b>b</li> </ul>
                <script>
                  var list = document.getElementById('list');
                  var children = list.children;
                  console.log(children.length, list.childElementCount, list.firstElementChild.id, list.lastElementChild.id);
                  console.log(list.firstElementChild.nextElementSibling.id, children[1].previousElementSibling.id,
                    children.namedItem('b').textContent, children.item(2));
                  list.appendChild(document.createElement('li'));
                  console.log(children.length, children === list.children);
                  var ids = [];
                  for (var child of children) { ids.push(child.id || '-'); }
                  console.log(ids.join(), Array.from(children).length, Object.keys(children).join());
                </script>""");

        assertThat(page.infos()).containsExactly("console.log: 2 2 a b", "console.log: b a b null",
                "console.log: 3 true", "console.log: a,b,- 3 0,1,2");
    }

    @Test
    void innerHtmlAndOuterHtmlSerializeAndParseInTheElementsContext() {
        PageRun page = PageRun.of("""
                <div id=d><p class="x" hidden>a &amp; b<br></p><!--n--></div><table><tbody id=t></tbody></table>
                <div id=o><span id=s>old</span></div>
                <script>
                  var d = document.getElementById('d');
                  console.log(d.innerHTML);
                  console.log(d.firstChild.outerHTML);
                  d.innerHTML = '<b>bold</b> & <i>it';
                  document.getElementById('t').innerHTML = '<tr><td>cell</td></tr>';
                  document.getElementById('s').outerHTML = '<em>new</em><em>two</em>';
                </script>""");

        assertThat(page.infos()).containsExactly(
                "console.log: <p class=\"x\" hidden=\"\">a &amp; b<br></p><!--n-->",
                "console.log: <p class=\"x\" hidden=\"\">a &amp; b<br></p>");
        assertThat(page.html("d")).isEqualTo("<b>bold</b> &amp; <i>it</i>");
        assertThat(page.html("t")).isEqualTo("<tr><td>cell</td></tr>");
        assertThat(page.html("o")).isEqualTo("<em>new</em><em>two</em>");
    }

    @Test
    void insertAdjacentHtmlInsertsAtEachOfTheFourPositions() {
        PageRun page = PageRun.of("""
                <div id=outer><p id=p>middle</p></div>
                <script>
                  var p = document.getElementById('p');
                  p.insertAdjacentHTML('beforebegin', '<i>1</i>');
                  p.insertAdjacentHTML('afterBegin', '<i>2</i>');
                  p.insertAdjacentHTML('beforeend', '<i>3</i>');
                  p.insertAdjacentHTML('afterend', '<i>4</i>');
                  try { p.insertAdjacentHTML('middle', 'x'); } catch (e) { console.log(e.name); }
                  try { document.createElement('p').insertAdjacentHTML('afterend', 'x'); } catch (e) { console.log(e.name); }
                </script>""");

        assertThat(page.html("outer")).isEqualTo("<i>1</i><p id=\"p\"><i>2</i>middle<i>3</i></p><i>4</i>");
        assertThat(page.infos()).containsExactly("console.log: SyntaxError", "console.log: NoModificationAllowedError");
    }

    @Test
    void querySelectorAllGivesAStaticListAndGetElementsByGiveLiveOnes() {
        PageRun page = PageRun.of("""
                <div id=d><p class=x>1</p><section><p class="x y">2</p></section><P>3</P></div>
                <script>
                  var d = document.getElementById('d');
                  var all = d.querySelectorAll('p'), live = d.getElementsByTagName('P'), xs = d.getElementsByClassName('x');
                  console.log(all.length, live.length, xs.length, d.getElementsByTagName('*').length, document.getElementsByTagName('p').length);
                  while (xs.length > 0) { xs[0].remove(); }
                  console.log(all.length, live.length, all[0].parentNode, Array.prototype.map.call(live, function (p) { return p.textContent; }));
                </script>""");

        assertThat(page.infos()).containsExactly("console.log: 3 3 2 4 3", "console.log: 3 1 null 3");
    }

    @Test
    void closestAndMatchesUseTheSelectorEngine() {
        PageRun page = PageRun.of("""
                <article class=card><div><b id=b>x</b></div></article>
                <script>
                  var b = document.getElementById('b');
                  console.log(b.closest('.card').tagName, b.closest('b') === b, b.closest('table'));
                  console.log(b.matches('article b'), b.matches('div > i, #b'), b.matches('p'));
                  try { b.matches('>>'); } catch (e) { console.log(e.name); }
                </script>""");

        assertThat(page.infos()).containsExactly("console.log: ARTICLE true null", "console.log: true true false",
                "console.log: SyntaxError");
    }

    @Test
    void appendPrependBeforeAfterTakeNodesAndStrings() {
        PageRun page = PageRun.of("""
                <div id=d><p id=p>p</p></div>
                <script>
                  var d = document.getElementById('d'), p = document.getElementById('p');
                  var b = document.createElement('b');
                  d.append('end', b);
                  d.prepend('start');
                  p.before('<before>');
                  p.after(document.createElement('hr'), 'after');
                  console.log(b.remove(), d.append(), typeof p.after);
                  document.createElement('i').before('nothing happens');
                  try { Element.prototype.after.call({}, 'x'); } catch (e) { console.log(e.name); }
                  try { Object.getOwnPropertyDescriptor(Element.prototype, 'children').get.call(Element.prototype); }
                  catch (e) { console.log(e.name); }
                </script>""");

        assertThat(page.infos()).containsExactly("console.log: undefined undefined function", "console.log: TypeError",
                "console.log: TypeError");

        assertThat(page.html("d")).isEqualTo("start&lt;before&gt;<p id=\"p\">p</p><hr>afterend");
    }

    @Test
    void datasetMapsDataAttributesToCamelCase() {
        PageRun page = PageRun.of("""
                <li id=item data-due-date=today data-id=7></li>
                <script>
                  var data = document.getElementById('item').dataset;
                  console.log(data.dueDate, data.id, data.missing, Object.keys(data).join());
                  data.doneAt = 'noon';
                  delete data.id;
                  console.log('doneAt' in data, 'id' in data);
                  try { data['bad-name'] = 1; } catch (e) { console.log(e.name); }
                </script>""");

        assertThat(page.infos()).containsExactly("console.log: today 7 undefined dueDate,id",
                "console.log: true false", "console.log: SyntaxError");
        assertThat(page.dom.getElementById("item").attributes().html())
                .isEqualTo(" id=\"item\" data-due-date=\"today\" data-done-at=\"noon\"");
    }

    @Test
    void styleHasSetPropertyGetPropertyValueRemovePropertyAndCssText() {
        PageRun page = PageRun.of("""
                <div id=d style="color: red"></div>
                <script>
                  var style = document.getElementById('d').style;
                  style.setProperty('margin-top', '4px');
                  style.setProperty('font-weight', 'bold', 'important');
                  console.log(style.getPropertyValue('margin-top'), style.marginTop, style.length, style.removeProperty('color'));
                  console.log(style.cssText);
                  style.cssText = 'width: 10px';
                  console.log(style.width, style.getPropertyValue('margin-top') === '');
                </script>""");

        assertThat(page.infos()).containsExactly("console.log: 4px 4px 3 red",
                "console.log: margin-top: 4px; font-weight: bold !important;", "console.log: 10px true");
    }

    @Test
    void toggleAttributeAndGetAttributeNames() {
        PageRun page = PageRun.of("""
                <input id=box type=checkbox checked>
                <script>
                  var box = document.getElementById('box');
                  console.log(box.toggleAttribute('checked'), box.toggleAttribute('DISABLED'), box.toggleAttribute('required', false));
                  console.log(box.getAttributeNames().join(), Array.isArray(box.getAttributeNames()));
                </script>""");

        assertThat(page.infos()).containsExactly("console.log: false true false", "console.log: id,type,disabled true");
    }

    @Test
    void replaceChildrenEmptiesTheElementAndInsertsTheNodes() {
        PageRun page = PageRun.of("""
                <ul id=list><li>old</li><li>older</li></ul><p id=p>moved</p>
                <script>
                  var list = document.getElementById('list');
                  list.replaceChildren('text ', document.getElementById('p'));
                  try { list.replaceChildren(list); } catch (e) { console.log(e.name); }
                  document.body.replaceChildren(list);
                </script>""");

        assertThat(page.infos()).containsExactly("console.log: HierarchyRequestError");
        assertThat(page.dom.body().html()).isEqualTo("<ul id=\"list\">text <p id=\"p\">moved</p></ul>");
    }

    @Test
    void titleAndLangReflectTheirAttributes() {
        PageRun page = PageRun.of("""
                <p id=p title=tip>text</p>
                <script>
                  var p = document.getElementById('p');
                  console.log(p.title, '[' + p.lang + ']');
                  p.lang = 'en-after';
                  p.title = '';
                </script>""");

        assertThat(page.infos()).containsExactly("console.log: tip []");
        assertThat(page.dom.getElementById("p").attributes().html()).isEqualTo(" id=\"p\" title=\"\" lang=\"en-after\"");
    }

    @Test
    void hiddenReflectsTheHiddenAttribute() {
        PageRun page = PageRun.of("""
                <p id=a hidden>a</p><p id=b>b</p>
                <script>
                  var a = document.getElementById('a'), b = document.getElementById('b');
                  console.log(a.hidden, b.hidden);
                  a.hidden = false;
                  b.hidden = true;
                </script>""");

        assertThat(page.infos()).containsExactly("console.log: true false");
        assertThat(page.dom.body().html()).startsWith("<p id=\"a\">a</p><p id=\"b\" hidden>b</p>");
    }
}
