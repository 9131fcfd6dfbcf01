package org.glassbox.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.glassbox.Phase;
import org.glassbox.Recorder;
import org.glassbox.net.Response;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

class HtmlParserTest {

    private static Document parse(byte[] body, String contentType) {
        Response response = new Response(URI.create("http://example.com/dir/page.html"), 200,
                Map.of("content-type", List.of(contentType)), body);
        return new HtmlParser().parse(response);
    }

    @Test
    void stopsAfterTheElementLimitAndSaysSoOnce() {
        Recorder recorder = new Recorder();
        String html = "<body>" + "<b>kept</b>".repeat(ElementLimit.MAX_ELEMENTS) + "<i>left out</i><p>left out";
        Response response = new Response(URI.create("http://example.com/"), 200, Map.of("content-type", List.of("text/html")),
                html.getBytes(StandardCharsets.UTF_8));
        HtmlParser parser = new HtmlParser(recorder.log(Phase.PARSE_HTML));

        parser.preloadScan(response);
        Document dom = parser.parse(response);

        // The parser completed <head> and all but one of the <b>s; <html> and <body> were still open.
        assertThat(dom.select("b")).hasSize(ElementLimit.MAX_ELEMENTS - 1);
        assertThat(dom.body().children().last().text()).isEqualTo("kept");
        assertThat(recorder.messages()).containsExactly("WARNING parse-html: the page has more than " + ElementLimit.MAX_ELEMENTS + " elements, the most"
                + " Glassbox keeps: parsing stopped there, and the rest of the page is left out");
    }

    @Test
    void bytesThatAreNotUtf8BecomeReplacementCharactersWithOneWarning() {
        Recorder recorder = new Recorder();
        byte[] body = {'<', 'p', '>', 'c', 'a', 'f', (byte) 0xc3, ' ', (byte) 0xff, '!'};
        Response response = new Response(URI.create("http://example.com/"), 200,
                Map.of("content-type", List.of("text/html; charset=utf-8")), body);

        Document dom = new HtmlParser(recorder.log(Phase.PARSE_HTML)).parse(response);

        assertThat(dom.body().text()).isEqualTo("caf\uFFFD \uFFFD!");
        assertThat(recorder.messages()).containsExactly("WARNING parse-html: the page is not valid UTF-8 (the first bad byte"
                + " is at offset 6): every bad sequence shows as U+FFFD \uFFFD");
    }

    @Test
    void repairsBrokenMarkupAsTheHtmlStandardSays() {
        Document dom = parse("<p>one<p>two<b>bold</p>tail".getBytes(StandardCharsets.UTF_8), "text/html");
        assertThat(DomPrinter.print(dom)).isEqualTo("""
                #document
                  <html>
                    <head>
                    <body>
                      <p>
                        "one"
                      <p>
                        "two"
                        <b>
                          "bold"
                      <b>
                        "tail"
                """);
    }

    @Test
    void findsTheCharsetInTheHeaderOrInAMetaTag() {
        byte[] latin1 = "<meta charset=iso-8859-1><p>caf\u00e9".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(parse(latin1, "text/html").selectFirst("p").text()).isEqualTo("caf\u00e9");
        byte[] undeclared = "<p>caf\u00e9".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(parse(undeclared, "text/html; charset=ISO-8859-1").selectFirst("p").text()).isEqualTo("caf\u00e9");
    }

    @Test
    void keepsTheUrlForRelativeLinksAndSourceLinesForMessages() {
        Document dom = parse("<html>\n<body>\n<img src=a.png>".getBytes(StandardCharsets.UTF_8), "text/html");
        assertThat(dom.selectFirst("img").absUrl("src")).isEqualTo("http://example.com/dir/a.png");
        assertThat(dom.selectFirst("img").sourceRange().start().lineNumber()).isEqualTo(3);
    }

    @Test
    void labelsElementsAndNamesThemByPath() {
        Document dom = parse("<div></div><div id=main class='a b'><p></p><p></p></div>".getBytes(StandardCharsets.UTF_8), "text/html");
        assertThat(DomPrinter.label(dom.getElementById("main"))).isEqualTo("<div#main.a.b>");
        assertThat(DomPrinter.path(dom.select("p").get(1))).isEqualTo("/html[1]/body[1]/div[2]/p[2]");
    }

    /** A script host that, at each script, notes the body's HTML and writes what the script's text says to write. */
    private static final class WritingHost implements ScriptHost {
        final List<String> seen = new ArrayList<>();

        @Override
        public boolean scriptingEnabled() {
            return true;
        }

        @Override
        public void scriptEndTagReached(Element script, InsertionPoint insertionPoint) {
            Element body = script.ownerDocument().body();
            seen.add(body.html().replaceAll("\\s+", ""));
            String text = HtmlParser.rawText(script);
            if (text.startsWith("write:")) {
                insertionPoint.write(text.substring("write:".length()));
            }
        }
    }

    private static Document parse(String html, ScriptHost scripts) {
        Response response = new Response(URI.create("http://example.com/page.html"), 200,
                Map.of("content-type", List.of("text/html")), html.getBytes(StandardCharsets.UTF_8));
        return new HtmlParser().parse(response, scripts);
    }

    @Test
    void eachScriptSeesTheDomUpToItsEndTagAndNoFurther() {
        WritingHost host = new WritingHost();
        Document dom = parse("<body><p>one</p><script>a</script>tail<div>two<script>b</script></div><p>three", host);

        assertThat(host.seen).containsExactly("<p>one</p><script>a</script>",
                "<p>one</p><script>a</script>tail<div>two<script>b</script></div>");
        assertThat(dom.body().html().replaceAll("\\s+", "")).isEqualTo(
                "<p>one</p><script>a</script>tail<div>two<script>b</script></div><p>three</p>");
    }

    @Test
    void writtenMarkupGoesRightAfterTheScriptAndWrittenScriptsRunToo() {
        WritingHost host = new WritingHost();
        // The first </script> ends the outer script: its text is write:<i>1</i><script>write:<b>2</b>
        Document dom = parse("<body><script>write:<i>1</i><script>write:<b>2</b></script><p>after", host);

        assertThat(dom.body().html().replaceAll("\\s+", "")).isEqualTo(
                "<script>write:<i>1</i><script>write:<b>2</b></script>"
                        + "<i>1</i><script>write:<b>2</b></script><b>2</b><p>after</p>");
    }

    @Test
    void aScriptInATemplateIsNotHandedOver() {
        WritingHost host = new WritingHost();
        parse("<body><template><script>inert</script></template><script>runs</script>", host);

        assertThat(host.seen).hasSize(1);
    }

    @Test
    void withScriptingEnabledNoscriptIsTextAndWithoutItMarkup() {
        String html = "<body><noscript><p>no scripts</p></noscript>";
        assertThat(parse(html, new WritingHost()).selectFirst("noscript").childNodes()).singleElement()
                .isInstanceOf(TextNode.class);
        assertThat(parse(html, ScriptHost.DISABLED).selectFirst("noscript p").text()).isEqualTo("no scripts");
    }
}
