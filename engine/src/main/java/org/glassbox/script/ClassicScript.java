package org.glassbox.script;

/**
 * A classic script ready to run (HTML §8.1.4.1): its source text and where that text came from,
 * so that an error can name the file and line a user would look at.
 *
 * @param text the source text
 * @param sourceName the page's URL for an inline script, the script's URL for an external one
 * @param firstLine the line of {@code sourceName} on which the text starts
 */
record ClassicScript(String text, String sourceName, int firstLine) {

    /** {@code sourceName:firstLine}, where a message about the whole script points. */
    String location() {
        return sourceName + ":" + firstLine;
    }
}
