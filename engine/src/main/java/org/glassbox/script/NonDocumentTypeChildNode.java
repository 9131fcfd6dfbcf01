package org.glassbox.script;

import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.annotations.JSGetter;

/**
 * The {@code NonDocumentTypeChildNode} mixin (DOM §4.2.7), which elements and character data
 * include: the nearest sibling that is an element, skipping text and comments. Installed like
 * {@link ParentNode}; public for Rhino's reflection.
 */
public final class NonDocumentTypeChildNode {

    private NonDocumentTypeChildNode() {}

    @JSGetter("previousElementSibling")
    public static Object previousElementSibling(ScriptableObject thisObj) {
        NodeWrapper self = NodeWrapper.thisWrapper(thisObj);
        return self.wrap(self.node().previousElementSibling());
    }

    @JSGetter("nextElementSibling")
    public static Object nextElementSibling(ScriptableObject thisObj) {
        NodeWrapper self = NodeWrapper.thisWrapper(thisObj);
        return self.wrap(self.node().nextElementSibling());
    }
}
