package org.glassbox.css;

import com.steadystate.css.parser.CSSOMParser;
import com.steadystate.css.parser.SACParserCSS3;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.glassbox.css.Selector.Combinator;
import org.glassbox.css.Selector.Compound;
import org.w3c.css.sac.AttributeCondition;
import org.w3c.css.sac.CSSParseException;
import org.w3c.css.sac.CombinatorCondition;
import org.w3c.css.sac.Condition;
import org.w3c.css.sac.ConditionalSelector;
import org.w3c.css.sac.DescendantSelector;
import org.w3c.css.sac.ElementSelector;
import org.w3c.css.sac.ErrorHandler;
import org.w3c.css.sac.InputSource;
import org.w3c.css.sac.SelectorList;

/**
 * Turns the selectors cssparser reads (SAC's left-leaning trees: {@code (A B) > C}) into
 * Glassbox's {@link Selector}: a flat list of compounds and the combinators between them.
 */
final class SelectorReader {

    private SelectorReader() {}

    /** Parses a selector list; throws IllegalArgumentException on a syntax error or an unsupported selector. */
    static List<Selector> parseList(String text) {
        CSSOMParser parser = new CSSOMParser(new SACParserCSS3());
        parser.setErrorHandler(new RejectingErrorHandler(text));
        try {
            SelectorList list = parser.parseSelectors(new InputSource(new StringReader(text)));
            if (list == null || list.getLength() == 0) {
                throw new IllegalArgumentException("'" + text + "' is not a valid selector");
            }
            List<Selector> selectors = new ArrayList<>();
            for (int i = 0; i < list.getLength(); i++) {
                selectors.add(read(list.item(i)));
            }
            return selectors;
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read selector '" + text + "'", e);
        }
    }

    /** Converts one SAC selector; throws IllegalArgumentException if Glassbox does not support it. */
    static Selector read(org.w3c.css.sac.Selector sac) {
        List<Compound> compounds = new ArrayList<>();
        List<Combinator> combinators = new ArrayList<>();
        flatten(sac, compounds, combinators);
        return new Selector(compounds, combinators);
    }

    private static void flatten(org.w3c.css.sac.Selector sac, List<Compound> compounds, List<Combinator> combinators) {
        short type = sac.getSelectorType();
        if (type == org.w3c.css.sac.Selector.SAC_DESCENDANT_SELECTOR
                || type == org.w3c.css.sac.Selector.SAC_CHILD_SELECTOR) {
            DescendantSelector descendant = (DescendantSelector) sac;
            flatten(descendant.getAncestorSelector(), compounds, combinators);
            combinators.add(type == org.w3c.css.sac.Selector.SAC_CHILD_SELECTOR ? Combinator.CHILD : Combinator.DESCENDANT);
            compounds.add(compound(descendant.getSimpleSelector()));
        } else {
            compounds.add(compound(sac));
        }
    }

    private static Compound compound(org.w3c.css.sac.Selector sac) {
        if (sac instanceof ElementSelector element && sac.getSelectorType() == org.w3c.css.sac.Selector.SAC_ELEMENT_NODE_SELECTOR) {
            String name = element.getLocalName();
            return new Compound(name == null ? null : name.toLowerCase(Locale.ROOT), null, List.of());
        }
        if (sac instanceof ConditionalSelector conditional) {
            Compound base = compound(conditional.getSimpleSelector());
            return withCondition(base, conditional.getCondition());
        }
        throw unsupported(sac.toString());
    }

    private static Compound withCondition(Compound base, Condition condition) {
        switch (condition.getConditionType()) {
            case Condition.SAC_AND_CONDITION -> {
                CombinatorCondition and = (CombinatorCondition) condition;
                return withCondition(withCondition(base, and.getFirstCondition()), and.getSecondCondition());
            }
            case Condition.SAC_ID_CONDITION -> {
                return new Compound(base.tag(), ((AttributeCondition) condition).getValue(), base.classes());
            }
            case Condition.SAC_CLASS_CONDITION -> {
                List<String> classes = new ArrayList<>(base.classes());
                classes.add(((AttributeCondition) condition).getValue());
                return new Compound(base.tag(), base.id(), classes);
            }
            default -> throw unsupported(condition.toString());
        }
    }

    private static IllegalArgumentException unsupported(String what) {
        return new IllegalArgumentException("selector not supported: " + what);
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
