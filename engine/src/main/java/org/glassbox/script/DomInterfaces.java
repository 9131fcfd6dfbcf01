package org.glassbox.script;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import org.mozilla.javascript.FunctionObject;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.SymbolKey;
import org.mozilla.javascript.annotations.JSFunction;
import org.mozilla.javascript.annotations.JSGetter;

/**
 * Puts the DOM's interface objects into a realm's global (WebIDL §3.7): {@code Node},
 * {@code Element}, {@code NodeList}, {@code DOMException}... each with its prototype, made by
 * Rhino's {@code defineClass} from the wrapper class's annotations. Then what {@code defineClass}
 * cannot do: the mixins each interface includes, the {@code Node} constants, iteration of the
 * lists, and {@code DOMException.prototype} inheriting from {@code Error.prototype}.
 */
final class DomInterfaces {

    /** Each after the one it inherits from, so that its prototype can inherit from that one's. */
    private static final List<Class<? extends ScriptableObject>> INTERFACES = List.of(
            NodeWrapper.class, CharacterDataWrapper.class, TextWrapper.class, CommentWrapper.class,
            ElementWrapper.class, DocumentWrapper.class, DocumentFragmentWrapper.class, DocumentTypeWrapper.class,
            NodeList.class, HtmlCollection.class, NamedNodeMap.class, AttrWrapper.class, DomTokenList.class,
            StringMap.class, StyleDeclaration.class, Location.class, DomException.class);

    /** WebIDL "includes" statements of DOM §4.2.6–4.2.8: which interfaces take in which mixins. */
    private static final Map<Class<?>, List<String>> MIXINS = Map.of(
            ParentNode.class, List.of("Document", "DocumentFragment", "Element"),
            ChildNode.class, List.of("CharacterData", "DocumentType", "Element"),
            NonDocumentTypeChildNode.class, List.of("CharacterData", "Element"));

    /** The {@code Node} constants (DOM §4.4), on the interface object and its prototype. */
    private static final Map<String, Integer> NODE_TYPES = Map.of(
            "ELEMENT_NODE", NodeWrapper.ELEMENT_NODE, "TEXT_NODE", NodeWrapper.TEXT_NODE,
            "COMMENT_NODE", NodeWrapper.COMMENT_NODE, "DOCUMENT_NODE", NodeWrapper.DOCUMENT_NODE,
            "DOCUMENT_TYPE_NODE", NodeWrapper.DOCUMENT_TYPE_NODE,
            "DOCUMENT_FRAGMENT_NODE", NodeWrapper.DOCUMENT_FRAGMENT_NODE);

    private DomInterfaces() {}

    static void define(ScriptableObject global) {
        try {
            for (Class<? extends ScriptableObject> wrapper : INTERFACES) {
                ScriptableObject.defineClass(global, wrapper, false, true);
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot define the DOM interfaces", e);
        }
        MIXINS.forEach((mixin, interfaces) -> interfaces.forEach(name -> include(prototype(global, name), mixin)));
        defineNodeConstants(global);
        makeIterable(global, "NodeList", true);
        makeIterable(global, "HTMLCollection", false);
        makeIterable(global, "DOMTokenList", true);
        Scriptable error = (Scriptable) ScriptableObject.getProperty(global, "Error");
        prototype(global, "DOMException").setPrototype((Scriptable) ScriptableObject.getProperty(error, "prototype"));
    }

    /**
     * Copies a mixin's members onto an interface's prototype: each {@code @JSFunction} static
     * method as a function, each {@code @JSGetter} static method as a read-only accessor.
     */
    static void include(ScriptableObject prototype, Class<?> mixin) {
        for (Method method : mixin.getDeclaredMethods()) {
            JSFunction function = method.getAnnotation(JSFunction.class);
            JSGetter getter = method.getAnnotation(JSGetter.class);
            if (function != null) {
                prototype.defineProperty(method.getName(), new FunctionObject(method.getName(), method, prototype),
                        ScriptableObject.DONTENUM);
            } else if (getter != null) {
                prototype.defineProperty(getter.value(), null, method, null, ScriptableObject.DONTENUM);
            }
        }
    }

    private static void defineNodeConstants(ScriptableObject global) {
        ScriptableObject node = (ScriptableObject) global.get("Node", global);
        NODE_TYPES.forEach((name, value) -> {
            node.defineProperty(name, value, ScriptableObject.READONLY | ScriptableObject.PERMANENT);
            prototype(global, "Node").defineProperty(name, value, ScriptableObject.READONLY | ScriptableObject.PERMANENT);
        });
    }

    /**
     * WebIDL §3.7.9: a list with an indexed getter and a {@code length} iterates like an array,
     * so {@code for...of} uses {@code Array.prototype.values}; an {@code iterable} one also has
     * {@code Array.prototype}'s {@code forEach}, {@code keys} and {@code entries}.
     */
    private static void makeIterable(ScriptableObject global, String name, boolean iterableDeclaration) {
        ScriptableObject prototype = prototype(global, name);
        ScriptableObject array = prototype(global, "Array");
        prototype.defineProperty(SymbolKey.ITERATOR, array.get("values", array), ScriptableObject.DONTENUM);
        if (iterableDeclaration) {
            for (String function : List.of("forEach", "keys", "values", "entries")) {
                prototype.defineProperty(function, array.get(function, array), ScriptableObject.DONTENUM);
            }
        }
    }

    private static ScriptableObject prototype(ScriptableObject global, String name) {
        return (ScriptableObject) ScriptableObject.getClassPrototype(global, name);
    }
}
