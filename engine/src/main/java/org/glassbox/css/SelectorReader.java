package org.glassbox.css;

import static org.w3c.css.sac.Condition.SAC_AND_CONDITION;
import static org.w3c.css.sac.Condition.SAC_ATTRIBUTE_CONDITION;
import static org.w3c.css.sac.Condition.SAC_BEGIN_HYPHEN_ATTRIBUTE_CONDITION;
import static org.w3c.css.sac.Condition.SAC_CLASS_CONDITION;
import static org.w3c.css.sac.Condition.SAC_ID_CONDITION;
import static org.w3c.css.sac.Condition.SAC_LANG_CONDITION;
import static org.w3c.css.sac.Condition.SAC_ONE_OF_ATTRIBUTE_CONDITION;
import static org.w3c.css.sac.Condition.SAC_PSEUDO_CLASS_CONDITION;
import static org.w3c.css.sac.Selector.SAC_CHILD_SELECTOR;
import static org.w3c.css.sac.Selector.SAC_DESCENDANT_SELECTOR;
import static org.w3c.css.sac.Selector.SAC_DIRECT_ADJACENT_SELECTOR;
import static org.w3c.css.sac.Selector.SAC_ELEMENT_NODE_SELECTOR;
import static org.w3c.css.sac.Selector.SAC_PSEUDO_ELEMENT_SELECTOR;

import com.steadystate.css.parser.CSSOMParser;
import com.steadystate.css.parser.SACParserCSS3;
import com.steadystate.css.parser.selectors.GeneralAdjacentSelectorImpl;
import com.steadystate.css.parser.selectors.PrefixAttributeConditionImpl;
import com.steadystate.css.parser.selectors.SubstringAttributeConditionImpl;
import com.steadystate.css.parser.selectors.SuffixAttributeConditionImpl;
import com.steadystate.css.parser.selectors.SyntheticElementSelectorImpl;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.glassbox.css.AttributeSelector.Operator;
import org.glassbox.css.Selector.Combinator;
import org.glassbox.css.Selector.Compound;
import org.glassbox.css.Selector.PseudoElement;
import org.w3c.css.sac.AttributeCondition;
import org.w3c.css.sac.CSSParseException;
import org.w3c.css.sac.CombinatorCondition;
import org.w3c.css.sac.Condition;
import org.w3c.css.sac.ConditionalSelector;
import org.w3c.css.sac.DescendantSelector;
import org.w3c.css.sac.ElementSelector;
import org.w3c.css.sac.ErrorHandler;
import org.w3c.css.sac.InputSource;
import org.w3c.css.sac.LangCondition;
import org.w3c.css.sac.SelectorList;
import org.w3c.css.sac.SiblingSelector;

/**
 * Turns the selectors cssparser reads into Glassbox's {@link Selector}s.
 *
 * <p>cssparser hands over SAC's left-leaning trees — {@code (A B) > C} — which the reader walks
 * left to right into a flat list of compounds and the combinators between them. cssparser
 * 0.9.30 leaves part of the work to its user:
 * <ul>
 *   <li>{@code +} and {@code ~} both report {@code SAC_DIRECT_ADJACENT_SELECTOR}; only the class
 *       {@code GeneralAdjacentSelectorImpl} marks {@code ~}. In the same way {@code ^=},
 *       {@code $=} and {@code *=} all report a plain attribute condition.
 *   <li>{@code :not(...)} and {@code :nth-child(...)} arrive as pseudo-class text; the reader
 *       parses their arguments.
 *   <li>{@code p::before} arrives as a descendant combinator with a pseudo-element on its right,
 *       but only for the four pseudo-elements of Selectors Level 3 written in lower case:
 *       {@code ::BEFORE}, and unknown ones such as {@code ::selection}, arrive as pseudo-class
 *       conditions, which their two colons give away.
 * </ul>
 *
 * <p>Invalid, and thrown as IllegalArgumentException: whatever cssparser reports as a syntax
 * error, and what Selectors Level 3 forbids but cssparser lets through — anything after a
 * pseudo-element (§7), a {@code :nth-child()} argument that is not an+b (§6.6.5.2), a
 * {@code :not()} argument that is not one simple selector (§6.6.7; {@code :not(:not(p))}, which
 * browsers accept, is accepted). An unknown pseudo-class or pseudo-element is not invalid here:
 * it becomes {@link SimpleSelector.Unsupported}, and its selector matches nothing. Browsers
 * reject a misspelt {@code :hovr} but accept {@code :hover}; cssparser accepts both, and
 * Glassbox keeps no list of the names it does not support to tell them apart.
 */
final class SelectorReader {

    /** The selector being read, as cssparser prints it, for error messages. */
    private final String text;
    private final List<Compound> compounds = new ArrayList<>();
    private final List<Combinator> combinators = new ArrayList<>();
    /** The simple selectors of the compound being read. */
    private List<SimpleSelector> parts = new ArrayList<>();
    private Optional<PseudoElement> pseudoElement = Optional.empty();
    /** Whether a pseudo-element has been read: nothing may follow it (Selectors Level 3 §7). */
    private boolean ended;

    private SelectorReader(String text) {
        this.text = text;
    }

    /** Parses a selector list; throws IllegalArgumentException if it is not a valid one. */
    static List<Selector> parseList(String text) {
        SelectorList list = parse(text);
        List<Selector> selectors = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            selectors.add(read(list.item(i)));
        }
        return selectors;
    }

    /** Converts one SAC selector; throws IllegalArgumentException if it is not a valid one. */
    static Selector read(org.w3c.css.sac.Selector sac) {
        SelectorReader reader = new SelectorReader(sac.toString());
        reader.complex(sac);
        reader.endCompound();
        return new Selector(reader.compounds, reader.combinators, reader.pseudoElement);
    }

    private static SelectorList parse(String text) {
        CSSOMParser parser = new CSSOMParser(new SACParserCSS3());
        parser.setErrorHandler(new RejectingErrorHandler(text));
        try {
            SelectorList list = parser.parseSelectors(new InputSource(new StringReader(text)));
            if (list == null || list.getLength() == 0) {
                throw new IllegalArgumentException("'" + text + "' is not a valid selector");
            }
            return list;
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read selector '" + text + "'", e);
        }
    }

    private void complex(org.w3c.css.sac.Selector sac) {
        switch (sac.getSelectorType()) {
            case SAC_DESCENDANT_SELECTOR, SAC_CHILD_SELECTOR -> descendant((DescendantSelector) sac);
            case SAC_DIRECT_ADJACENT_SELECTOR -> sibling((SiblingSelector) sac);
            default -> compound(sac);
        }
    }

    /** {@code A B} and {@code A > B}; also {@code A::before}, which cssparser reads as a descendant. */
    private void descendant(DescendantSelector sac) {
        complex(sac.getAncestorSelector());
        var right = sac.getSimpleSelector();
        if (right.getSelectorType() == SAC_PSEUDO_ELEMENT_SELECTOR) {
            pseudoElement(((ElementSelector) right).getLocalName(), right.toString());
        } else {
            combinator(sac.getSelectorType() == SAC_CHILD_SELECTOR ? Combinator.CHILD : Combinator.DESCENDANT);
            compound(right);
        }
    }

    private void sibling(SiblingSelector sac) {
        complex(sac.getSelector());
        combinator(sac instanceof GeneralAdjacentSelectorImpl ? Combinator.SUBSEQUENT_SIBLING : Combinator.NEXT_SIBLING);
        compound(sac.getSiblingSelector());
    }

    private void combinator(Combinator combinator) {
        requireNotEnded();
        endCompound();
        combinators.add(combinator);
    }

    private void endCompound() {
        compounds.add(new Compound(parts));
        parts = new ArrayList<>();
    }

    /** What SAC calls a simple selector: a type or universal selector with conditions. */
    private void compound(org.w3c.css.sac.Selector sac) {
        if (sac instanceof ConditionalSelector conditional) {
            compound(conditional.getSimpleSelector());
            condition(conditional.getCondition());
        } else if (sac instanceof ElementSelector element && sac.getSelectorType() == SAC_ELEMENT_NODE_SELECTOR) {
            typeOrUniversal(element);
        } else {
            throw invalid(sac + " is not supported");
        }
    }

    /** cssparser gives the universal selector implied in {@code .note} a class of its own; only a written one is kept. */
    private void typeOrUniversal(ElementSelector element) {
        if (!(element instanceof SyntheticElementSelectorImpl)) {
            add(element.getLocalName() == null ? new SimpleSelector.Universal() : new SimpleSelector.Type(element.getLocalName()));
        }
    }

    private void condition(Condition condition) {
        switch (condition.getConditionType()) {
            case SAC_AND_CONDITION -> {
                condition(((CombinatorCondition) condition).getFirstCondition());
                condition(((CombinatorCondition) condition).getSecondCondition());
            }
            case SAC_ID_CONDITION -> add(new SimpleSelector.Id(((AttributeCondition) condition).getValue()));
            case SAC_CLASS_CONDITION -> add(new SimpleSelector.ClassName(((AttributeCondition) condition).getValue()));
            case SAC_ATTRIBUTE_CONDITION, SAC_ONE_OF_ATTRIBUTE_CONDITION, SAC_BEGIN_HYPHEN_ATTRIBUTE_CONDITION ->
                    add(attribute((AttributeCondition) condition));
            case SAC_LANG_CONDITION -> add(new SimpleSelector.Lang(((LangCondition) condition).getLang()));
            case SAC_PSEUDO_CLASS_CONDITION -> pseudo((AttributeCondition) condition);
            default -> throw invalid(condition + " is not supported");
        }
    }

    private static AttributeSelector attribute(AttributeCondition condition) {
        return new AttributeSelector(condition.getLocalName(), operator(condition), condition.getValue());
    }

    /** cssparser reports {@code ^=}, {@code $=} and {@code *=} as {@code =}: only their classes tell. */
    private static Operator operator(AttributeCondition condition) {
        if (condition instanceof PrefixAttributeConditionImpl) {
            return Operator.PREFIX;
        } else if (condition instanceof SuffixAttributeConditionImpl) {
            return Operator.SUFFIX;
        } else if (condition instanceof SubstringAttributeConditionImpl) {
            return Operator.SUBSTRING;
        }
        return switch (condition.getConditionType()) {
            case SAC_ONE_OF_ATTRIBUTE_CONDITION -> Operator.INCLUDES;
            case SAC_BEGIN_HYPHEN_ATTRIBUTE_CONDITION -> Operator.DASH_MATCH;
            default -> condition.getSpecified() ? Operator.EQUALS : Operator.EXISTS;
        };
    }

    /**
     * A pseudo-class; or a pseudo-element cssparser did not recognize as one, which its two
     * colons give away. The four of Selectors Level 3 may also be written with one colon, as
     * CSS 2 did (§7).
     */
    private void pseudo(AttributeCondition condition) {
        String written = condition.toString();
        if (written.startsWith("::") || PseudoElement.named(condition.getValue()).isPresent()) {
            pseudoElement(condition.getValue(), written);
        } else {
            add(pseudoClass(condition.getValue(), written));
        }
    }

    private void pseudoElement(String name, String written) {
        requireNotEnded();
        PseudoElement.named(name).ifPresentOrElse(
                known -> pseudoElement = Optional.of(known),
                () -> parts.add(new SimpleSelector.Unsupported(written, Specificity.TYPE)));
        ended = true;
    }

    /**
     * A pseudo-class from cssparser's text, such as {@code first-child} or {@code nth-child(2n+1)}.
     * A name with an escaped parenthesis, such as {@code :not\(x}, is no function, only unknown.
     */
    private SimpleSelector pseudoClass(String name, String written) {
        int open = name.indexOf('(');
        Optional<? extends SimpleSelector> known = open < 0 || !name.endsWith(")")
                ? PseudoClass.named(name)
                : functional(name.substring(0, open), name.substring(open + 1, name.length() - 1));
        return known.isPresent() ? known.get() : new SimpleSelector.Unsupported(written, Specificity.CLASS);
    }

    private Optional<? extends SimpleSelector> functional(String name, String argument) {
        if (name.equalsIgnoreCase("not")) {
            return Optional.of(negation(argument));
        }
        return NthPseudoClass.Kind.named(name).map(kind -> new NthPseudoClass(kind, anPlusB(argument)));
    }

    private AnPlusB anPlusB(String argument) {
        return AnPlusB.parse(argument).orElseThrow(() -> invalid("'" + argument + "' is not an+b"));
    }

    /**
     * {@code :not(X)}: cssparser hands X over as text, so it is read as a selector of its own,
     * which must be a single simple selector, not a pseudo-element (§6.6.7).
     */
    private SimpleSelector negation(String argument) {
        SelectorList list = parse(argument);
        SelectorReader inner = new SelectorReader(argument);
        inner.complex(list.item(0));
        if (list.getLength() != 1 || !inner.combinators.isEmpty() || inner.ended || inner.parts.size() != 1) {
            throw invalid(":not() takes one simple selector");
        }
        return new SimpleSelector.Negation(inner.parts.get(0));
    }

    private void add(SimpleSelector part) {
        requireNotEnded();
        parts.add(part);
    }

    private void requireNotEnded() {
        if (ended) {
            throw invalid("a pseudo-element must come last");
        }
    }

    private IllegalArgumentException invalid(String reason) {
        return new IllegalArgumentException("'" + text + "' is not a valid selector: " + reason);
    }

    /** Turns cssparser's first complaint into an exception: a selector is valid or it is not. */
    private record RejectingErrorHandler(String text) implements ErrorHandler {

        @Override
        public void warning(CSSParseException e) {}

        @Override
        public void error(CSSParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a valid selector");
        }

        @Override
        public void fatalError(CSSParseException e) {
            error(e);
        }
    }
}
