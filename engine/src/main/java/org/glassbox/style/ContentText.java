package org.glassbox.style;

import java.util.List;
import java.util.stream.Collectors;
import org.glassbox.css.CssValue;
import org.jsoup.nodes.Element;

/**
 * The text a {@code content} value generates (CSS 2.1 §12.2): its strings, {@code attr()}s filled
 * in from the element, {@code counter()}s and {@code counters()} written with the counters'
 * values at this point of the document, and quotes as deep as they nest here.
 */
final class ContentText {

    private ContentText() {}

    /** @param style the pseudo-element's style: its {@code content}, and the {@code quotes} it uses */
    static String of(ComputedStyle style, Element element, Counters counters, Quotes quotes) {
        StringBuilder text = new StringBuilder();
        for (CssValue part : style.get(Property.CONTENT).components()) {
            text.append(part instanceof CssValue.Keyword keyword ? quotes.text(keyword.name(), style.get(Property.QUOTES))
                    : part(part, element, counters));
        }
        return text.toString();
    }

    private static String part(CssValue part, Element element, Counters counters) {
        if (part instanceof CssValue.Text string) {
            return string.value();
        }
        if (!(part instanceof CssValue.Function function)) {
            return "";
        }
        List<CssValue> arguments = function.arguments().stream().filter(argument -> !(argument instanceof CssValue.Delimiter)).toList();
        return switch (arguments.isEmpty() ? "" : function.name()) {
            case "attr" -> element.attr(arguments.get(0).toString());
            case "counter" -> counter(arguments, counters);
            case "counters" -> nestedCounters(arguments, counters);
            default -> "";
        };
    }

    /** {@code counter(name, style?)}: the innermost counter of that name, decimal unless a style is named. */
    private static String counter(List<CssValue> arguments, Counters counters) {
        String style = arguments.size() > 1 ? arguments.get(1).toString() : "decimal";
        return CounterStyle.represent(counters.value(counterName(arguments)), style);
    }

    /** {@code counters(name, string, style?)}: every counter of that name in scope, outermost first, joined by the string. */
    private static String nestedCounters(List<CssValue> arguments, Counters counters) {
        String separator = ((CssValue.Text) arguments.get(1)).value();
        String style = arguments.size() > 2 ? arguments.get(2).toString() : "decimal";
        return counters.values(counterName(arguments)).stream().map(value -> CounterStyle.represent(value, style))
                .collect(Collectors.joining(separator));
    }

    /** Counter names are case-sensitive, so the name is taken as written. */
    private static String counterName(List<CssValue> arguments) {
        return ((CssValue.Keyword) arguments.get(0)).written();
    }
}
