package org.glassbox.script;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The {@code Node} interface (DOM §4.4) as scripts see it: a page, a script, what it logged or left. */
class NodeInterfaceTest {

    @Test
    void nodeTypeAndNodeNameSayWhatANodeIs() {
        PageRun page = PageRun.of("""
                <!DOCTYPE html><div id=d>text<!--note--></div>
                <script>
                  var d = document.getElementById('d');
                  [document, document.doctype, d, d.firstChild, d.lastChild,
                   document.createDocumentFragment()].forEach(function (node) {
                    console.log(node.nodeType, node.nodeName);
                  });
                  console.log(Node.ELEMENT_NODE, Node.TEXT_NODE, Node.COMMENT_NODE, d.DOCUMENT_NODE);
                </script>""");

        assertThat(page.infos()).containsExactly("console.log: 9 #document", "console.log: 10 html",
                "console.log: 1 DIV", "console.log: 3 #text", "console.log: 8 #comment",
                "console.log: 11 #document-fragment", "console.log: 1 3 8 9");
    }

    @Test
    void nodeValueIsTheDataOfTextAndCommentsAndNullElsewhere() {
        PageRun page = PageRun.of("""
                <p id=p>old</p>
                <script>
                  var p = document.getElementById('p');
                  p.nodeValue = 'ignored';
                  p.firstChild.nodeValue = 'new';
                  console.log(p.nodeValue, document.nodeValue, p.firstChild.nodeValue, document.createComment('c').nodeValue);
                </script>""");

        assertThat(page.infos()).containsExactly("console.log: null null new c");
        assertThat(page.html("p")).isEqualTo("new");
    }

    @Test
    void childNodesIsLiveAndIterable() {
        PageRun page = PageRun.of("""
                <ul id=list><li>a</li><li>b</li></ul>
                <script>
                  var list = document.getElementById('list');
                  var items = list.childNodes;
                  console.log(items.length, items[0].textContent, items.item(1).textContent, items.item(5));
                  list.appendChild(document.createElement('li'));
                  console.log(items.length, items === list.childNodes);
                  var names = [];
                  items.forEach(function (node, i) { names.push(i + node.nodeName); });
                  for (var node of items) { names.push(node.nodeName); }
                  console.log(names.join(' '));
                </script>""");

        assertThat(page.infos()).containsExactly("console.log: 2 a b null", "console.log: 3 true",
                "console.log: 0LI 1LI 2LI LI LI LI");
    }

    @Test
    void siblingsAndEndsWalkTheTree() {
        PageRun page = PageRun.of("""
                <p id=p><b>1</b>two<i>3</i></p>
                <script>
                  var p = document.getElementById('p');
                  console.log(p.firstChild.nodeName, p.lastChild.nodeName, p.firstChild.nextSibling.nodeName);
                  console.log(p.lastChild.previousSibling.textContent, p.firstChild.previousSibling, p.lastChild.nextSibling);
                  console.log(p.parentNode === document.body, document.documentElement.parentNode === document,
                    document.documentElement.parentElement, p.hasChildNodes());
                </script>""");

        assertThat(page.infos()).containsExactly("console.log: B I #text", "console.log: two null null",
                "console.log: true true null true");
    }

    @Test
    void replaceChildPutsTheNewNodeWhereTheOldWas() {
        PageRun page = PageRun.of("""
                <div id=d><p id=a>a</p><p id=b>b</p></div>
                <script>
                  var d = document.getElementById('d');
                  var c = document.createElement('p');
                  c.textContent = 'c';
                  var old = d.replaceChild(c, document.getElementById('a'));
                  console.log(old.id, old.parentNode);
                  d.replaceChild(document.getElementById('b'), c);
                  try { d.replaceChild(c, c); } catch (e) { console.log(e.name); }
                </script>""");

        assertThat(page.html("d")).isEqualTo("<p id=\"b\">b</p>");
        assertThat(page.infos()).containsExactly("console.log: a null", "console.log: NotFoundError");
    }

    @Test
    void containsIsTrueForTheNodeAndItsDescendants() {
        PageRun page = PageRun.of("""
                <div id=d><p><b id=b>x</b></p></div>
                <script>
                  var d = document.getElementById('d'), b = document.getElementById('b');
                  console.log(d.contains(b), d.contains(d), b.contains(d), d.contains(null), document.contains(b.firstChild));
                </script>""");

        assertThat(page.infos()).containsExactly("console.log: true true false false true");
    }

    @Test
    void aDocumentFragmentInsertsItsChildrenAndIsLeftEmpty() {
        PageRun page = PageRun.of("""
                <ul id=list><li>last</li></ul>
                <script>
                  var fragment = document.createDocumentFragment();
                  ['one', 'two'].forEach(function (text) {
                    var li = document.createElement('li');
                    li.textContent = text;
                    fragment.appendChild(li);
                  });
                  console.log(fragment.childNodes.length, fragment.firstElementChild.textContent);
                  var list = document.getElementById('list');
                  list.insertBefore(fragment, list.firstChild);
                  console.log(fragment.childNodes.length);
                </script>""");

        assertThat(page.html("list")).isEqualTo("<li>one</li><li>two</li><li>last</li>");
        assertThat(page.infos()).containsExactly("console.log: 2 one", "console.log: 0");
    }

    @Test
    void commentsAreNodesWithData() {
        PageRun page = PageRun.of("""
                <div id=d></div>
                <script>
                  var comment = document.createComment('made');
                  document.getElementById('d').appendChild(comment);
                  comment.data = 'changed';
                  console.log(comment.nodeType, comment.textContent, comment.length, comment instanceof CharacterData);
                </script>""");

        assertThat(page.html("d")).isEqualTo("<!--changed-->");
        assertThat(page.infos()).containsExactly("console.log: 8 changed 7 true");
    }

    @Test
    void aTextNodeCannotBeAChildOfTheDocument() {
        PageRun page = PageRun.of("""
                <body>
                <script>
                  try { document.appendChild(document.createTextNode('x')); } catch (e) { console.log(e.name, e.code); }
                  try { document.body.insertBefore(document.createElement('p'), document.documentElement); }
                  catch (e) { console.log(e.name, e instanceof Error, String(e).indexOf('NotFoundError') === 0); }
                </script>""");

        assertThat(page.infos()).containsExactly("console.log: HierarchyRequestError 3",
                "console.log: NotFoundError true true");
    }

    @Test
    void anUncaughtDomExceptionIsLoggedWithItsNameAndLine() {
        PageRun page = PageRun.of("""
                <body>
                <script>
                  document.body.appendChild(document.body);
                </script>""");

        assertThat(page.warnings()).singleElement().asString()
                .contains("page.html:3").contains("HierarchyRequestError");
    }
}
