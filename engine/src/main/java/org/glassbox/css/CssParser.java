package org.glassbox.css;

import com.steadystate.css.dom.CSSImportRuleImpl;
import com.steadystate.css.dom.CSSMediaRuleImpl;
import com.steadystate.css.dom.CSSStyleDeclarationImpl;
import com.steadystate.css.dom.CSSStyleRuleImpl;
import com.steadystate.css.dom.CSSValueImpl;
import com.steadystate.css.dom.MediaListImpl;
import com.steadystate.css.dom.Property;
import com.steadystate.css.parser.CSSOMParser;
import com.steadystate.css.userdata.UserDataConstants;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.glassbox.LoadException;
import org.glassbox.Log;
import org.glassbox.css.CssValue.Url;
import org.glassbox.css.CssValue.ValueList;
import org.glassbox.html.HtmlParser;
import org.glassbox.layout.Viewport;
import org.glassbox.net.Response;
import org.glassbox.net.Subresources;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.w3c.css.sac.CSSParseException;
import org.w3c.css.sac.ErrorHandler;
import org.w3c.css.sac.InputSource;
import org.w3c.css.sac.Locator;
import org.w3c.css.sac.SelectorList;
import org.w3c.dom.css.CSSRule;
import org.w3c.dom.css.CSSRuleList;

/**
 * The parse-CSS phase: collects a page's styles into a {@link Cssom}, in cascade order. The
 * user-agent stylesheet comes first (HTML's default rendering), then every {@code <link
 * rel=stylesheet>} and {@code <style>} in document order, each after the sheets it
 * {@code @import}s; then the presentational hints of legacy attributes and the
 * {@code style=""} attributes.
 *
 * <p>Media queries are answered here, once, for the viewport the page is shown in: a sheet whose
 * {@code media} does not match is not loaded, and only the {@code @media} blocks that match keep
 * their rules. cssparser does the tokenizing and the CSS grammar, recovering from errors as CSS
 * 2.1 §4.2 prescribes; this class turns its output into Glassbox's own rules, selectors and
 * values, and keeps every error with where it happened.
 */
public final class CssParser {

    private static final String USER_AGENT_SHEET = "user-agent.css";

    /**
     * How many sheets one chain of imports may hold. The cycle check stops a sheet importing
     * itself, but not a server that answers every URL with a sheet importing yet another URL.
     */
    static final int MAX_IMPORT_DEPTH = 16;

    private static final Pattern AT_KEYWORD = Pattern.compile("^\\s*(@[-\\w]+)");

    private final Log log;
    private final Viewport viewport;
    private final boolean scripting;
    private final Stylesheet userAgent;

    /** A parser for pages shown in {@code viewport} with scripts running: media queries are tested against its size. */
    public CssParser(Log log, Viewport viewport) {
        this(log, viewport, true);
    }

    /**
     * A parser for pages shown in {@code viewport}, with scripts running or not: media queries
     * are tested against its size, and {@code (scripting)} against {@code scripting}.
     */
    public CssParser(Log log, Viewport viewport, boolean scripting) {
        this.log = log;
        this.viewport = viewport;
        this.scripting = scripting;
        this.userAgent = parseStylesheet(readUserAgentSheet(), Origin.USER_AGENT, USER_AGENT_SHEET,
                URI.create(USER_AGENT_SHEET), MediaList.ALL, 1);
    }

    /**
     * Collects every stylesheet, presentational hint and style attribute of {@code dom}, in
     * cascade order.
     *
     * @param subresources where {@code <link rel=stylesheet>} and {@code @import} sheets come from
     */
    public Cssom parse(Document dom, Subresources subresources) {
        List<Stylesheet> sheets = new ArrayList<>(List.of(userAgent));
        int styleElements = 0;
        for (Element element : dom.getAllElements()) {
            if (element.normalName().equals("style")) {
                sheets.addAll(styleElement(element, "<style> #" + ++styleElements, subresources));
            } else if (isStylesheetLink(element)) {
                sheets.addAll(linkedStylesheet(element, subresources));
            }
        }
        return new Cssom(sheets, PresentationalHints.collect(dom), styleAttributes(dom));
    }

    /** A {@code <style>}'s sheet after its imports, which resolve against the document's base URL. */
    private List<Stylesheet> styleElement(Element style, String source, Subresources subresources) {
        MediaList media = mediaAttribute(style, source);
        if (!applies(media, source)) {
            return List.of();
        }
        Stylesheet sheet = parseStylesheet(HtmlParser.rawText(style), Origin.AUTHOR, source, baseUrl(style), media, firstLine(style));
        return withImports(sheet, List.of(), subresources, documentEncoding(style));
    }

    /** {@code rel} is a set of space-separated tokens, compared without case (HTML §4.6.7). */
    private static boolean isStylesheetLink(Element element) {
        return element.normalName().equals("link") && element.hasAttr("href") && rel(element).contains("stylesheet");
    }

    private static List<String> rel(Element link) {
        return Arrays.asList(link.attr("rel").toLowerCase(Locale.ROOT).strip().split("\\s+"));
    }

    /** A {@code <link rel=stylesheet>}'s sheet after its imports; a sheet for other media is not loaded. */
    private List<Stylesheet> linkedStylesheet(Element link, Subresources subresources) {
        String href = link.absUrl("href");
        if (rel(link).contains("alternate")) {
            // HTML §4.6.7: an alternative stylesheet applies only once the user picks it.
            log.detail("skipped alternative stylesheet " + href);
            return List.of();
        }
        MediaList media = mediaAttribute(link, href);
        if (!applies(media, href)) {
            return List.of();
        }
        return fetch(href, "stylesheet " + href, subresources)
                .map(response -> fetchedSheet(response, href, media, List.of(URI.create(href)), subresources, linkEncoding(link)))
                .orElse(List.of());
    }

    /**
     * A fetched sheet, decoded (CSS Syntax 3 §3.2), after its imports, which fall back to the
     * encoding it was decoded with.
     *
     * @param referrerEncoding the encoding the sheet falls back to if nothing in it or its response names one
     */
    private List<Stylesheet> fetchedSheet(Response response, String source, MediaList media, List<URI> chain,
            Subresources subresources, Charset referrerEncoding) {
        StylesheetEncoding.Decoded decoded = StylesheetEncoding.decode(response.body(), response.charset(), referrerEncoding);
        Stylesheet sheet = parseStylesheet(decoded.text(), Origin.AUTHOR, source, response.url(), media, 1);
        return withImports(sheet, chain, subresources, decoded.encoding());
    }

    /** A linked sheet falls back to the encoding its {@code charset} attribute names, else to the document's. */
    private static Charset linkEncoding(Element link) {
        return StylesheetEncoding.forLabel(link.attr("charset")).orElse(documentEncoding(link));
    }

    /** The encoding the document was decoded with (HTML §13.2.3), which its sheets fall back to. */
    private static Charset documentEncoding(Element element) {
        Document document = element.ownerDocument();
        return document == null ? StandardCharsets.UTF_8 : document.charset();
    }

    /**
     * The sheet with the sheets it imports before it, each of those after its own imports: in
     * the cascade an imported sheet stands in place of its {@code @import} (CSS Cascade 4 §6.1,
     * order of appearance).
     *
     * @param chain the sheets this one was reached through, and itself if it has a URL
     * @param encoding the sheet's encoding, which the sheets it imports fall back to
     */
    private List<Stylesheet> withImports(Stylesheet sheet, List<URI> chain, Subresources subresources, Charset encoding) {
        List<Stylesheet> sheets = new ArrayList<>();
        for (ImportRule rule : sheet.imports()) {
            sheets.addAll(imported(rule, sheet.source(), chain, subresources, encoding));
        }
        sheets.add(sheet);
        return sheets;
    }

    /**
     * The sheet an {@code @import} brings in, after its own imports; none if it is for other
     * media or would make the chain loop or run too deep.
     */
    private List<Stylesheet> imported(ImportRule rule, String importer, List<URI> chain, Subresources subresources,
            Charset importerEncoding) {
        String what = importer + ": @import of " + rule.url();
        if (!applies(rule.media(), what) || !fitsOnChain(rule.url(), what, chain)) {
            return List.of();
        }
        String source = rule.url().toString();
        List<URI> longer = Stream.concat(chain.stream(), Stream.of(rule.url())).toList();
        return fetch(source, what, subresources)
                .map(response -> fetchedSheet(response, source, rule.media(), longer, subresources, importerEncoding))
                .orElse(List.of());
    }

    /** A sheet already on the chain would import itself for ever; a chain of new URLs is cut at a depth. */
    private boolean fitsOnChain(URI url, String what, List<URI> chain) {
        String problem = chain.contains(url) ? "it is already being imported"
                : chain.size() >= MAX_IMPORT_DEPTH ? "imports nest more than " + MAX_IMPORT_DEPTH + " deep" : null;
        if (problem != null) {
            String path = Stream.concat(chain.stream(), Stream.of(url)).map(URI::toString).collect(Collectors.joining(" → "));
            log.warn("skipped " + what + ": " + problem + " (" + path + ")");
        }
        return problem == null;
    }

    private Optional<Response> fetch(String url, String what, Subresources subresources) {
        try {
            Response response = subresources.fetch(URI.create(url));
            if (response.status() >= 400) {
                log.warn(what + " answered " + response.status() + "; skipped");
                return Optional.empty();
            }
            return Optional.of(response);
        } catch (LoadException | IllegalArgumentException e) {
            log.warn(what + " not loaded: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** The {@code media} attribute's query list; without one, or with an empty one, all media (HTML §4.2.4, §4.2.6). */
    private MediaList mediaAttribute(Element element, String source) {
        String text = element.attr("media").strip();
        if (text.isEmpty()) {
            return MediaList.ALL;
        }
        try {
            CSSOMParser parser = parser(new ParseErrors(log, source + " media=\"" + text + "\"", 0));
            return MediaListReader.read(new MediaListImpl(parser.parseMedia(new InputSource(new StringReader(text)))));
        } catch (IOException | RuntimeException e) {
            log.warn(source + ": cannot read media=\"" + text + "\": " + e.getMessage());
            return new MediaList(List.of(new MediaQuery(true, "all", List.of())));
        }
    }

    private boolean applies(MediaList media, String source) {
        boolean applies = media.matches(viewport, scripting);
        if (!applies) {
            log.detail("skipped " + source + ": media \"" + media + "\" does not match a "
                    + viewport.width() + "×" + viewport.height() + " screen");
        }
        return applies;
    }

    /** Where relative URLs in a {@code <style>} point from: the document's base URL, as {@code <base href>} may set it. */
    private static URI baseUrl(Element element) {
        try {
            return URI.create(element.baseUri());
        } catch (IllegalArgumentException e) {
            return URI.create("");
        }
    }

    /** The page line an element starts on; 1 for elements a script made, which have no source position. */
    private static int firstLine(Element element) {
        return Math.max(1, element.sourceRange().start().lineNumber());
    }

    private Map<Element, List<Declaration>> styleAttributes(Document dom) {
        Map<Element, List<Declaration>> styles = new LinkedHashMap<>();
        for (Element element : dom.getAllElements()) {
            if (element.hasAttr("style")) {
                styles.put(element, parseDeclarations(element.attr("style"), baseUrl(element),
                        "style=\"\" on <" + element.normalName() + ">"));
            }
        }
        return styles;
    }

    /**
     * Parses one stylesheet's text; its imports are listed, not fetched.
     *
     * @param base the URL its {@code @import}s are resolved against
     * @param media the media it was included for
     * @param firstLine the line of the page the text starts on, so errors in a {@code <style>}
     *     point at the page's own line numbers
     */
    Stylesheet parseStylesheet(String css, Origin origin, String source, URI base, MediaList media, int firstLine) {
        ParseErrors errors = new ParseErrors(log, source, firstLine - 1);
        try {
            CSSRuleList list = parser(errors).parseStyleSheet(new InputSource(new StringReader(withinLimit(css, source))), null, null)
                    .getCssRules();
            return new Stylesheet(origin, source, media, imports(list, base, source), rules(list, base, source, firstLine),
                    errors.list());
        } catch (IOException | RuntimeException e) {
            log.warn(source + ": cannot parse stylesheet: " + e.getMessage());
            return new Stylesheet(origin, source, media, List.of(), List.of(), errors.list());
        }
    }

    /** The sheet's text, cut after its {@link RuleLimit#MAX_RULES}th rule if it has more. */
    private String withinLimit(String css, String source) {
        Optional<String> cut = RuleLimit.cut(css);
        cut.ifPresent(kept -> log.warn(source + ": more than " + RuleLimit.MAX_RULES + " rules, the most Glassbox keeps of a"
                + " stylesheet: the rest of the sheet is left out"));
        return cut.orElse(css);
    }

    /** The {@code @import} rules, which cssparser keeps only at the start of a sheet, as CSS 2.1 §6.3 requires. */
    private List<ImportRule> imports(CSSRuleList list, URI base, String source) {
        List<ImportRule> imports = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            if (list.item(i) instanceof CSSImportRuleImpl rule) {
                try {
                    imports.add(new ImportRule(base.resolve(rule.getHref().strip()), MediaListReader.read(rule.getMedia())));
                } catch (IllegalArgumentException e) {
                    log.warn(source + ": skipped @import of " + rule.getHref() + ": not a URL");
                }
            }
        }
        return imports;
    }

    /** The style rules, those of the {@code @media} blocks that match standing in their place (CSS Conditional 3 §6). */
    private List<StyleRule> rules(CSSRuleList list, URI base, String source, int firstLine) {
        List<StyleRule> rules = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            CSSRule rule = list.item(i);
            if (rule instanceof CSSStyleRuleImpl styleRule) {
                styleRule(styleRule, base, source, firstLine).ifPresent(rules::add);
            } else if (rule instanceof CSSMediaRuleImpl mediaRule) {
                rules.addAll(mediaRule(mediaRule, base, source, firstLine));
            } else if (!(rule instanceof CSSImportRuleImpl)) {
                log.detail(source + ": skipped " + atKeyword(rule) + " (not supported)");
            }
        }
        return rules;
    }

    private List<StyleRule> mediaRule(CSSMediaRuleImpl rule, URI base, String source, int firstLine) {
        MediaList media = MediaListReader.read(rule.getMedia());
        return applies(media, source + ": @media block") ? rules(rule.getCssRules(), base, source, firstLine) : List.of();
    }

    /** The rule's at-keyword, such as {@code @font-face}, {@code @keyframes} or {@code @supports}. */
    private static String atKeyword(CSSRule rule) {
        Matcher matcher = AT_KEYWORD.matcher(rule.getCssText());
        return matcher.find() ? matcher.group(1) : "a rule";
    }

    private Optional<StyleRule> styleRule(CSSStyleRuleImpl rule, URI base, String source, int firstLine) {
        List<Selector> selectors = selectors(rule.getSelectors(), source);
        if (selectors.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new StyleRule(selectors, declarations((CSSStyleDeclarationImpl) rule.getStyle(), base, source),
                source, firstLine - 1 + lineOf(rule)));
    }

    /** The line a rule starts on in its text, which cssparser keeps as user data; 1 if it did not. */
    private static int lineOf(CSSStyleRuleImpl rule) {
        return rule.getUserData(UserDataConstants.KEY_LOCATOR) instanceof Locator locator ? locator.getLineNumber() : 1;
    }

    /**
     * A selector Glassbox cannot match, such as {@code a:hover}, matches nothing; its neighbours
     * in the list still apply. An invalid one, such as {@code p::first-line em}, drops the whole
     * rule (Selectors 3 §5): an empty list.
     */
    private List<Selector> selectors(SelectorList list, String source) {
        List<Selector> selectors = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            try {
                selectors.add(SelectorReader.read(list.item(i)));
            } catch (IllegalArgumentException e) {
                log.warn(source + ": skipped a rule: " + e.getMessage());
                return List.of();
            }
        }
        return selectors;
    }

    private List<Declaration> parseDeclarations(String text, URI base, String source) {
        try {
            CSSStyleDeclarationImpl style = (CSSStyleDeclarationImpl)
                    parser(new ParseErrors(log, source, 0)).parseStyleDeclaration(new InputSource(new StringReader(text)));
            return declarations(style, base, source);
        } catch (IOException | RuntimeException e) {
            log.warn(source + ": cannot parse declarations: " + e.getMessage());
            return List.of();
        }
    }

    /**
     * Reads each declaration, its URLs resolved against {@code base}, and expands shorthands; one
     * the engine cannot read is dropped with a warning (CSS 2.1 §4.2).
     */
    private List<Declaration> declarations(CSSStyleDeclarationImpl style, URI base, String source) {
        List<Declaration> declarations = new ArrayList<>();
        for (Property property : style.getProperties()) {
            String name = property.getName().toLowerCase(Locale.ROOT);
            try {
                CssValue value = ValueReader.read((CSSValueImpl) property.getValue());
                for (Declaration longhand : Shorthands.expand(new Declaration(name, value, property.isImportant()))) {
                    declarations.add(
                            new Declaration(longhand.property(), resolved(longhand.value(), base), longhand.important()));
                }
            } catch (IllegalArgumentException e) {
                log.warn(source + ": skipped " + name + ": " + e.getMessage());
            }
        }
        return declarations;
    }

    /**
     * CSS 2.1 §4.3.4: a relative URL in a sheet is relative to the sheet's own URL, or to the
     * document's for a {@code <style>} or a {@code style} attribute; it is resolved as the sheet
     * is read, because later no value remembers which sheet it came from.
     */
    private static CssValue resolved(CssValue value, URI base) {
        if (value instanceof Url url) {
            try {
                return new Url(base.resolve(url.url().strip()).toString());
            } catch (IllegalArgumentException notAUrl) {
                return url;
            }
        }
        if (value instanceof ValueList list) {
            return new ValueList(list.values().stream().map(part -> resolved(part, base)).toList());
        }
        return value;
    }

    private static CSSOMParser parser(ParseErrors errors) {
        CSSOMParser parser = new CSSOMParser(new ColorLevel4Parser());
        parser.setErrorHandler(errors);
        return parser;
    }

    private static String readUserAgentSheet() {
        try (InputStream in = CssParser.class.getResourceAsStream(USER_AGENT_SHEET)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The syntax errors of one text, each kept for the stylesheet and the first hundred logged as
     * warnings with their line and column (CSS 2.1 §4.2: errors are recovered from, not fatal). A
     * hostile sheet can hold hundreds of thousands; past a hundred, one more line says the rest go
     * unlogged, and the stylesheet's dump still lists them all. cssparser's warnings, such as
     * "Ignoring the whole rule", only say how it recovered: they are details.
     */
    private static final class ParseErrors implements ErrorHandler {

        private static final int MAX_LOGGED = 100;

        private final Log log;
        private final String source;
        private final int lineOffset;
        private final List<ParseError> list = new ArrayList<>();

        ParseErrors(Log log, String source, int lineOffset) {
            this.log = log;
            this.source = source;
            this.lineOffset = lineOffset;
        }

        List<ParseError> list() {
            return list;
        }

        @Override
        public void warning(CSSParseException e) {
            log.detail(source + ":" + parseError(e));
        }

        @Override
        public void error(CSSParseException e) {
            ParseError error = parseError(e);
            list.add(error);
            if (list.size() <= MAX_LOGGED) {
                log.warn(source + ":" + error);
            } else if (list.size() == MAX_LOGGED + 1) {
                log.warn(source + ": more than " + MAX_LOGGED + " syntax errors; the rest are not logged");
            }
        }

        @Override
        public void fatalError(CSSParseException e) {
            error(e);
        }

        private ParseError parseError(CSSParseException e) {
            return new ParseError(e.getLineNumber() + lineOffset, e.getColumnNumber(), brief(e.getMessage()));
        }

        /** cssparser lists every token it expected; the first sentence is what a reader needs. */
        private static String brief(String message) {
            int expecting = message.indexOf(" Was expecting");
            return expecting < 0 ? message : message.substring(0, expecting) + ")";
        }
    }
}
