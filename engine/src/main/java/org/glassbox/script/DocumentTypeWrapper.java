package org.glassbox.script;

import org.jsoup.nodes.DocumentType;
import org.mozilla.javascript.annotations.JSGetter;

/**
 * The JavaScript object standing for the {@code <!DOCTYPE html>} node: the DOM's
 * {@code DocumentType} interface (DOM §4.6), of which this binding has the {@code name}.
 * Public only because Rhino's {@code defineClass} reflects on it.
 */
public final class DocumentTypeWrapper extends NodeWrapper {

    /** Makes the {@code DocumentType.prototype} object; Rhino's {@code defineClass} calls it. */
    public DocumentTypeWrapper() {}

    DocumentTypeWrapper(DocumentType doctype, WrapperCache cache) {
        super(doctype, cache);
    }

    @Override
    public String getClassName() {
        return "DocumentType";
    }

    @JSGetter
    public String getName() {
        return ((DocumentType) node()).name();
    }
}
