package org.glassbox.script;

import org.jsoup.nodes.Node;

/**
 * The JavaScript object standing for a text node: the DOM's {@code Text} interface (DOM §4.11),
 * which adds nothing to {@link CharacterDataWrapper} in this binding but its name. The text of
 * a {@code <script>} or {@code <style>}, a DataNode to jsoup, is a text node too.
 * Public only because Rhino's {@code defineClass} reflects on it.
 */
public final class TextWrapper extends CharacterDataWrapper {

    /** Makes the {@code Text.prototype} object; Rhino's {@code defineClass} calls it. */
    public TextWrapper() {}

    TextWrapper(Node text, WrapperCache cache) {
        super(text, cache);
    }

    @Override
    public String getClassName() {
        return "Text";
    }
}
