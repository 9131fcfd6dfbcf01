package org.glassbox.script;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import org.jsoup.nodes.Element;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Function;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.Undefined;
import org.mozilla.javascript.annotations.JSFunction;
import org.mozilla.javascript.annotations.JSGetter;
import org.mozilla.javascript.annotations.JSSetter;

/**
 * The DOM's {@code DOMTokenList} (DOM §7.1): an attribute seen as an ordered set of tokens —
 * {@code classList} over {@code class}. It keeps no tokens of its own: each call parses the
 * attribute, changes the set and writes it back ("update steps"), so it always agrees with the
 * attribute. Public only because Rhino's {@code defineClass} reflects on it.
 */
public final class DomTokenList extends ScriptableObject {

    private final Element element;
    private final String attribute;

    /** Makes the {@code DOMTokenList.prototype} object; Rhino's {@code defineClass} calls it. */
    public DomTokenList() {
        this(null, null);
    }

    DomTokenList(Element element, String attribute) {
        this.element = element;
        this.attribute = attribute;
    }

    @Override
    public String getClassName() {
        return "DOMTokenList";
    }

    @JSGetter
    public int getLength() {
        return tokens().size();
    }

    /** The attribute's value as it is (DOM §7.1: {@code value} and the stringifier). */
    @JSGetter
    public String getValue() {
        return element().attr(attribute);
    }

    @JSSetter
    public void setValue(String value) {
        element().attr(attribute, value);
    }

    @JSFunction("toString")
    public String stringify() {
        return getValue();
    }

    /** The token at {@code index}, or null past the end. */
    @JSFunction
    public Object item(int index) {
        List<String> tokens = new ArrayList<>(tokens());
        return index >= 0 && index < tokens.size() ? tokens.get(index) : null;
    }

    @JSFunction
    public boolean contains(String token) {
        return tokens().contains(token);
    }

    /** Adds each token not already there, at the end. */
    @JSFunction
    public static Object add(Context cx, Scriptable thisObj, Object[] tokens, Function function) {
        return edit(thisObj, tokens, Set::add);
    }

    @JSFunction
    public static Object remove(Context cx, Scriptable thisObj, Object[] tokens, Function function) {
        return edit(thisObj, tokens, Set::remove);
    }

    /**
     * Applies {@code change} to the token set with each token, then writes the set back once: a
     * token that is not valid throws before anything is written.
     */
    private static Object edit(Scriptable thisObj, Object[] tokens, BiConsumer<Set<String>, String> change) {
        DomTokenList list = self(thisObj);
        Set<String> set = list.tokens();
        for (Object token : tokens) {
            change.accept(set, validated(token));
        }
        list.update(set);
        return Undefined.instance;
    }

    /**
     * Removes the token if it is there, adds it if not, and says whether it is there now; a
     * {@code force} argument says which of the two to do, whatever the token's state.
     */
    @JSFunction
    public static Object toggle(Context cx, Scriptable thisObj, Object[] args, Function function) {
        DomTokenList list = self(thisObj);
        String token = validated(args.length > 0 ? args[0] : Undefined.instance);
        Set<String> set = list.tokens();
        boolean present = set.contains(token);
        boolean wanted = args.length > 1 && !Undefined.isUndefined(args[1]) ? Context.toBoolean(args[1]) : !present;
        if (wanted != present) {
            if (wanted) {
                set.add(token);
            } else {
                set.remove(token);
            }
            list.update(set);
        }
        return wanted;
    }

    /** Puts {@code newToken} where {@code token} was; false, and nothing changed, if it was not there. */
    @JSFunction
    public boolean replace(String token, String newToken) {
        validated(token);
        validated(newToken);
        Set<String> set = tokens();
        if (!set.contains(token)) {
            return false;
        }
        Set<String> replaced = new LinkedHashSet<>();
        set.forEach(existing -> replaced.add(existing.equals(token) ? newToken : existing));
        update(replaced);
        return true;
    }

    @Override
    public Object get(int index, Scriptable start) {
        Object token = element == null ? null : item(index);
        return token == null ? NOT_FOUND : token;
    }

    @Override
    public boolean has(int index, Scriptable start) {
        return element != null && index >= 0 && index < getLength();
    }

    /** DOM §7.1 "ordered set parser": the attribute split at ASCII whitespace, each token once. */
    private Set<String> tokens() {
        Set<String> tokens = new LinkedHashSet<>();
        for (String token : element().attr(attribute).split("[ \\t\\n\\f\\r]+")) {
            if (!token.isEmpty()) {
                tokens.add(token);
            }
        }
        return tokens;
    }

    /** DOM §7.1 "update steps": no attribute is made for an empty set that had none. */
    private void update(Set<String> tokens) {
        if (tokens.isEmpty() && !element().hasAttr(attribute)) {
            return;
        }
        element().attr(attribute, String.join(" ", tokens));
    }

    /** A token may be neither empty (a SyntaxError) nor hold whitespace (an InvalidCharacterError). */
    private static String validated(Object argument) {
        String token = Context.toString(argument);
        if (token.isEmpty()) {
            throw DomException.error("SyntaxError", "a token cannot be empty");
        }
        if (token.matches(".*[ \\t\\n\\f\\r].*")) {
            throw DomException.error("InvalidCharacterError", "a token cannot hold whitespace: '" + token + "'");
        }
        return token;
    }

    private static DomTokenList self(Scriptable thisObj) {
        if (!(thisObj instanceof DomTokenList list) || list.element == null) {
            throw ScriptRuntime.typeError("Illegal invocation: not a DOMTokenList");
        }
        return list;
    }

    private Element element() {
        return self(this).element; // the prototype has no element: a TypeError, as for any misuse
    }
}
