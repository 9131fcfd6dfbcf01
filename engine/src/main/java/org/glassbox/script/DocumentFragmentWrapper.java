package org.glassbox.script;

import org.jsoup.nodes.Node;

/**
 * The JavaScript object standing for a {@link DocumentFragment}: the DOM's
 * {@code DocumentFragment} interface (DOM §4.7), a {@link ParentNode} with no place in the tree.
 * Public only because Rhino's {@code defineClass} reflects on it.
 */
public final class DocumentFragmentWrapper extends NodeWrapper {

    /** Makes the {@code DocumentFragment.prototype} object; Rhino's {@code defineClass} calls it. */
    public DocumentFragmentWrapper() {}

    DocumentFragmentWrapper(Node fragment, WrapperCache cache) {
        super(fragment, cache);
    }

    @Override
    public String getClassName() {
        return "DocumentFragment";
    }
}
