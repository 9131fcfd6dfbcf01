package org.glassbox.script;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * What the script phase did to a page.
 *
 * @param scriptsRun classic scripts that ran, whether or not they ended in an error
 * @param errors scripts that failed: not loaded, not parsed, ended by an uncaught error, or
 *     stopped by the sandbox
 * @param navigation where a followed link leads, if the page asked to go elsewhere
 */
public record ScriptReport(int scriptsRun, int errors, Optional<Navigation> navigation) {

    /**
     * A navigation the page started (HTML §7.4.2 "navigate"), such as a click on a link: the
     * page to load in its place, and the clicks still to be made there.
     */
    public record Navigation(URI url, List<String> clicksLeft) {

        public Navigation {
            clicksLeft = List.copyOf(clicksLeft);
        }
    }

    /** The report of a page that stays where it is. */
    public ScriptReport(int scriptsRun, int errors) {
        this(scriptsRun, errors, Optional.empty());
    }

    /** One line for the log, such as {@code 3 scripts, 1 error}. */
    public String summary() {
        return count(scriptsRun, "script") + ", " + count(errors, "error");
    }

    private static String count(int number, String noun) {
        return number + " " + noun + (number == 1 ? "" : "s");
    }
}
