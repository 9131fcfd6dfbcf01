package org.glassbox.script;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.jsoup.nodes.Element;
import org.mozilla.javascript.annotations.JSFunction;
import org.mozilla.javascript.annotations.JSGetter;

/**
 * The DOM's {@code HTMLCollection} (DOM §4.2.10.2): a live list of elements — {@code children},
 * {@code getElementsByTagName}, {@code getElementsByClassName} — which reads the tree again at
 * each access, so a loop that removes the elements it finds sees them go. Public only because
 * Rhino's {@code defineClass} reflects on it.
 */
public final class HtmlCollection extends IndexedCollection<Element> {

    /** Makes the {@code HTMLCollection.prototype} object; Rhino's {@code defineClass} calls it. */
    public HtmlCollection() {
        super(null, null);
    }

    HtmlCollection(Supplier<List<Element>> elements, WrapperCache cache) {
        super(elements, cache);
    }

    @Override
    public String getClassName() {
        return "HTMLCollection";
    }

    @JSGetter
    public int getLength() {
        return nodes().size();
    }

    @JSFunction
    public Object item(int index) {
        return wrapItem(index);
    }

    /** The first element whose ID, or whose {@code name} attribute, is {@code key}; null if none (DOM §4.2.10.2). */
    @JSFunction
    public Object namedItem(String key) {
        List<Element> elements = nodes();
        int index = IntStream.range(0, elements.size())
                .filter(i -> !key.isEmpty() && (elements.get(i).id().equals(key) || elements.get(i).attr("name").equals(key)))
                .findFirst().orElse(-1);
        return wrapItem(index);
    }
}
