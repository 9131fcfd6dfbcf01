package org.glassbox.style;

import java.util.ArrayList;
import java.util.List;

/** For tests: the text of every displayed {@code ::before} and {@code ::after}, in document order. */
final class GeneratedTexts {

    private GeneratedTexts() {}

    static List<String> of(StyledTree tree) {
        List<String> texts = new ArrayList<>();
        collect(tree.root(), texts);
        return texts;
    }

    private static void collect(StyledNode node, List<String> texts) {
        if (node.style().display().equals("none")) {
            return;
        }
        if (node.before() != null) {
            texts.add(node.before().text());
        }
        node.children().forEach(child -> collect(child, texts));
        if (node.after() != null) {
            texts.add(node.after().text());
        }
    }
}
