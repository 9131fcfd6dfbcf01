package org.glassbox.style;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.glassbox.css.CssValue;
import org.glassbox.css.CssValue.Keyword;
import org.glassbox.css.CssValue.ValueList;

/**
 * The custom properties of one element (CSS Custom Properties for Cascading Variables 1). A
 * property whose name starts with two dashes holds any sequence of tokens and is inherited
 * (§2); {@code var(--name, fallback)} in any property's value is replaced by it when values are
 * computed (§3). A {@code var()} naming a property that has no value and giving no fallback, or
 * custom properties that refer to each other in a cycle (§2.3), make the declaration "invalid at
 * computed-value time": the property then acts as if it were {@code unset} (§3.1).
 *
 * <p>Values are kept as the tokens cssparser read, so a value it cannot parse, such as one with
 * braces or an empty one, is dropped with the declaration; names are lower-cased by the parser,
 * though CSS says they are case-sensitive.
 */
final class CustomProperties {

    /** The custom properties of the root's parent: none. */
    static final CustomProperties NONE = new CustomProperties(Map.of());

    /** The longest value, in tokens, that substitution may make. */
    private static final int MAX_TOKENS = 10_000;

    private final Map<String, CssValue> values;

    private CustomProperties(Map<String, CssValue> values) {
        this.values = Map.copyOf(values);
    }

    /** Whether {@code propertyName} names a custom property: it starts with {@code --} (§2). */
    static boolean isCustom(String propertyName) {
        return propertyName.startsWith("--");
    }

    /**
     * The element's custom properties: its parent's, overridden by its own cascaded ones with
     * their {@code var()}s substituted.
     */
    static CustomProperties compute(Map<String, CssValue> cascaded, CustomProperties parent) {
        if (cascaded.isEmpty()) {
            return parent;
        }
        Resolution resolution = new Resolution(cascaded, parent);
        Map<String, CssValue> values = new HashMap<>(parent.values);
        for (String name : cascaded.keySet()) {
            resolution.resolve(name).ifPresentOrElse(value -> values.put(name, value), () -> values.remove(name));
        }
        return new CustomProperties(values);
    }

    /** The computed value of the custom property {@code name}; empty if it has none (the "guaranteed-invalid value"). */
    Optional<CssValue> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** {@code value} with each {@code var()} replaced; empty if that makes it invalid at computed-value time (§3.1). */
    Optional<CssValue> substitute(CssValue value) {
        return substitute(value, this::get);
    }

    /**
     * §3: each {@code var()} is replaced by the value of the property it names, or else by its
     * fallback, also substituted; a function whose arguments changed is evaluated again, so
     * {@code rgb(var(--r), 0, 0)} becomes a color.
     */
    private static Optional<CssValue> substitute(CssValue value, Function<String, Optional<CssValue>> lookup) {
        return substituteAll(value.components(), lookup).map(CustomProperties::asValue);
    }

    /**
     * Substitutes a token sequence. A hostile page can double a value's length with each
     * custom property it chains; past {@link #MAX_TOKENS} the value is invalid, as browsers cap it too.
     */
    private static Optional<List<CssValue>> substituteAll(List<CssValue> tokens, Function<String, Optional<CssValue>> lookup) {
        List<CssValue> substituted = new ArrayList<>();
        for (CssValue token : tokens) {
            Optional<List<CssValue>> replacement = substituteOne(token, lookup);
            if (replacement.isEmpty() || substituted.size() + replacement.get().size() > MAX_TOKENS) {
                return Optional.empty();
            }
            substituted.addAll(replacement.get());
        }
        return Optional.of(substituted);
    }

    private static Optional<List<CssValue>> substituteOne(CssValue token, Function<String, Optional<CssValue>> lookup) {
        if (!(token instanceof CssValue.Function function) || !token.hasVariableReference()) {
            return Optional.of(List.of(token));
        }
        if (function.isVariableReference()) {
            Optional<CssValue> value = lookup.apply(((Keyword) function.arguments().get(0)).name());
            if (value.isPresent()) {
                return Optional.of(value.get().components());
            }
            return function.arguments().size() > 1
                    ? substituteAll(function.arguments().subList(2, function.arguments().size()), lookup)
                    : Optional.empty();
        }
        return substituteAll(function.arguments(), lookup)
                .map(arguments -> List.of(new CssValue.Function(function.name(), arguments).evaluate()));
    }

    /** One token is that value; none or several make a list, which prints as written. */
    private static CssValue asValue(List<CssValue> tokens) {
        return tokens.size() == 1 ? tokens.get(0) : new ValueList(tokens);
    }

    /**
     * Resolves an element's own custom properties, each once, following the references among
     * them. A property met again while it is being resolved closes a cycle: every property on
     * the cycle is invalid (§2.3).
     */
    private static final class Resolution {

        private final Map<String, CssValue> cascaded;
        private final CustomProperties parent;
        private final Map<String, Optional<CssValue>> resolved = new HashMap<>();
        private final LinkedHashSet<String> inProgress = new LinkedHashSet<>();
        private final Set<String> cyclic = new HashSet<>();

        Resolution(Map<String, CssValue> cascaded, CustomProperties parent) {
            this.cascaded = cascaded;
            this.parent = parent;
        }

        Optional<CssValue> resolve(String name) {
            if (!cascaded.containsKey(name)) {
                return parent.get(name);
            }
            if (inProgress.contains(name)) {
                markCycleFrom(name);
                return Optional.empty();
            }
            if (!resolved.containsKey(name)) {
                resolved.put(name, substituted(name));
            }
            return resolved.get(name);
        }

        /** CSS-wide keywords (§2): {@code initial} is the guaranteed-invalid value; inherit and unset inherit. */
        private Optional<CssValue> substituted(String name) {
            CssValue value = cascaded.get(name);
            if (value.is("initial")) {
                return Optional.empty();
            }
            if (value.is("inherit") || value.is("unset")) {
                return parent.get(name);
            }
            inProgress.add(name);
            Optional<CssValue> result = substitute(value, this::resolve);
            inProgress.remove(name);
            return cyclic.contains(name) ? Optional.empty() : result;
        }

        private void markCycleFrom(String name) {
            boolean onCycle = false;
            for (String member : inProgress) {
                onCycle |= member.equals(name);
                if (onCycle) {
                    cyclic.add(member);
                }
            }
        }
    }
}
