package org.glassbox.css;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.glassbox.Phase;
import org.glassbox.Pages;
import org.glassbox.Recorder;
import org.glassbox.net.Network;
import org.glassbox.net.Subresources;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CssParserTest {

    @TempDir
    Path dir;

    private final Recorder recorder = new Recorder();
    private final CssParser parser = new CssParser(recorder.log(Phase.PARSE_CSS));
    private final Network network = new Network(recorder.log(Phase.FETCH), List.of(), Optional.empty(), Network.DEFAULT_READ_TIMEOUT);

    /** Fetches for {@code dom} on demand, nothing in advance. */
    private Subresources subresources(Document dom) {
        return network.fetchAll(URI.create(dom.location()), List.of());
    }

    private Stylesheet sheet(String css) {
        return parser.parseStylesheet(css, Origin.AUTHOR, "test.css", 1);
    }

    @Test
    void readsRulesIntoGlassboxValues() {
        Stylesheet sheet = sheet("h1, div.note > p { color: #f80; width: 50%; line-height: 1.5; font-family: \"Times New Roman\", serif }");
        assertThat(sheet.rules()).hasSize(1);
        assertThat(sheet.rules().get(0)).hasToString("h1, div.note > p { color: #ff8800; width: 50%; line-height: 1.5; "
                + "font-family: \"Times New Roman\", serif; }");
    }

    @Test
    void expandsShorthandsIntoLonghands() {
        assertThat(sheet("p { margin: 1px 2px 3px; border: thick dotted red; padding: 4px !important }").rules().get(0))
                .hasToString("p { margin-top: 1px; margin-right: 2px; margin-bottom: 3px; margin-left: 2px; "
                        + "border-top-width: thick; border-top-style: dotted; border-top-color: red; "
                        + "border-right-width: thick; border-right-style: dotted; border-right-color: red; "
                        + "border-bottom-width: thick; border-bottom-style: dotted; border-bottom-color: red; "
                        + "border-left-width: thick; border-left-style: dotted; border-left-color: red; "
                        + "padding-top: 4px !important; padding-right: 4px !important; "
                        + "padding-bottom: 4px !important; padding-left: 4px !important; }");
        assertThat(sheet("p { font: italic bold 12px/30px Georgia, serif; background: #fff }").rules().get(0))
                .hasToString("p { font-style: italic; font-weight: bold; font-size: 12px; line-height: 30px; "
                        + "font-family: georgia, serif; background-color: #ffffff; }");
    }

    @Test
    void logsSyntaxErrorsWithLineAndColumnAndRecovers() {
        Stylesheet sheet = sheet("p { color: red }\nh1 { color: ; margin: 0 }\n@@@ {}\nh2 { color: blue }");

        assertThat(sheet.rules().stream().map(StyleRule::toString))
                .contains("p { color: red; }", "h1 { margin-top: 0; margin-right: 0; margin-bottom: 0; margin-left: 0; }",
                        "h2 { color: blue; }");
        assertThat(recorder.messages()).anyMatch(m -> m.startsWith("WARNING parse-css: test.css:2:"));
    }

    @Test
    void skipsSelectorsItCannotMatchButKeepsTheirNeighbours() {
        Stylesheet sheet = sheet("a:hover, p { color: red } a:visited { color: blue }");
        assertThat(sheet.rules()).extracting(StyleRule::toString).containsExactly("p { color: red; }");
    }

    @Test
    void collectsTheUserAgentSheetThenThePageInDocumentOrder() {
        Pages.write(dir, "linked.css", "p { color: green }");
        String html = "<link rel=stylesheet href=linked.css><style>p { color: red }</style>"
                + "<link rel='alternate stylesheet' href=alt.css><style media=print>p { color: blue }</style>"
                + "<p style='color: navy; margin: 0'>hi";
        Document dom = Jsoup.parse(html, dir.resolve("page.html").toUri().toString(), Parser.htmlParser().setTrackPosition(true));

        Cssom cssom = parser.parse(dom, subresources(dom));

        assertThat(cssom.stylesheets()).extracting(Stylesheet::origin)
                .containsExactly(Origin.USER_AGENT, Origin.AUTHOR, Origin.AUTHOR);
        assertThat(cssom.stylesheets().get(1).source()).endsWith("/linked.css");
        assertThat(cssom.stylesheets().get(1).rules()).extracting(StyleRule::toString).containsExactly("p { color: green; }");
        assertThat(cssom.stylesheets().get(2).source()).isEqualTo("<style> #1");
        assertThat(cssom.inlineStyle(dom.selectFirst("p")).toString())
                .isEqualTo("[color: navy, margin-top: 0, margin-right: 0, margin-bottom: 0, margin-left: 0]");
    }

    @Test
    void aStylesheetThatCannotBeFetchedIsAWarning() {
        Document dom = Jsoup.parse("<link rel=stylesheet href=missing.css>", dir.resolve("page.html").toUri().toString());
        assertThat(parser.parse(dom, subresources(dom)).stylesheets()).hasSize(1);
        assertThat(recorder.messages()).anyMatch(m -> m.startsWith("WARNING parse-css: stylesheet ") && m.contains("no such file"));
    }
}
