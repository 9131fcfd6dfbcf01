package org.glassbox.html;

import org.jsoup.nodes.Element;

/**
 * What the HTML parser asks of the scripting side of the engine: whether scripting is enabled
 * (the parser's "scripting flag", HTML §13.2.2), and to handle each {@code <script>} whose end
 * tag it reaches. The parser knows nothing of JavaScript; the script phase implements this.
 */
public interface ScriptHost {

    /** Scripting disabled: no script runs and {@code <noscript>} is parsed as ordinary markup. */
    ScriptHost DISABLED = new ScriptHost() {
        @Override
        public boolean scriptingEnabled() {
            return false;
        }

        @Override
        public void scriptEndTagReached(Element script, InsertionPoint insertionPoint) {}
    };

    /** The scripting flag: true when scripts will run, which changes how {@code <noscript>} is parsed. */
    boolean scriptingEnabled();

    /**
     * The parser has reached a script element's end tag (HTML §13.2.6.4.8, the "text" insertion
     * mode): prepare the script and, if it is a parser-blocking one, run it before parsing goes
     * on. The DOM holds what was parsed up to this end tag and no more.
     *
     * @param insertionPoint where {@code document.write} puts markup while this script runs
     */
    void scriptEndTagReached(Element script, InsertionPoint insertionPoint);
}
