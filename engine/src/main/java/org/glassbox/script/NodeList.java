package org.glassbox.script;

import java.util.List;
import java.util.function.Supplier;
import org.jsoup.nodes.Node;
import org.mozilla.javascript.annotations.JSFunction;
import org.mozilla.javascript.annotations.JSGetter;

/**
 * The DOM's {@code NodeList} (DOM §4.2.10.1): {@code childNodes}, which is live, and what
 * {@code querySelectorAll} returns, which is static. It is iterable: {@code forEach} and
 * {@code for...of} are the Array functions, as WebIDL §3.7.9 gives every iterable list with an
 * indexed getter. Public only because Rhino's {@code defineClass} reflects on it.
 */
public final class NodeList extends IndexedCollection<Node> {

    /** Makes the {@code NodeList.prototype} object; Rhino's {@code defineClass} calls it. */
    public NodeList() {
        super(null, null);
    }

    NodeList(Supplier<List<Node>> nodes, WrapperCache cache) {
        super(nodes, cache);
    }

    @Override
    public String getClassName() {
        return "NodeList";
    }

    @JSGetter
    public int getLength() {
        return nodes().size();
    }

    @JSFunction
    public Object item(int index) {
        return wrapItem(index);
    }
}
