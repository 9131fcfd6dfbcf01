package org.glassbox.css;

import com.steadystate.css.parser.LexicalUnitImpl;
import com.steadystate.css.parser.SACParserCSS3;
import com.steadystate.css.parser.Token;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;
import org.w3c.css.sac.CSSParseException;
import org.w3c.css.sac.InputSource;
import org.w3c.css.sac.LexicalUnit;

/**
 * cssparser's CSS 3 grammar ({@link SACParserCSS3}), taught the color syntax of CSS Color 4
 * that it predates: four- and eight-digit hex colors ({@code #f808}), {@code rgb()} with an alpha
 * or without commas, and the slash before an alpha ({@code rgb(0 0 0 / 50%)}). Glassbox reads
 * {@code rgb()} itself ({@link ColorFunctions}).
 *
 * <p>cssparser's grammar has no slash inside a function, so before parsing, each slash inside
 * {@code rgb()}, {@code rgba()}, {@code hsl()} or {@code hsla()} is written as the escaped
 * identifier {@code \/}, which the grammar does accept there and which {@link ValueReader} reads
 * back as a slash. Columns in error messages after such a slash shift by a few characters.
 *
 * <p>Public only because cssparser records the class of the last parser it was given in the
 * system property {@code org.w3c.css.sac.parser} and creates its later parsers from it by
 * reflection.
 */
public final class ColorLevel4Parser extends SACParserCSS3 {

    /** A parser; cssparser's {@code ParserFactory} calls this by reflection. */
    public ColorLevel4Parser() {
        super();
    }

    private static final Set<String> COLOR_FUNCTIONS = Set.of("rgb", "rgba", "hsl", "hsla");

    @Override
    public void parseStyleSheet(InputSource source) throws IOException {
        super.parseStyleSheet(withEscapedSlashes(source));
    }

    @Override
    public void parseStyleDeclaration(InputSource source) throws IOException {
        super.parseStyleDeclaration(withEscapedSlashes(source));
    }

    /**
     * Every function stays a plain function for {@link ValueReader}: cssparser would turn
     * {@code rgb()}, {@code counter()} and {@code rect()} into CSS 2's DOM objects, and the DOM
     * color knows only the comma syntax. {@code attr()} takes one identifier, the attribute's name
     * (CSS 2.1 §12.2); anything else in it, or nothing, is a parse error that drops only its
     * declaration — cssparser would fail on {@code attr()} and lose the whole sheet.
     */
    @Override
    protected LexicalUnit functionInternal(LexicalUnit previous, String function, LexicalUnit parameters) {
        if (function.equalsIgnoreCase("attr(")) {
            if (parameters == null || parameters.getLexicalUnitType() != LexicalUnit.SAC_IDENT
                    || parameters.getNextLexicalUnit() != null) {
                throw new CSSParseException("attr() takes an attribute name", getInputSource().getURI(), token.beginLine,
                        token.beginColumn);
            }
            return super.functionInternal(previous, function, parameters);
        }
        return LexicalUnitImpl.createFunction(previous, function.substring(0, function.length() - 1), parameters);
    }

    /**
     * CSS Color 4 §5.2: {@code #rgb}, {@code #rgba}, {@code #rrggbb} and {@code #rrggbbaa}, read as
     * {@code rgb(r, g, b, a)}. Anything else after a {@code #}, such as {@code #fgfgfg}, is a
     * parse error, which drops only its declaration (CSS 2.1 §4.2), not the whole stylesheet.
     */
    @Override
    protected LexicalUnit hexcolorInternal(LexicalUnit previous, Token token) {
        String hex = token.image.substring(1);
        if (!hex.matches("\\p{XDigit}{3,4}|\\p{XDigit}{6}|\\p{XDigit}{8}")) {
            throw new CSSParseException("not a color: " + token.image, getInputSource().getURI(), token.beginLine,
                    token.beginColumn);
        }
        String full = hex.length() <= 4 ? hex.replaceAll("(.)", "$1$1") : hex;
        LexicalUnit first = LexicalUnitImpl.createNumber(null, Integer.parseInt(full.substring(0, 2), 16));
        LexicalUnit last = first;
        for (int i = 2; i < full.length(); i += 2) {
            int value = Integer.parseInt(full.substring(i, i + 2), 16);
            LexicalUnit comma = LexicalUnitImpl.createComma(last);
            last = i < 6 ? LexicalUnitImpl.createNumber(comma, value) : LexicalUnitImpl.createNumber(comma, value / 255f);
        }
        return LexicalUnitImpl.createFunction(previous, "rgb", first);
    }

    private static InputSource withEscapedSlashes(InputSource source) throws IOException {
        if (source.getCharacterStream() == null) {
            return source;
        }
        InputSource rewritten = new InputSource(new StringReader(escapeSlashes(readAll(source.getCharacterStream()))));
        rewritten.setURI(source.getURI());
        rewritten.setTitle(source.getTitle());
        rewritten.setMedia(source.getMedia());
        return rewritten;
    }

    /**
     * Writes each slash that stands directly inside a color function as {@code " \/ "}, skipping
     * strings and comments. A stack holds, for each open parenthesis, whether it opened a color
     * function.
     */
    static String escapeSlashes(String css) {
        StringBuilder out = new StringBuilder(css.length());
        Deque<Boolean> inColorFunction = new ArrayDeque<>();
        for (int i = 0; i < css.length(); i++) {
            char c = css.charAt(i);
            if (c == '"' || c == '\'' || c == '/' && i + 1 < css.length() && css.charAt(i + 1) == '*') {
                int end = endOfStringOrComment(css, i);
                out.append(css, i, end);
                i = end - 1;
            } else if (c == '\\' && i + 1 < css.length()) {
                out.append(c).append(css.charAt(++i));
            } else if (c == '(') {
                inColorFunction.push(COLOR_FUNCTIONS.contains(functionNameBefore(css, i)));
                out.append(c);
            } else if (c == ')' && !inColorFunction.isEmpty()) {
                inColorFunction.pop();
                out.append(c);
            } else {
                out.append(c == '/' && Boolean.TRUE.equals(inColorFunction.peek()) ? " \\/ " : String.valueOf(c));
            }
        }
        return out.toString();
    }

    /** The index just past the string or comment that starts at {@code start}, or the end of the text. */
    private static int endOfStringOrComment(String css, int start) {
        if (css.charAt(start) == '/') {
            int close = css.indexOf("*/", start + 2);
            return close < 0 ? css.length() : close + 2;
        }
        char quote = css.charAt(start);
        for (int i = start + 1; i < css.length(); i++) {
            if (css.charAt(i) == '\\') {
                i++;
            } else if (css.charAt(i) == quote || css.charAt(i) == '\n') {
                return i + 1;
            }
        }
        return css.length();
    }

    private static String functionNameBefore(String css, int paren) {
        int start = paren;
        while (start > 0 && (Character.isLetterOrDigit(css.charAt(start - 1)) || css.charAt(start - 1) == '-')) {
            start--;
        }
        return css.substring(start, paren).toLowerCase(Locale.ROOT);
    }

    private static String readAll(Reader reader) throws IOException {
        StringWriter text = new StringWriter();
        reader.transferTo(text);
        return text.toString();
    }
}
