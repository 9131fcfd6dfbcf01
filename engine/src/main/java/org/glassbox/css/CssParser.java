package org.glassbox.css;

import com.steadystate.css.dom.CSSStyleDeclarationImpl;
import com.steadystate.css.dom.CSSStyleRuleImpl;
import com.steadystate.css.dom.CSSValueImpl;
import com.steadystate.css.dom.Property;
import com.steadystate.css.parser.CSSOMParser;
import com.steadystate.css.parser.SACParserCSS3;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.glassbox.LoadException;
import org.glassbox.Log;
import org.glassbox.net.Response;
import org.glassbox.net.Subresources;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.w3c.css.sac.CSSParseException;
import org.w3c.css.sac.ErrorHandler;
import org.w3c.css.sac.InputSource;
import org.w3c.css.sac.SelectorList;
import org.w3c.dom.css.CSSRule;
import org.w3c.dom.css.CSSRuleList;
import org.w3c.dom.css.CSSStyleSheet;

/**
 * The parse-CSS phase: collects a page's styles into a {@link Cssom}. The user-agent
 * stylesheet comes first (HTML's default rendering), then every {@code <style>} and
 * {@code <link rel=stylesheet>} in document order, then the {@code style=""} attributes.
 *
 * <p>cssparser does the tokenizing and the CSS grammar, recovering from errors as CSS 2.1 §4.2
 * prescribes; this class turns its output into Glassbox's own rules, selectors and values, and
 * logs every error with where it happened.
 */
public final class CssParser {

    private static final String USER_AGENT_SHEET = "user-agent.css";

    private final Log log;
    private final Stylesheet userAgent;

    public CssParser(Log log) {
        this.log = log;
        this.userAgent = parseStylesheet(readUserAgentSheet(), Origin.USER_AGENT, USER_AGENT_SHEET, 1);
    }

    /**
     * Collects every stylesheet and style attribute of {@code dom}, in cascade order.
     *
     * @param subresources where {@code <link rel=stylesheet>} sheets come from
     */
    public Cssom parse(Document dom, Subresources subresources) {
        List<Stylesheet> sheets = new ArrayList<>(List.of(userAgent));
        Map<Element, List<Declaration>> inlineStyles = new LinkedHashMap<>();
        int styleElements = 0;
        for (Element element : dom.getAllElements()) {
            if (element.normalName().equals("style") && appliesToScreen(element)) {
                sheets.add(parseStylesheet(element.data(), Origin.AUTHOR,
                        "<style> #" + ++styleElements, firstLine(element)));
            } else if (isStylesheetLink(element) && appliesToScreen(element)) {
                fetchStylesheet(element, subresources).ifPresent(sheets::add);
            }
            if (element.hasAttr("style")) {
                inlineStyles.put(element, parseDeclarations(element.attr("style"), "style=\"\" on <" + element.normalName() + ">"));
            }
        }
        return new Cssom(sheets, inlineStyles);
    }

    /** The page line an element starts on; 1 for elements a script made, which have no source position. */
    private static int firstLine(Element element) {
        return Math.max(1, element.sourceRange().start().lineNumber());
    }

    /** {@code rel} is a set of space-separated tokens, compared without case (HTML §4.6.7). */
    private static boolean isStylesheetLink(Element element) {
        return element.normalName().equals("link") && element.hasAttr("href")
                && Arrays.asList(element.attr("rel").toLowerCase(Locale.ROOT).split("\\s+")).contains("stylesheet");
    }

    /** A sheet for print only must not style the screen; full media queries come later. */
    private boolean appliesToScreen(Element element) {
        String media = element.attr("media").toLowerCase(Locale.ROOT).strip();
        boolean applies = media.isEmpty() || media.contains("all") || media.contains("screen");
        if (!applies) {
            log.detail("skipped a stylesheet for media \"" + media + "\"");
        }
        return applies;
    }

    private Optional<Stylesheet> fetchStylesheet(Element link, Subresources subresources) {
        String href = link.absUrl("href");
        try {
            Response response = subresources.fetch(URI.create(href));
            if (response.status() >= 400) {
                log.warn("stylesheet " + href + " answered " + response.status() + "; skipped");
                return Optional.empty();
            }
            return Optional.of(parseStylesheet(response.text(), Origin.AUTHOR, href, 1));
        } catch (LoadException | IllegalArgumentException e) {
            log.warn("stylesheet " + href + " not loaded: " + e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Parses one stylesheet's text.
     *
     * @param firstLine the line of the page the text starts on, so errors in a {@code <style>}
     *     point at the page's own line numbers
     */
    Stylesheet parseStylesheet(String css, Origin origin, String source, int firstLine) {
        CSSOMParser parser = parser(source, firstLine);
        try {
            CSSStyleSheet sheet = parser.parseStyleSheet(new InputSource(new StringReader(css)), null, null);
            return new Stylesheet(origin, source, rules(sheet.getCssRules(), source));
        } catch (IOException | RuntimeException e) {
            log.warn(source + ": cannot parse stylesheet: " + e.getMessage());
            return new Stylesheet(origin, source, List.of());
        }
    }

    private List<StyleRule> rules(CSSRuleList list, String source) {
        List<StyleRule> rules = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            CSSRule rule = list.item(i);
            if (rule instanceof CSSStyleRuleImpl styleRule) {
                styleRule(styleRule, source).ifPresent(rules::add);
            } else {
                log.detail(source + ": skipped " + rule.getCssText().split("\\{")[0].strip() + " (not supported yet)");
            }
        }
        return rules;
    }

    private Optional<StyleRule> styleRule(CSSStyleRuleImpl rule, String source) {
        List<Selector> selectors = selectors(rule.getSelectors(), source);
        if (selectors.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new StyleRule(selectors, declarations((CSSStyleDeclarationImpl) rule.getStyle(), source)));
    }

    /** A selector Glassbox cannot match, such as {@code a:hover}, matches nothing; its neighbours in the list still apply. */
    private List<Selector> selectors(SelectorList list, String source) {
        List<Selector> selectors = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            try {
                selectors.add(SelectorReader.read(list.item(i)));
            } catch (IllegalArgumentException e) {
                log.detail(source + ": " + e.getMessage());
            }
        }
        return selectors;
    }

    private List<Declaration> parseDeclarations(String text, String source) {
        try {
            CSSStyleDeclarationImpl style = (CSSStyleDeclarationImpl)
                    parser(source, 1).parseStyleDeclaration(new InputSource(new StringReader(text)));
            return declarations(style, source);
        } catch (IOException | RuntimeException e) {
            log.warn(source + ": cannot parse declarations: " + e.getMessage());
            return List.of();
        }
    }

    /** Reads each declaration and expands shorthands; one the engine cannot read is dropped with a warning (CSS 2.1 §4.2). */
    private List<Declaration> declarations(CSSStyleDeclarationImpl style, String source) {
        List<Declaration> declarations = new ArrayList<>();
        for (Property property : style.getProperties()) {
            String name = property.getName().toLowerCase(Locale.ROOT);
            try {
                CssValue value = ValueReader.read((CSSValueImpl) property.getValue());
                declarations.addAll(Shorthands.expand(new Declaration(name, value, property.isImportant())));
            } catch (IllegalArgumentException e) {
                log.warn(source + ": skipped " + name + ": " + e.getMessage());
            }
        }
        return declarations;
    }

    private CSSOMParser parser(String source, int firstLine) {
        CSSOMParser parser = new CSSOMParser(new SACParserCSS3());
        parser.setErrorHandler(new LoggingErrorHandler(log, source, firstLine - 1));
        return parser;
    }

    private static String readUserAgentSheet() {
        try (InputStream in = CssParser.class.getResourceAsStream(USER_AGENT_SHEET)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Logs cssparser's complaints as warnings with line and column (CSS 2.1 §4.2: errors are recovered from, not fatal). */
    private record LoggingErrorHandler(Log log, String source, int lineOffset) implements ErrorHandler {

        @Override
        public void warning(CSSParseException e) {
            log.detail(where(e) + brief(e.getMessage()));
        }

        @Override
        public void error(CSSParseException e) {
            log.warn(where(e) + brief(e.getMessage()));
        }

        @Override
        public void fatalError(CSSParseException e) {
            error(e);
        }

        private String where(CSSParseException e) {
            return source + ":" + (e.getLineNumber() + lineOffset) + ":" + e.getColumnNumber() + ": ";
        }

        /** cssparser lists every token it expected; the first sentence is what a reader needs. */
        private static String brief(String message) {
            int expecting = message.indexOf(" Was expecting");
            return expecting < 0 ? message : message.substring(0, expecting) + ")";
        }
    }
}
