package org.glassbox.script;

/**
 * What the script phase did to a page.
 *
 * @param scriptsRun classic scripts that ran, whether or not they ended in an error
 * @param errors scripts that failed: not loaded, not parsed, ended by an uncaught error, or
 *     stopped by the sandbox
 */
public record ScriptReport(int scriptsRun, int errors) {

    /** One line for the log, such as {@code 3 scripts, 1 error}. */
    public String summary() {
        return count(scriptsRun, "script") + ", " + count(errors, "error");
    }

    private static String count(int number, String noun) {
        return number + " " + noun + (number == 1 ? "" : "s");
    }
}
