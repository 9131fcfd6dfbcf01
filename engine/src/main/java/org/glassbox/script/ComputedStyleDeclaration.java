package org.glassbox.script;

import org.jsoup.nodes.Element;
import org.mozilla.javascript.LambdaFunction;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.ScriptableObject;

/**
 * What {@code getComputedStyle(element)} returns (CSSOM §9): a read-only, live
 * {@code CSSStyleDeclaration} of the element's resolved values. Each read asks the page's
 * {@link LayoutQueries}, so a value read after the DOM changed is the new one, as in a browser.
 * Properties are read by their CSS name with {@code getPropertyValue('margin-top')} or in camelCase
 * as {@code marginTop}.
 */
final class ComputedStyleDeclaration extends ScriptableObject {

    private final LayoutQueries queries;
    private final Element element;
    private final LambdaFunction getPropertyValue;

    ComputedStyleDeclaration(LayoutQueries queries, Element element, Scriptable global) {
        this.queries = queries;
        this.element = element;
        setParentScope(global);
        setPrototype(ScriptableObject.getObjectPrototype(global));
        this.getPropertyValue = new LambdaFunction(global, "getPropertyValue", 1,
                (cx, scope, thisObj, args) -> queries.computedValue(element, args.length == 0 ? "" : ScriptRuntime.toString(args[0])));
    }

    @Override
    public String getClassName() {
        return "CSSStyleDeclaration";
    }

    /** A camelCase name ({@code marginTop}, {@code cssFloat}) reads the property it names; an unknown one is undefined. */
    @Override
    public Object get(String name, Scriptable start) {
        if (name.equals("getPropertyValue")) {
            return getPropertyValue;
        }
        String value = queries.computedValue(element, cssName(name));
        return value.isEmpty() ? super.get(name, start) : value;
    }

    /** CSSOM §6.7.1: a computed declaration block is read-only; setting a property is a NoModificationAllowedError. */
    @Override
    public void put(String name, Scriptable start, Object value) {
        throw ScriptRuntime.typeError("getComputedStyle: the declarations are read-only (NoModificationAllowedError)");
    }

    /** CSSOM §6.7.1 "IDL attributes": camelCase to dashed ({@code marginTop} → {@code margin-top}); {@code cssFloat} is float. */
    private static String cssName(String attribute) {
        return attribute.equals("cssFloat") ? "float" : attribute.replaceAll("([A-Z])", "-$1").toLowerCase(java.util.Locale.ROOT);
    }
}
