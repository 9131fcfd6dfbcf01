package org.glassbox.script;

import org.jsoup.nodes.Element;

/**
 * A {@code DocumentFragment} (DOM §4.7): a parent with no place in the tree, used to build
 * several nodes and insert them at once — inserting a fragment inserts its children and leaves
 * it empty. jsoup has no such node, so a childless-named element stands for it; it is never
 * inserted itself, so it never reaches the cascade or the serializer.
 */
final class DocumentFragment extends Element {

    DocumentFragment() {
        super("#document-fragment");
    }
}
