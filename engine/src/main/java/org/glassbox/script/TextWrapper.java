package org.glassbox.script;

import org.jsoup.nodes.TextNode;

/**
 * The JavaScript object standing for a jsoup text node: the DOM's {@code Text} interface
 * (DOM §4.11), which in this first binding adds nothing to {@link NodeWrapper} but its name.
 * Public only because Rhino's {@code defineClass} reflects on it.
 */
public final class TextWrapper extends NodeWrapper {

    /** Makes the {@code Text.prototype} object; Rhino's {@code defineClass} calls it. */
    public TextWrapper() {}

    TextWrapper(TextNode text, WrapperCache cache) {
        super(text, cache);
    }

    @Override
    public String getClassName() {
        return "Text";
    }
}
