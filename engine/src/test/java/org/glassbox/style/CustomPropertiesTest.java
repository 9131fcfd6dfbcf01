package org.glassbox.style;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Custom properties and var() (CSS Variables 1): substituted when values are computed. */
class CustomPropertiesTest {

    @TempDir
    Path dir;

    private ComputedStyle style(String rootStyle, String style) {
        return Styles.of(dir, "<style>html { " + rootStyle + " }</style><div><p id=t style='" + style + "'>x</p></div>");
    }

    @Test
    void customPropertiesInheritAndKeepAnyTokens() {
        ComputedStyle p = style("--gap: 12px; --border: 3px solid red; --Fam: Arial", "");
        assertThat(p.getPropertyValue("--gap")).isEqualTo("12px");
        assertThat(p.getPropertyValue("--border")).isEqualTo("3px solid red");
        assertThat(p.getPropertyValue("--fam")).as("as written").isEqualTo("Arial");
        assertThat(p.getPropertyValue("--missing")).isEmpty();
    }

    @Test
    void varIsReplacedByTheValueOrTheFallback() {
        ComputedStyle p = style("--gap: 12px; --brand: rebeccapurple; --fam: Arial",
                "margin-left: var(--gap); margin-right: var(--missing, 7px); color: var(--brand); "
                        + "font-family: var(--fam), sans-serif; width: calc(100% - var(--gap)); padding-top: var(--none, var(--gap))");
        assertThat(p.getPropertyValue("margin-left")).isEqualTo("12px");
        assertThat(p.getPropertyValue("margin-right")).isEqualTo("7px");
        assertThat(p.getPropertyValue("color")).isEqualTo("rgb(102, 51, 153)");
        assertThat(p.getPropertyValue("font-family")).isEqualTo("Arial, sans-serif");
        assertThat(p.getPropertyValue("width")).isEqualTo("calc(100% - 12px)");
        assertThat(p.getPropertyValue("padding-top")).isEqualTo("12px");
    }

    @Test
    void aFunctionIsReadAgainOnceItsVariablesAreIn() {
        ComputedStyle p = style("--red: 255; --alpha: 0.5", "color: rgb(var(--red) 0 0 / var(--alpha))");
        assertThat(p.getPropertyValue("color")).isEqualTo("rgba(255, 0, 0, 0.5)");
    }

    @Test
    void customPropertiesCanReferToEachOther() {
        ComputedStyle p = style("--unit: 4px; --double: calc(var(--unit) * 2)", "--local: var(--double); margin-top: var(--local)");
        assertThat(p.getPropertyValue("margin-top")).isEqualTo("8px");
    }

    @Test
    void anInvalidSubstitutionMakesThePropertyUnset() {
        ComputedStyle p = style("color: green; --both: 1px 2px; --word: banana",
                "color: red; color: var(--word); padding-top: 5px; padding-top: var(--both); width: var(--nothing)");
        assertThat(p.getPropertyValue("color")).as("unset: inherited, not the earlier red").isEqualTo("rgb(0, 128, 0)");
        assertThat(p.getPropertyValue("padding-top")).as("unset: initial, not the earlier 5px").isEqualTo("0px");
        assertThat(p.getPropertyValue("width")).isEqualTo("auto");
    }

    @Test
    void aCycleMakesEveryPropertyOnItInvalid() {
        ComputedStyle p = style("--a: var(--b); --b: var(--a, 1px); --self: var(--self); --ok: 2px",
                "margin-top: var(--b, 3px); --c: var(--ok)");
        assertThat(p.getPropertyValue("--a")).isEmpty();
        assertThat(p.getPropertyValue("--b")).isEmpty();
        assertThat(p.getPropertyValue("--self")).isEmpty();
        assertThat(p.getPropertyValue("--c")).isEqualTo("2px");
        assertThat(p.getPropertyValue("margin-top")).as("the fallback of an invalid property").isEqualTo("3px");
    }

    @Test
    void cssWideKeywordsInCustomProperties() {
        ComputedStyle p = style("--x: 1px", "--x: initial");
        assertThat(p.getPropertyValue("--x")).isEmpty();
        assertThat(style("--x: 1px", "--x: 2px; --x: inherit").getPropertyValue("--x")).isEqualTo("1px");
    }
}
