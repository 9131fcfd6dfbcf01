package org.glassbox.css;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.glassbox.css.CssValue.Delimiter;
import org.glassbox.css.CssValue.Keyword;
import org.glassbox.css.CssValue.Length;
import org.glassbox.css.CssValue.Text;
import org.glassbox.css.CssValue.ValueList;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Presentational hints (HTML §15.3): the styling attributes of HTML before CSS, such as
 * {@code <body bgcolor>}, {@code <td align>} and {@code <font size>}, turned into the CSS
 * declarations they stand for. Browsers still honour them, so old pages look as they always did.
 *
 * <p>The cascade treats them as author declarations of specificity zero that come before every
 * author stylesheet (HTML §15.1; CSS Cascade 4, "Precedence of Non-CSS Presentational
 * Hints"): any author rule for the same property beats them, and
 * they beat the user-agent stylesheet. The attribute values are read with HTML's forgiving
 * microsyntaxes ({@link Microsyntaxes}), so {@code width="50%"} and {@code width="120px"} both work.
 *
 * <p>Not supported: {@code cellpadding}, {@code cellspacing}, {@code rules} and {@code frame} on
 * tables, {@code type} on lists, {@code hspace}, {@code vspace} and {@code align} on images,
 * {@code background}, {@code vlink} and {@code alink} on the body, {@code size} and
 * {@code noshade} on {@code hr}, the body's margin attributes.
 */
final class PresentationalHints {

    private static final Keyword AUTO = new Keyword("auto");
    private static final Set<String> TEXT_ALIGNS = Set.of("left", "right", "center", "justify");
    private static final Set<String> VERTICAL_ALIGNS = Set.of("top", "middle", "bottom", "baseline");
    private static final Set<String> GENERIC_FAMILIES = Set.of("serif", "sans-serif", "monospace", "cursive", "fantasy");

    /** HTML §15.3.4: the CSS sizes of {@code <font size=1>} to {@code <font size=7>}. */
    private static final List<String> FONT_SIZES =
            List.of("x-small", "small", "medium", "large", "x-large", "xx-large", "xxx-large");

    /** HTML §15.3.4, the rules for parsing a legacy font size: a size, or a step up or down from 3. */
    private static final Pattern LEGACY_FONT_SIZE = Pattern.compile("^[ \\t\\n\\f\\r]*([+-]?)([0-9]+)");

    private final Element element;
    private final List<Declaration> declarations = new ArrayList<>();

    private PresentationalHints(Element element) {
        this.element = element;
    }

    /** The hints of every element of {@code dom} that has any, in document order. */
    static Map<Element, List<Declaration>> collect(Document dom) {
        Optional<Color> linkColor = body(dom).flatMap(body -> legacyColor(body, "link"));
        Map<Element, List<Declaration>> hints = new LinkedHashMap<>();
        for (Element element : dom.getAllElements()) {
            List<Declaration> declarations = new PresentationalHints(element).read(linkColor);
            if (!declarations.isEmpty()) {
                hints.put(element, declarations);
            }
        }
        return hints;
    }

    /** The body element (HTML §3.1.3), found without jsoup's {@code body()}, which would make one. */
    private static Optional<Element> body(Document dom) {
        Element root = dom.firstElementChild();
        return root == null ? Optional.empty()
                : root.children().stream().filter(child -> child.normalName().equals("body")).findFirst();
    }

    private List<Declaration> read(Optional<Color> linkColor) {
        hidden();
        switch (element.normalName()) {
            case "body" -> body();
            case "a", "area" -> link(linkColor);
            case "div", "p", "h1", "h2", "h3", "h4", "h5", "h6" -> textAlign();
            case "table" -> table();
            case "thead", "tbody", "tfoot", "tr" -> tableRows();
            case "td", "th" -> tableCell();
            case "col", "colgroup" -> tableColumns();
            case "img" -> image();
            case "embed", "iframe", "object", "video" -> embedded();
            case "hr" -> hr();
            case "font" -> font();
            default -> { }
        }
        return declarations;
    }

    /**
     * HTML §15.3.1: a hidden element is not rendered. The standard says so with a {@code [hidden]}
     * rule in the user-agent stylesheet; Chromium, like Glassbox, makes it a hint. An element with
     * {@code hidden=until-found} keeps its box but hides its content, for find-in-page to reveal.
     */
    private void hidden() {
        attribute("hidden").ifPresent(value -> {
            if (value.equalsIgnoreCase("until-found")) {
                set("content-visibility", new Keyword("hidden"));
            } else {
                set("display", new Keyword("none"));
            }
        });
    }

    /** HTML §15.3.2: the page's background and text colours. */
    private void body() {
        color("bgcolor", "background-color");
        color("text", "color");
    }

    /**
     * HTML §15.3.2: the body's {@code link} colour goes to every element that matches
     * {@code :link}, an {@code a} or {@code area} with an {@code href}; Glassbox keeps no history,
     * so no link is visited and {@code vlink} never applies.
     */
    private void link(Optional<Color> linkColor) {
        if (element.hasAttr("href")) {
            linkColor.ifPresent(color -> set("color", color));
        }
    }

    /**
     * HTML §15.3.3 and §15.3.8: {@code align} as {@code text-align}; {@code middle} means centre.
     * Chromium uses its own {@code -webkit-center}, which also centres block children; Glassbox
     * has only {@code center}.
     */
    private void textAlign() {
        keyword("align").map(value -> value.equals("middle") ? "center" : value)
                .filter(TEXT_ALIGNS::contains)
                .ifPresent(value -> set("text-align", new Keyword(value)));
    }

    /** HTML §15.3.8: {@code valign} as {@code vertical-align}. */
    private void verticalAlign() {
        keyword("valign").filter(VERTICAL_ALIGNS::contains).ifPresent(value -> set("vertical-align", new Keyword(value)));
    }

    /** HTML §15.3.8: a table's colour, size, placement and border; a width of zero is ignored. */
    private void table() {
        color("bgcolor", "background-color");
        size("width", "width", Microsyntaxes::nonzeroDimension);
        size("height", "height", Microsyntaxes::dimension);
        tableAlign();
        tableBorder();
    }

    /** HTML §15.3.8: {@code align=center} centres a table with auto margins; left and right float it. */
    private void tableAlign() {
        keyword("align").ifPresent(align -> {
            switch (align) {
                case "center" -> sideMargins(AUTO, AUTO);
                case "left", "right" -> set("float", new Keyword(align));
                default -> { }
            }
        });
    }

    /** HTML §15.3.8: {@code border=N} draws an N-pixel outset border round the table. */
    private void tableBorder() {
        if (element.hasAttr("border")) {
            int width = tableBorderWidth(element);
            set("border-width", px(width));
            if (width > 0) {
                set("border-style", new Keyword("outset"));
            }
        }
    }

    /** A value that is not a number, such as {@code border} alone, means 1 (HTML §15.3.8). */
    private static int tableBorderWidth(Element table) {
        return Microsyntaxes.nonNegativeInteger(table.attr("border")).orElse(1);
    }

    /** HTML §15.3.8: colour and alignment of rows and row groups, and a row's height. */
    private void tableRows() {
        color("bgcolor", "background-color");
        textAlign();
        verticalAlign();
        if (element.normalName().equals("tr")) {
            size("height", "height", Microsyntaxes::dimension);
        }
    }

    /** HTML §15.3.8: a cell's colour, size (zero is ignored) and alignment, and the border its table gives it. */
    private void tableCell() {
        color("bgcolor", "background-color");
        size("width", "width", Microsyntaxes::nonzeroDimension);
        size("height", "height", Microsyntaxes::nonzeroDimension);
        textAlign();
        verticalAlign();
        cellBorder();
    }

    /** HTML §15.3.8: in a table with a border, every cell has a 1px inset border of its own. */
    private void cellBorder() {
        Optional<Element> table = element.parents().stream().filter(e -> e.normalName().equals("table")).findFirst();
        if (table.filter(t -> t.hasAttr("border") && tableBorderWidth(t) > 0).isPresent()) {
            set("border-width", px(1));
            set("border-style", new Keyword("inset"));
        }
    }

    /** HTML §15.3.8: a column's width and vertical alignment. */
    private void tableColumns() {
        size("width", "width", Microsyntaxes::dimension);
        verticalAlign();
    }

    /** HTML §15.4.3: an image's size, and its border, which is solid. */
    private void image() {
        embedded();
        attribute("border").flatMap(Microsyntaxes::nonNegativeInteger).ifPresent(width -> {
            set("border-width", px(width));
            set("border-style", new Keyword("solid"));
        });
    }

    /** HTML §15.4.3: the width and height of images, frames and other embedded content. */
    private void embedded() {
        size("width", "width", Microsyntaxes::dimension);
        size("height", "height", Microsyntaxes::dimension);
    }

    /** HTML §15.3.11: a rule's width, and its alignment, made by auto margins. */
    private void hr() {
        size("width", "width", Microsyntaxes::dimension);
        keyword("align").ifPresent(align -> {
            switch (align) {
                case "left" -> sideMargins(px(0), AUTO);
                case "right" -> sideMargins(AUTO, px(0));
                case "center" -> sideMargins(AUTO, AUTO);
                default -> { }
            }
        });
    }

    /** HTML §15.3.4: {@code <font color face size>}. */
    private void font() {
        color("color", "color");
        attribute("face").flatMap(PresentationalHints::fontFamilies).ifPresent(families -> set("font-family", families));
        attribute("size").flatMap(PresentationalHints::legacyFontSize).ifPresent(size -> set("font-size", new Keyword(size)));
    }

    /** A {@code face} list: the generic families are keywords, every other name a string. */
    private static Optional<CssValue> fontFamilies(String face) {
        List<CssValue> families = new ArrayList<>();
        for (String name : face.split(",")) {
            String family = name.strip();
            if (!family.isEmpty()) {
                families.addAll(families.isEmpty() ? List.of() : List.of(new Delimiter(',')));
                String lower = family.toLowerCase(Locale.ROOT);
                families.add(GENERIC_FAMILIES.contains(lower) ? new Keyword(lower) : new Text(family));
            }
        }
        return families.isEmpty() ? Optional.empty() : Optional.of(new ValueList(families));
    }

    /**
     * The rules for parsing a legacy font size (HTML §15.3.4): {@code 5} is size 5, {@code +2}
     * two sizes above the default 3, {@code -1} one below; anything after the digits is ignored,
     * and the result is kept between 1 and 7.
     */
    private static Optional<String> legacyFontSize(String text) {
        Matcher matcher = LEGACY_FONT_SIZE.matcher(text);
        if (!matcher.find()) {
            return Optional.empty();
        }
        int value = matcher.group(2).length() > 2 ? 99 : Integer.parseInt(matcher.group(2));
        int size = switch (matcher.group(1)) {
            case "+" -> 3 + value;
            case "-" -> 3 - value;
            default -> value;
        };
        return Optional.of(FONT_SIZES.get(Math.max(1, Math.min(7, size)) - 1));
    }

    /** Sets a property, expanded into longhands, as a hint. */
    private void set(String property, CssValue value) {
        declarations.addAll(Shorthands.expand(new Declaration(property, value, false)));
    }

    private void sideMargins(CssValue left, CssValue right) {
        set("margin-left", left);
        set("margin-right", right);
    }

    /** HTML §15.3: an attribute that "maps to" a colour property, read as a legacy colour value. */
    private void color(String attribute, String property) {
        legacyColor(element, attribute).ifPresent(color -> set(property, color));
    }

    /** HTML §15.3: an attribute that "maps to the dimension property", read by {@code parser}. */
    private void size(String attribute, String property, Function<String, Optional<CssValue>> parser) {
        attribute(attribute).flatMap(parser).ifPresent(value -> set(property, value));
    }

    private static Optional<Color> legacyColor(Element element, String attribute) {
        return element.hasAttr(attribute) ? Microsyntaxes.legacyColor(element.attr(attribute)) : Optional.empty();
    }

    private Optional<String> attribute(String name) {
        return element.hasAttr(name) ? Optional.of(element.attr(name)) : Optional.empty();
    }

    /** An enumerated attribute's value, which HTML compares without case. */
    private Optional<String> keyword(String name) {
        return attribute(name).map(value -> value.strip().toLowerCase(Locale.ROOT));
    }

    private static Length px(double value) {
        return new Length(value, "px");
    }
}
