package org.glassbox.css;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;
import org.glassbox.Phase;
import org.glassbox.Recorder;
import org.glassbox.css.CssValue.Function;
import org.glassbox.layout.Viewport;
import org.junit.jupiter.api.Test;

/** What the parser makes of values: one declaration in, the {@link CssValue} it became out. */
class ValueReaderTest {

    private final Recorder recorder = new Recorder();
    private final CssParser parser = new CssParser(recorder.log(Phase.PARSE_CSS), Viewport.DEFAULT);

    /** The value of the one declaration in {@code declaration}, such as {@code color: red}; null if it was dropped. */
    private CssValue value(String declaration) {
        Stylesheet sheet = parser.parseStylesheet("p { " + declaration + " }", Origin.AUTHOR, "test.css",
                URI.create("http://example.test/"), MediaList.ALL, 1);
        var declarations = sheet.rules().get(0).declarations();
        return declarations.isEmpty() ? null : declarations.get(0).value();
    }

    @Test
    void readsEveryHexColorLength() {
        assertThat(value("color: #f80")).isEqualTo(new Color(255, 136, 0, 1));
        assertThat(value("color: #FF8800")).isEqualTo(new Color(255, 136, 0, 1));
        assertThat(value("color: #f808")).hasToString("rgba(255, 136, 0, 0.533)");
        assertThat(value("color: #ff880080")).hasToString("rgba(255, 136, 0, 0.502)");
        assertThat(value("color: #ff88")).as("four digits are #rgba").hasToString("rgba(255, 255, 136, 0.533)");
    }

    @Test
    void readsRgbInTheLegacyAndTheModernSyntax() {
        Color halfRed = new Color(255, 0, 0, 0.5);
        assertThat(value("color: rgb(255, 0, 0)")).isEqualTo(new Color(255, 0, 0, 1));
        assertThat(value("color: rgba(255, 0, 0, 0.5)")).isEqualTo(halfRed);
        assertThat(value("color: rgb(255, 0, 0, .5)")).as("rgb and rgba are aliases").isEqualTo(halfRed);
        assertThat(value("color: rgb(255 0 0)")).isEqualTo(new Color(255, 0, 0, 1));
        assertThat(value("color: rgb(255 0 0 / 50%)")).isEqualTo(halfRed);
        assertThat(value("color: RGBA(100% 0% 0% / 0.5)")).isEqualTo(halfRed);
        assertThat(value("color: rgb(10%, 20%, 30%)")).as("percentages of 255, rounded").isEqualTo(new Color(26, 51, 77, 1));
        assertThat(value("color: rgb(300 -1 2)")).as("clamped").isEqualTo(new Color(255, 0, 2, 1));
    }

    @Test
    void readsHslInBothSyntaxesWithAnyAngleUnit() {
        Color green = new Color(64, 191, 64, 1);
        assertThat(value("color: hsl(120, 50%, 50%)")).isEqualTo(green);
        assertThat(value("color: hsl(120deg 50% 50%)")).isEqualTo(green);
        assertThat(value("color: hsl(0.3333333turn 50% 50%)")).isEqualTo(green);
        assertThat(value("color: hsla(120, 50%, 50%, 0.25)")).isEqualTo(new Color(64, 191, 64, 0.25));
        assertThat(value("color: hsl(120 50% 50% / 25%)")).isEqualTo(new Color(64, 191, 64, 0.25));
        assertThat(value("color: hsla(0.5turn, 100%, 25%, 50%)")).isEqualTo(new Color(0, 128, 128, 0.5));
        assertThat(value("color: hsl(-240, 100%, 50%)")).as("hues wrap around").isEqualTo(new Color(0, 255, 0, 1));
    }

    @Test
    void aColorFunctionWithInvalidArgumentsStaysAFunction() {
        assertThat(value("color: rgb(1, 2)")).isInstanceOf(Function.class);
        assertThat(value("color: rgb(1, 2 3)")).as("commas everywhere or nowhere").isInstanceOf(Function.class);
        assertThat(value("color: rgb(10%, 2, 3)")).as("legacy syntax does not mix").isInstanceOf(Function.class);
        assertThat(value("color: hsl(120, 50, 50)")).as("legacy hsl needs percentages").isInstanceOf(Function.class);
        assertThat(value("color: rgb(var(--r), 0, 0)")).hasToString("rgb(var(--r), 0, 0)");
    }

    @Test
    void aSlashOutsideAColorFunctionIsLeftAlone() {
        assertThat(value("font-family: \"a / b\"")).isEqualTo(new CssValue.Text("a / b"));
        assertThat(value("background-image: url(a/b.png)")).isEqualTo(new CssValue.Url("http://example.test/a/b.png"));
        assertThat(ColorLevel4Parser.escapeSlashes("x { a: rgb(0 0 0 / 1) /* rgb(1 / 2) */; b: 1/2 }"))
                .isEqualTo("x { a: rgb(0 0 0  \\/  1) /* rgb(1 / 2) */; b: 1/2 }");
    }

    @Test
    void simplifiesCalcToOneTermPerUnit() {
        assertThat(value("width: calc(2 * (1em + 3px) / 4)")).isEqualTo(new Calc(Map.of("em", 0.5, "px", 1.5)));
        assertThat(value("width: calc(100% - 20px)")).hasToString("calc(100% - 20px)");
        assertThat(value("width: calc(20px + 100% - 40px)")).hasToString("calc(100% - 20px)");
        assertThat(value("line-height: calc(1 + 0.5)")).isEqualTo(new Calc(Map.of("", 1.5)));
    }

    @Test
    void anInvalidCalcStaysAFunction() {
        assertThat(value("width: calc(1px + 2)")).as("a length plus a number").isInstanceOf(Function.class);
        assertThat(value("width: calc(1px * 2px)")).as("one factor must be a number").isInstanceOf(Function.class);
        assertThat(value("width: calc(1px / 0)")).as("division by zero").isInstanceOf(Function.class);
        assertThat(value("width: calc(1px + 2deg)")).as("an angle is no length").isInstanceOf(Function.class);
    }

    @Test
    void keepsVarAndTheKeywordsAsWritten() {
        CssValue reference = value("margin-left: var(--Gap, 3px)");
        assertThat(reference).hasToString("var(--Gap, 3px)");
        assertThat(reference.hasVariableReference()).isTrue();
        assertThat(value("width: calc(100% - var(--gap))").hasVariableReference()).isTrue();
        assertThat(value("font-family: Times New Roman")).hasToString("Times New Roman");
        assertThat(value("display: BLOCK").is("block")).as("keywords match without case").isTrue();
        assertThat(value("--shadow: 1px 2px rgb(0 0 0 / 10%)")).hasToString("1px 2px rgba(0, 0, 0, 0.1)");
    }

    @Test
    void readsCountersAndAttributesAsFunctions() {
        assertThat(value("content: counter(item) \". \" attr(title)")).hasToString("counter(item) \". \" attr(title)");
    }

    /** Found by {@code CssValueFuzzTest}: cssparser failed on these and the whole sheet was lost. */
    @Test
    void anAttrWithoutAnAttributeNameDropsOnlyItsDeclaration() {
        Stylesheet sheet = parser.parseStylesheet("p { content: attr(); color: red } p { content: attr(4title) } em { content: attr(a b) }",
                Origin.AUTHOR, "test.css", URI.create("http://example.test/"), MediaList.ALL, 1);
        assertThat(sheet.rules()).hasSize(3);
        assertThat(sheet.rules().get(0).declarations()).extracting(Declaration::property).containsExactly("color");
        assertThat(sheet.errors()).hasSize(3).allMatch(error -> error.toString().contains("attr() takes an attribute name"));
    }
}
