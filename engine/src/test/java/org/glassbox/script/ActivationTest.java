package org.glassbox.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActivationTest {

    @Test
    void clickingACheckboxTogglesItBeforeListenersSeeIt() {
        PageRun page = PageRun.of("""
                <input type=checkbox id=c>
                <script>
                  var box = document.getElementById('c');
                  box.addEventListener('click', function (e) { console.log('during', e.target.getAttribute('checked') !== null); });
                  box.click();
                </script>""");

        assertThat(page.infos()).containsExactly("console.log: during true");
        assertThat(page.dom.getElementById("c").hasAttr("checked")).isTrue();
    }

    @Test
    void aCanceledClickLeavesTheCheckboxAsItWas() {
        PageRun page = PageRun.of("""
                <input type=checkbox id=c checked onclick="return false">
                <script>document.getElementById('c').click();</script>""");

        assertThat(page.dom.getElementById("c").hasAttr("checked")).isTrue();
    }

    @Test
    void aRadioButtonUnchecksTheOthersOfItsGroup() {
        PageRun page = PageRun.of("""
                <input type=radio name=size id=s checked><input type=radio name=size id=m>
                <input type=radio name=other id=o checked>
                <script>document.getElementById('m').click();</script>""");

        assertThat(page.dom.getElementById("s").hasAttr("checked")).isFalse();
        assertThat(page.dom.getElementById("m").hasAttr("checked")).isTrue();
        assertThat(page.dom.getElementById("o").hasAttr("checked")).isTrue();
    }

    @Test
    void clickOnADisabledControlDoesNothing() {
        PageRun page = PageRun.of("""
                <input type=checkbox id=c disabled onclick="console.log('clicked')">
                <script>document.getElementById('c').click();</script>""");

        assertThat(page.infos()).isEmpty();
        assertThat(page.dom.getElementById("c").hasAttr("checked")).isFalse();
    }

    @Test
    void aClickInsideALinkFollowsItOnlyIfTheUserClicked() {
        PageRun byScript = PageRun.of("""
                <a href="next.html" id=a><span id=s>next</span></a>
                <script>document.getElementById('s').click();</script>""");
        PageRun byUser = PageRun.withClicks("<a href=\"next.html\"><span id=s>next</span></a>", List.of("#s"));

        assertThat(byScript.report.navigation()).isEmpty();
        assertThat(byScript.infos()).containsExactly(
                "not following a navigation the page started by itself: file:///test/next.html");
        assertThat(byUser.report.navigation()).contains(
                new ScriptReport.Navigation(URI.create("file:///test/next.html"), List.of()));
    }

    @Test
    void aCanceledLinkOrALinkWithinThePageDoesNotNavigate() {
        PageRun page = PageRun.of("""
                <a href="next.html" id=a onclick="event.preventDefault()">next</a>
                <a href="#top" id=top>top</a>
                <script>document.getElementById('a').click(); document.getElementById('top').click();</script>""");

        assertThat(page.report.navigation()).isEmpty();
    }

    @Test
    void theUsersClicksComeAfterLoadAndAreTrusted() {
        PageRun page = PageRun.withClicks("""
                <body onload="console.log('load')">
                <button id=b onclick="console.log('clicked', event.isTrusted)">b</button>
                <a href="/elsewhere" id=a>a</a>""", List.of("#b", "#missing", "body > a", "#b"));

        assertThat(page.infos()).containsExactly("console.log: load", "console.log: clicked true",
                "the click on 'body > a' follows a link to file:///elsewhere");
        assertThat(page.warnings()).containsExactly("cannot click '#missing': no element matches it");
        assertThat(page.report.navigation()).contains(
                new ScriptReport.Navigation(URI.create("file:///elsewhere"), List.of("#b")));
    }

    @Test
    void checkedTellsAndSetsAnInputsCheckedness() {
        PageRun page = PageRun.of("""
                <body><input type=checkbox id=box><p id=p></p>
                <script>
                  var box = document.getElementById('box');
                  var before = box.checked;
                  box.click();
                  var clicked = box.checked;
                  box.checked = false;
                  console.log(before, clicked, box.checked, box.hasAttribute('checked'), typeof document.getElementById('p').checked);
                </script>""");

        assertThat(page.infos()).containsExactly("console.log: false true false false undefined");
    }
}
