package org.glassbox.css;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.glassbox.Engine;
import org.glassbox.Page;
import org.glassbox.Pages;
import org.glassbox.Phase;
import org.glassbox.Recorder;
import org.glassbox.layout.Viewport;
import org.glassbox.net.Network;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CssParserTest {

    @TempDir
    Path dir;

    private final Recorder recorder = new Recorder();
    private final CssParser parser = new CssParser(recorder.log(Phase.PARSE_CSS), Viewport.DEFAULT);
    private final Network network = new Network(recorder.log(Phase.FETCH), List.of(), Optional.empty(), Network.DEFAULT_READ_TIMEOUT);
    private Document dom;

    private Stylesheet sheet(String css) {
        return parser.parseStylesheet(css, Origin.AUTHOR, "test.css", URI.create("http://example.test/"), MediaList.ALL, 1);
    }

    private List<String> rules(String css) {
        return sheet(css).rules().stream().map(StyleRule::toString).toList();
    }

    /** Parses {@code html} as {@code page.html} in the temporary directory; its stylesheets are fetched from there. */
    private Cssom parsePage(String html) {
        dom = Jsoup.parse(html, dir.resolve("page.html").toUri().toString(), Parser.htmlParser().setTrackPosition(true));
        return parser.parse(dom, network.fetchAll(URI.create(dom.location()), List.of()));
    }

    /** Each author sheet's source: the file name of a URL. */
    private static List<String> authorSources(Cssom cssom) {
        return cssom.stylesheets().stream().filter(sheet -> sheet.origin() == Origin.AUTHOR)
                .map(sheet -> sheet.source().substring(sheet.source().lastIndexOf('/') + 1)).toList();
    }

    /** The URL the engine gives a file in the temporary directory. */
    private String url(String name) {
        return "file:" + dir.resolve(name);
    }

    private List<String> messages(String level) {
        return recorder.messages().stream().filter(m -> m.startsWith(level)).toList();
    }

    @Test
    void readsRulesIntoGlassboxValues() {
        assertThat(rules("h1, div.note > p { color: #f80; width: 50%; line-height: 1.5; font-family: \"Times New Roman\", serif }"))
                .containsExactly("h1, div.note > p { color: #ff8800; width: 50%; line-height: 1.5; "
                        + "font-family: \"Times New Roman\", serif; }");
    }

    @Test
    void expandsShorthandsIntoLonghands() {
        assertThat(rules("p { margin: 1px 2px 3px; padding: 4px !important }"))
                .containsExactly("p { margin-top: 1px; margin-right: 2px; margin-bottom: 3px; margin-left: 2px; "
                        + "padding-top: 4px !important; padding-right: 4px !important; "
                        + "padding-bottom: 4px !important; padding-left: 4px !important; }");
    }

    @Test
    void keepsSyntaxErrorsWithTheSheetAndLogsThemWithLineAndColumn() {
        Stylesheet sheet = sheet("p { color: red }\nh1 { color: ; margin: 0 }\n@@@ {}\nh2 { color: blue }");

        assertThat(sheet.rules()).extracting(StyleRule::toString).containsExactly("p { color: red; }",
                "h1 { margin-top: 0; margin-right: 0; margin-bottom: 0; margin-left: 0; }", "h2 { color: blue; }");
        assertThat(sheet.errors()).extracting(ParseError::toString)
                .containsExactly("2:13: Error in expression. (Invalid token \";\".)", "3:1: Error in rule. (Invalid token \"@\".)");
        assertThat(recorder.messages()).contains("WARNING parse-css: test.css:2:13: Error in expression. (Invalid token \";\".)");
    }

    @Test
    void logsTheFirstHundredSyntaxErrorsOfASheetAndKeepsThemAll() {
        Stylesheet sheet = sheet("p { " + "color: ; ".repeat(150) + "}");

        assertThat(sheet.errors()).hasSize(150);
        assertThat(messages("WARNING")).hasSize(101).last()
                .isEqualTo("WARNING parse-css: test.css: more than 100 syntax errors; the rest are not logged");
    }

    @Test
    void errorsInAStyleElementCarryThePagesLineNumbers() {
        Cssom cssom = parsePage("<!DOCTYPE html>\n<title>x</title>\n<style>\np { color: ; }\n</style>");
        assertThat(cssom.stylesheets().get(1).errors()).extracting(ParseError::line).containsExactly(4);
    }

    @Test
    void anInvalidSelectorDropsItsWholeRuleButAnUnsupportedOneDoesNot() {
        Stylesheet sheet = sheet("p::before span, p { color: red } a:hover, a:visited { color: blue }");
        assertThat(sheet.rules()).extracting(StyleRule::toString)
                .as("Selectors 3 §5: one invalid selector invalidates the group; a:hover and a:visited are valid, they just never match")
                .containsExactly("a:hover, a:visited { color: blue; }");
    }

    @Test
    void collectsTheUserAgentSheetThenThePageInDocumentOrder() {
        Pages.write(dir, "linked.css", "p { color: green }");
        Pages.write(dir, "alternative.css", "p { color: gray }");
        Cssom cssom = parsePage("<link rel=stylesheet href=linked.css><style>p { color: red }</style>"
                + "<link rel='alternate stylesheet' href=alternative.css><style media=print>p { color: blue }</style>"
                + "<p style='color: navy; margin: 0'>hi");

        assertThat(cssom.stylesheets()).extracting(Stylesheet::origin)
                .containsExactly(Origin.USER_AGENT, Origin.AUTHOR, Origin.AUTHOR);
        assertThat(cssom.stylesheets().get(1).source()).endsWith("/linked.css");
        assertThat(cssom.stylesheets().get(1).rules()).extracting(StyleRule::toString).containsExactly("p { color: green; }");
        assertThat(cssom.stylesheets().get(2).source()).isEqualTo("<style> #1");
        assertThat(cssom.inlineStyle(dom.selectFirst("p")).toString())
                .isEqualTo("[color: navy, margin-top: 0, margin-right: 0, margin-bottom: 0, margin-left: 0]");
    }

    @Test
    void honoursTheMediaOfLinksAndStyleElements() {
        Pages.write(dir, "print.css", "p { color: gray }");
        Pages.write(dir, "narrow.css", "p { color: red }");
        Pages.write(dir, "wide.css", "p { color: green }");
        Cssom cssom = parsePage("<link rel=stylesheet href=print.css media=print>"
                + "<link rel=stylesheet href=narrow.css media='screen and (max-width: 600px)'>"
                + "<link rel=stylesheet href=wide.css media='PRINT, screen and (min-width: 600px)'>"
                + "<style media='not print'>p { margin: 0 }</style><style media=''>p { padding: 0 }</style>");

        assertThat(authorSources(cssom)).containsExactly("wide.css", "<style> #1", "<style> #2");
        assertThat(cssom.stylesheets().get(1).media()).hasToString("print, screen and (min-width: 600px)");
        assertThat(recorder.messages()).anyMatch(m -> m.matches("DETAIL parse-css: skipped .*/narrow.css: "
                + "media \"screen and \\(max-width: 600px\\)\" does not match a 800×600 screen"));
    }

    @Test
    void importedSheetsComeBeforeTheSheetThatImportsThem() {
        Pages.write(dir, "main.css", "@import url(base.css);\n@import 'theme.css' screen;\nmain { color: red }");
        Pages.write(dir, "base.css", "@import \"reset.css\";\nbase { color: red }");
        Pages.write(dir, "reset.css", "reset { color: red }");
        Pages.write(dir, "theme.css", "theme { color: red }");
        Cssom cssom = parsePage("<link rel=stylesheet href=main.css><style>@import 'theme.css'; p { color: red }</style>");

        assertThat(authorSources(cssom)).containsExactly("reset.css", "base.css", "theme.css", "main.css", "theme.css", "<style> #1");
        assertThat(cssom.stylesheets().get(4).imports()).extracting(ImportRule::toString)
                .containsExactly("@import url(" + url("base.css") + ");", "@import url(" + url("theme.css") + ") screen;");
        assertThat(cssom.stylesheets().get(4).media()).isEqualTo(MediaList.ALL);
        assertThat(cssom.stylesheets().get(4).rules()).extracting(StyleRule::toString).containsExactly("main { color: red; }");
    }

    @Test
    void importsResolveAgainstTheImportingSheet() throws Exception {
        Files.createDirectories(dir.resolve("css/parts"));
        Pages.write(dir, "css/main.css", "@import 'parts/a.css';");
        Pages.write(dir, "css/parts/a.css", "@import '../b.css';");
        Pages.write(dir, "css/b.css", "b { color: red }");
        Cssom cssom = parsePage("<link rel=stylesheet href=css/main.css>");

        assertThat(cssom.stylesheets()).extracting(Stylesheet::source).contains(url("css/b.css"),
                url("css/parts/a.css"), url("css/main.css"));
    }

    @Test
    void anImportForOtherMediaIsNotFetched() {
        Pages.write(dir, "main.css", "@import 'print.css' print; @import 'big.css' (min-width: 1000px); @import 'small.css' (max-width: 1000px);");
        Pages.write(dir, "small.css", "small { color: red }");
        Cssom cssom = parsePage("<link rel=stylesheet href=main.css>");

        assertThat(authorSources(cssom)).containsExactly("small.css", "main.css");
        assertThat(cssom.stylesheets().get(1).media()).hasToString("(max-width: 1000px)");
        assertThat(messages("WARNING")).isEmpty();
    }

    @Test
    void aSheetAlreadyOnTheImportChainIsSkipped() {
        Pages.write(dir, "a.css", "@import 'b.css'; a { color: red }");
        Pages.write(dir, "b.css", "@import 'a.css'; @import 'b.css'; b { color: red }");
        Cssom cssom = parsePage("<link rel=stylesheet href=a.css>");

        assertThat(authorSources(cssom)).containsExactly("b.css", "a.css");
        assertThat(messages("WARNING")).hasSize(2).allMatch(m -> m.contains("it is already being imported"));
        assertThat(messages("WARNING").get(0)).endsWith("b.css: @import of " + url("a.css") + ": it is already being imported ("
                + url("a.css") + " → " + url("b.css") + " → " + url("a.css") + ")");
    }

    @Test
    void importsNestOnlySoDeep() {
        for (int i = 0; i < 20; i++) {
            Pages.write(dir, "s" + i + ".css", "@import 's" + (i + 1) + ".css';");
        }
        Cssom cssom = parsePage("<link rel=stylesheet href=s0.css>");

        assertThat(authorSources(cssom)).hasSize(CssParser.MAX_IMPORT_DEPTH).last().isEqualTo("s0.css");
        assertThat(messages("WARNING")).singleElement().asString().contains("imports nest more than 16 deep");
    }

    @Test
    void appliesTheRulesOfMatchingMediaBlocksInPlace() {
        Stylesheet sheet = sheet("""
                a { color: red }
                @media screen { b { color: red } @media (min-width: 2000px) { c { color: red } } }
                @media print { d { color: red } }
                @media (min-width: 500px) and (orientation: landscape) { e { color: red } }
                f { color: red }""");

        assertThat(sheet.rules()).extracting(rule -> rule.selectors().get(0).toString()).containsExactly("a", "b", "e", "f");
        assertThat(recorder.messages()).contains("DETAIL parse-css: skipped test.css: @media block: media \"print\" does not match a 800×600 screen");
    }

    @Test
    void takesTheViewportFromTheEngine() {
        String html = "<style>@media (max-width: 500px) { p { color: red } }</style><p>x";
        Engine narrow = Engine.builder().viewport(400, 600).build();
        Page page = narrow.load(Pages.write(dir, "page.html", html).toString());

        assertThat(page.cssom().stylesheets().get(1).rules()).hasSize(1);
        assertThat(Pages.load(dir, html).cssom().stylesheets().get(1).rules()).isEmpty();
    }

    @Test
    void skipsUnknownAtRulesWithALogLineNamingThem() {
        Stylesheet sheet = sheet("""
                @charset "utf-8";
                @font-face { font-family: x; src: url(x.ttf) }
                @keyframes spin { from { color: red } }
                @supports (display: grid) { p { color: red } }
                @page { margin: 1in }
                p { color: blue }""");

        assertThat(sheet.rules()).extracting(StyleRule::toString).containsExactly("p { color: blue; }");
        assertThat(recorder.messages()).contains("DETAIL parse-css: test.css: skipped @font-face (not supported)",
                "DETAIL parse-css: test.css: skipped @keyframes (not supported)",
                "DETAIL parse-css: test.css: skipped @supports (not supported)",
                "DETAIL parse-css: test.css: skipped @page (not supported)");
    }

    @Test
    void aStylesheetThatCannotBeFetchedIsAWarning() {
        assertThat(parsePage("<link rel=stylesheet href=missing.css>").stylesheets()).hasSize(1);
        assertThat(recorder.messages()).anyMatch(m -> m.startsWith("WARNING parse-css: stylesheet ") && m.contains("no such file"));
    }

    @Test
    void dumpsEachSheetWithItsImportsRulesSpecificitiesAndErrors() {
        Pages.write(dir, "extra.css", "");
        Cssom cssom = parsePage("<body bgcolor=yellow><style media='screen and (min-width: 500px)'>"
                + "@import 'extra.css' print;\np, #x .y { color: red }\nh1 { color: ; }</style><p style='margin: 0 auto'>x");

        String dump = cssom.dump();
        assertThat(dump).startsWith("Stylesheet user-agent user-agent.css\n")
                .contains("  h1 { margin-top: 0.67em; margin-bottom: 0.67em; font-size: 2em; font-weight: bold; }"
                        + "  /* specificity (0,0,1) */\n")
                .endsWith("Stylesheet author <style> #1 media=\"screen and (min-width: 500px)\"\n"
                        + "  @import url(" + url("extra.css") + ") print;\n"
                        + "  p, #x .y { color: red; }  /* specificity (0,0,1), (1,1,0) */\n"
                        + "  h1 { }  /* specificity (0,0,1) */\n"
                        + "  error 3:13: Error in expression. (Invalid token \";\".)\n"
                        + "presentational hints on <body>: [background-color: #ffff00]\n"
                        + "style=\"\" on <p>: [margin-top: 0, margin-right: auto, margin-bottom: 0, margin-left: auto]\n");
        assertThat(cssom.summary()).isEqualTo("2 stylesheets, " + (cssom.stylesheets().get(0).rules().size() + 2)
                + " rules, 1 style attributes, 1 elements with presentational hints");
    }
}
