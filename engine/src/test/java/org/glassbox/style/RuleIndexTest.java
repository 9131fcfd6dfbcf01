package org.glassbox.style;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.glassbox.Page;
import org.glassbox.Pages;
import org.glassbox.css.Origin;
import org.glassbox.css.Selector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rule hash: an element is offered the rules filed under its id, classes and type, and those filed under none, once each and in order. */
class RuleIndexTest {

    @TempDir
    Path dir;

    @Test
    void offersOnlyTheRulesWhoseRightmostCompoundTheElementCouldMatch() {
        Page page = Pages.load(dir, "<style>"
                + "#a {} #z {} .c {} .zz {} div {} p {} :first-child {} div, .b {} p.b, #a {} div #a {} #a.zz {}"
                + "</style><p id=a class='b\tc'>x</p>");

        List<String> offered = authorRules(new RuleIndex(page.cssom()).candidates(page.dom().getElementById("a")));

        assertThat(offered).containsExactly("#a", ".c", "p", ":first-child", "div, .b", "p.b, #a", "div #a", "#a.zz");
    }

    private static List<String> authorRules(List<RuleIndex.Entry> entries) {
        return entries.stream().filter(entry -> entry.sheet().origin() == Origin.AUTHOR)
                .map(entry -> entry.rule().selectors().stream().map(Selector::toString).collect(Collectors.joining(", ")))
                .toList();
    }
}
