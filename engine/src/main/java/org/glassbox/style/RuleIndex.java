package org.glassbox.style;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.glassbox.css.Cssom;
import org.glassbox.css.Selector;
import org.glassbox.css.StyleRule;
import org.glassbox.css.Stylesheet;
import org.jsoup.nodes.Element;

/**
 * The style rules of a CSSOM filed by what an element must be for them to match — an id, a
 * class or a type, named by a selector's rightmost compound — as browsers' "rule hash" files
 * them. The cascade then tries on each element only the rules that could match it, not every
 * rule of every sheet, so styling grows with the elements and not with elements × rules. A
 * selector that names none of the three, such as {@code *} or {@code :first-child}, is tried on
 * every element.
 */
final class RuleIndex {

    /** A rule, the sheet it is in, and its place in the order the sheets give, which the cascade sorts by last. */
    record Entry(Stylesheet sheet, StyleRule rule, int order) {}


    private final Map<String, List<Entry>> byId = new HashMap<>();
    private final Map<String, List<Entry>> byClass = new HashMap<>();
    private final Map<String, List<Entry>> byType = new HashMap<>();
    private final List<Entry> everywhere = new ArrayList<>();

    RuleIndex(Cssom cssom) {
        int order = 0;
        for (Stylesheet sheet : cssom.stylesheets()) {
            for (StyleRule rule : sheet.rules()) {
                Entry entry = new Entry(sheet, rule, order++);
                rule.selectors().forEach(selector -> bucketFor(selector).add(entry));
            }
        }
    }

    /** The most telling thing a selector names: an id picks out fewest elements, then a class, then a type. */
    private List<Entry> bucketFor(Selector selector) {
        if (selector.subjectId().isPresent()) {
            return byId.computeIfAbsent(selector.subjectId().get(), name -> new ArrayList<>());
        }
        if (selector.subjectClass().isPresent()) {
            return byClass.computeIfAbsent(selector.subjectClass().get(), name -> new ArrayList<>());
        }
        if (selector.subjectType().isPresent()) {
            return byType.computeIfAbsent(selector.subjectType().get(), name -> new ArrayList<>());
        }
        return everywhere;
    }

    /** The rules that could match {@code element}, each once (a rule's selectors may be filed apart), in order. */
    List<Entry> candidates(Element element) {
        Map<Integer, Entry> found = new TreeMap<>();
        everywhere.forEach(entry -> found.put(entry.order(), entry));
        byId.getOrDefault(element.id(), List.of()).forEach(entry -> found.put(entry.order(), entry));
        byType.getOrDefault(element.normalName(), List.of()).forEach(entry -> found.put(entry.order(), entry));
        for (String name : Selector.classesOf(element)) {
            byClass.getOrDefault(name, List.of()).forEach(entry -> found.put(entry.order(), entry));
        }
        return new ArrayList<>(found.values());
    }
}
