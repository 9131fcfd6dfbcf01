package org.glassbox.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.glassbox.Pages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FirstLetterTest {

    @TempDir
    Path dir;

    private RenderTree renderTree(String html) {
        return Pages.load(dir, html).renderTree();
    }

    @Test
    void theLetterAndThePunctuationAroundItBecomeAnInlineBox() {
        assertThat(renderTree("<style>p::first-letter { color: green }</style><p>  «(T)» est</p>").dump()).contains("""
                    RenderBlock <p>
                      RenderText " "
                      RenderInline (pseudo-element)
                        RenderText "«(T)»"
                      RenderText " est"
                """);
    }

    @Test
    void theLetterIsFoundInsideAFirstChildBlockAndInheritsFromTheInnermostElement() {
        RenderTree tree = renderTree("<style>div::first-letter { font-size: 40px } em { color: red }</style>"
                + "<div><p><em>Hi</em> there</p></div>");

        assertThat(tree.dump()).contains("""
                    RenderBlock <div>
                      RenderBlock <p>
                        RenderInline <em>
                          RenderInline (pseudo-element)
                            RenderText "H"
                          RenderText "i"
                        RenderText " there"
                """);
        RenderObject letter = tree.root().children().get(0).children().get(0).children().get(0).children().get(0).children().get(0);
        assertThat(letter.style().fontSize()).isEqualTo(40);
        assertThat(letter.style().getPropertyValue("color")).isEqualTo("rgb(255, 0, 0)");
    }

    @Test
    void propertiesThatDoNotApplyToTheFirstLetterAreIgnored() {
        RenderTree tree = renderTree("<style>p::first-letter { display: block; color: green }</style><p>Text</p>");

        RenderObject letter = tree.root().children().get(0).children().get(0).children().get(0);
        assertThat(letter.style().display()).isEqualTo("inline");
        assertThat(letter.style().getPropertyValue("color")).isEqualTo("rgb(0, 128, 0)");
    }

    @Test
    void punctuationAloneInItsTextGoesWithTheLetterInTheNextText() {
        assertThat(renderTree("<style>p::first-letter { color: green }</style><p><a>«<span>This</span>»</a></p>").dump()).contains("""
                    RenderBlock <p>
                      RenderInline <a>
                        RenderInline (pseudo-element)
                          RenderText "«"
                        RenderInline <span>
                          RenderInline (pseudo-element)
                            RenderText "T"
                          RenderText "his"
                        RenderText "»"
                """);
    }

    @Test
    void aSpaceAfterLeadingPunctuationLeavesNoFirstLetter() {
        assertThat(renderTree("<style>p::first-letter { color: green }</style><p>\" Text</p>").dump())
                .doesNotContain("RenderInline (pseudo-element)");
    }

    @Test
    void inlineElementsHaveNoFirstLetter() {
        assertThat(renderTree("<style>span::first-letter { color: green }</style><p><span>Text</span></p>").dump())
                .doesNotContain("RenderInline (pseudo-element)");
    }

    @Test
    void punctuationIsCountedInCodePointsOutsideTheBasicPlane() {
        String aegeanWordSeparator = new String(Character.toChars(0x10100));
        String text = aegeanWordSeparator + "T" + aegeanWordSeparator + "est";

        assertThat(FirstLetter.letterEnd(text, 0)).isEqualTo(5);
        assertThat(Character.getType(0x10100)).isEqualTo(Character.OTHER_PUNCTUATION);
    }

    @Test
    void aCombiningMarkBelongsToItsLetter() {
        assertThat(FirstLetter.letterEnd("e\u0301te", 0)).isEqualTo(2);
    }
}
