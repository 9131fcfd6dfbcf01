package org.glassbox.script;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jsoup.nodes.Node;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;

/**
 * What {@link NodeList} and {@link HtmlCollection} share: a list of nodes read through
 * {@code length}, {@code item(i)} and {@code list[i]} (WebIDL §3.9 "indexed properties"). The
 * list is asked for its nodes at every access, so a live collection — {@code childNodes},
 * {@code children}, {@code getElementsByTagName} — always shows the tree as it is now (DOM §4.2.10);
 * a static one, from {@code querySelectorAll}, is a list that never changes.
 */
abstract class IndexedCollection<T extends Node> extends ScriptableObject {

    private final Supplier<List<T>> nodes;
    private final WrapperCache cache;

    IndexedCollection(Supplier<List<T>> nodes, WrapperCache cache) {
        this.nodes = nodes;
        this.cache = cache;
    }

    /** The nodes now; the prototype object, which stands for no list, has none. */
    final List<T> nodes() {
        return nodes == null ? List.of() : nodes.get();
    }

    /** The wrapper of the node at {@code index}, or null past the end (DOM §4.2.10.1 {@code item}). */
    final Object wrapItem(int index) {
        List<T> now = nodes();
        return index >= 0 && index < now.size() ? cache.wrap(now.get(index)) : null;
    }

    @Override
    public Object get(int index, Scriptable start) {
        Object item = wrapItem(index);
        return item == null ? NOT_FOUND : item;
    }

    @Override
    public boolean has(int index, Scriptable start) {
        return index >= 0 && index < nodes().size();
    }

    /** The supported property indices, so that {@code Object.keys} and {@code for...in} list the items. */
    @Override
    public Object[] getIds() {
        return Stream.concat(IntStream.range(0, nodes().size()).boxed(), Stream.of(super.getIds())).toArray();
    }

    /** Indexed properties are read-only: a script cannot put a node into a collection by assignment. */
    @Override
    public void put(int index, Scriptable start, Object value) {}
}
