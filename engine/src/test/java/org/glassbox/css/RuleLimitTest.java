package org.glassbox.css;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RuleLimitTest {

    private static final String RULE = "p { color: red } ";

    @Test
    void aSheetWithinTheLimitIsKeptWhole() {
        assertThat(RuleLimit.cut(RULE.repeat(RuleLimit.MAX_RULES))).isEmpty();
    }

    @Test
    void aLongerSheetEndsWithItsLastRuleWithinTheLimit() {
        String kept = RULE.repeat(RuleLimit.MAX_RULES - 1) + "em { color: green }";
        assertThat(RuleLimit.cut(kept + " strong { color: blue }")).hasValue(kept);
    }

    @Test
    void bracesInCommentsStringsAndEscapesAreNotRules() {
        String tricky = "/* } } */ a::after { content: \"}\" } b::after { content: '\\'}' } .a\\} { color: red } ";
        String kept = tricky + RULE.repeat(RuleLimit.MAX_RULES - 3);
        assertThat(RuleLimit.cut(kept + RULE)).hasValue(kept.strip());
    }

    @Test
    void aCutInsideAnAtRuleClosesItsBlock() {
        String inside = "@media screen { " + RULE.repeat(RuleLimit.MAX_RULES);
        assertThat(RuleLimit.cut(inside + RULE + "}")).hasValue(inside.strip() + "}");
    }
}
