package org.glassbox.shell;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.stream.Collectors;
import org.glassbox.Phase;
import org.glassbox.css.CssValue;
import org.glassbox.css.Cssom;
import org.glassbox.css.Selector;
import org.glassbox.html.DomPrinter;
import org.glassbox.layout.BlockBox;
import org.glassbox.layout.Edges;
import org.glassbox.layout.LayoutTree;
import org.glassbox.paint.DisplayCommand;
import org.glassbox.paint.DisplayList;
import org.glassbox.render.RenderBlock;
import org.glassbox.render.RenderImage;
import org.glassbox.render.RenderInline;
import org.glassbox.render.RenderMarker;
import org.glassbox.render.RenderObject;
import org.glassbox.render.RenderText;
import org.glassbox.render.RenderTree;
import org.glassbox.style.CascadeExplanation.Candidate;
import org.glassbox.style.Property;
import org.glassbox.style.StyledTree;
import org.glassbox.style.Styler;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The {@code i SELECTOR} of debug stepping: one element followed through every phase reached so
 * far — its DOM node, the rules that matched it, its computed style, its render-tree node, its
 * layout box and the paint commands inside its border box. Each part comes from that phase's
 * artifact; a phase not reached yet says so.
 */
final class Inspector {

    /** Where the cascade says a style attribute's declarations were written. */
    private static final String STYLE_ATTRIBUTE = "style attribute";

    private static final Comparator<List<Candidate>> STRONGEST_FIRST =
            Comparator.comparing((List<Candidate> rule) -> rule.get(0).origin()).reversed()
                    .thenComparing(rule -> !rule.get(0).source().equals(STYLE_ATTRIBUTE))
                    .thenComparing(rule -> rule.get(0).specificity(), Comparator.reverseOrder());

    /** How close to a box's edge a point counts as on it. */
    private static final double EDGE = 0.01;

    private final Map<Phase, Object> artifacts;

    /** @param artifacts what each phase reached so far made */
    Inspector(Map<Phase, Object> artifacts) {
        this.artifacts = artifacts;
    }

    /** Everything known about the first element {@code selector} matches, one part a paragraph. */
    String inspect(String selector) {
        if (!(artifacts.get(Phase.PARSE_HTML) instanceof Document dom)) {
            return "no DOM yet: the HTML is parsed in parse-html\n";
        }
        List<Selector> selectors;
        try {
            selectors = Selector.parseList(selector);
        } catch (IllegalArgumentException e) {
            return "not a selector: " + selector + "\n";
        }
        return dom.getAllElements().stream().filter(e -> selectors.stream().anyMatch(s -> s.matches(e))).findFirst()
                .map(this::describe).orElse("no element matches " + selector + "\n");
    }

    private String describe(Element element) {
        return domNode(element) + rules(element) + computedStyle(element) + renderNode(element) + layoutBoxes(element)
                + paintCommands(element);
    }

    private static String domNode(Element element) {
        String attributes = element.attributes().asList().stream().map(Attribute::html).collect(Collectors.joining(" "));
        return "DOM node: " + DomPrinter.label(element) + " at " + DomPrinter.path(element) + "\n"
                + "  attributes: " + (attributes.isEmpty() ? "none" : attributes) + "\n"
                + "  children: " + count(element.childNodeSize(), "node") + ", "
                + element.childrenSize() + " of them elements\n";
    }

    /**
     * The rules whose declarations applied, as the cascade saw them ({@link Styler#explain}), one
     * per rule with the declarations it gave: author before user agent, the style attribute before
     * the author's rules (CSS 2.1 §6.4.3 counts it as the most specific), then by specificity.
     * Which declaration wins one property, {@code !important} included, is {@code dump style --why}'s story.
     */
    private String rules(Element element) {
        if (!(artifacts.get(Phase.PARSE_CSS) instanceof Cssom cssom)
                || !(artifacts.get(Phase.STYLE) instanceof StyledTree styles)) {
            return notYet("matched rules", Phase.STYLE);
        }
        StringBuilder out = new StringBuilder("matched rules (author first, the style attribute first of all,"
                + " then most specific):\n");
        byRule(element, cssom, styles).stream().sorted(STRONGEST_FIRST).forEach(rule -> out.append(rule(rule)));
        return out.toString();
    }

    /** The declarations that applied to {@code element}, property by property, gathered by the rule they came from. */
    private static Collection<List<Candidate>> byRule(Element element, Cssom cssom, StyledTree styles) {
        Map<String, List<Candidate>> byRule = new LinkedHashMap<>();
        for (String property : Property.cssNames()) {
            for (Candidate candidate : Styler.explain(element, cssom, styles, property).candidates()) {
                byRule.computeIfAbsent(candidate.selector() + " " + candidate.source(), rule -> new ArrayList<>())
                        .add(candidate);
            }
        }
        return byRule.values();
    }

    private static String rule(List<Candidate> declarations) {
        Candidate first = declarations.get(0);
        String selector = first.selector().isEmpty() ? "(no selector)" : first.selector();
        StringJoiner values = new StringJoiner("; ");
        declarations.forEach(d -> values.add(d.declaration() + (d.valid() ? "" : " (invalid, dropped)")));
        return "  " + selector + "   " + first.origin() + ", specificity " + first.specificity() + "   " + first.source()
                + "\n    " + values + "\n";
    }

    private String computedStyle(Element element) {
        if (!(artifacts.get(Phase.STYLE) instanceof StyledTree styles)) {
            return notYet("computed style", Phase.STYLE);
        }
        return "computed style (values other than the initial ones): "
                + styles.styleOf(element).map(Object::toString).orElse("none: not styled") + "\n";
    }

    private String renderNode(Element element) {
        if (!(artifacts.get(Phase.RENDER_TREE) instanceof RenderTree renderTree)) {
            return notYet("render tree", Phase.RENDER_TREE);
        }
        return findRenderObject(renderTree.root(), element)
                .map(box -> "render tree: " + describe(box) + children(box) + "\n")
                .orElse("render tree: no box (display: none, or inside an element that has none)\n");
    }

    private static Optional<RenderObject> findRenderObject(RenderObject box, Element element) {
        if (elementOf(box) == element) {
            return Optional.of(box);
        }
        return box.children().stream().map(child -> findRenderObject(child, element)).flatMap(Optional::stream).findFirst();
    }

    private static Element elementOf(RenderObject box) {
        if (box instanceof RenderBlock block) {
            return block.element();
        } else if (box instanceof RenderInline inline) {
            return inline.element();
        }
        return box instanceof RenderImage image ? image.element() : null;
    }

    private static String describe(RenderObject box) {
        if (box instanceof RenderText text) {
            return "RenderText " + DomPrinter.quote(text.text());
        } else if (box instanceof RenderMarker) {
            return "RenderMarker"; // a list item's bullet or number, which no element of its own generates
        }
        Element element = elementOf(box);
        return box.getClass().getSimpleName() + " " + (element == null ? "(anonymous)" : DomPrinter.label(element));
    }

    private static String children(RenderObject box) {
        return box.children().isEmpty() ? ""
                : " containing " + box.children().stream().map(Inspector::describe).collect(Collectors.joining(", "));
    }

    /**
     * The border box as {@code dump layout --format json} gives it (an inline split over lines:
     * the union of its parts), and a block box's edges as {@code dump layout} prints them.
     */
    private String layoutBoxes(Element element) {
        if (!(artifacts.get(Phase.LAYOUT) instanceof LayoutTree layout)) {
            return notYet("layout", Phase.LAYOUT);
        }
        double[] box = layout.borderBoxes().get(element);
        if (box == null) {
            return "layout: no box\n";
        }
        return "layout: border box" + geometry(box) + blockBox(layout.root(), element).map(Inspector::edges).orElse("") + "\n";
    }

    private static Optional<BlockBox> blockBox(BlockBox box, Element element) {
        if (box.element() == element) {
            return Optional.of(box);
        }
        return box.children().stream().map(child -> blockBox(child, element)).flatMap(Optional::stream).findFirst();
    }

    private static String edges(BlockBox box) {
        return edges(" margin=", box.margin()) + edges(" border=", box.border()) + edges(" padding=", box.padding());
    }

    private static String edges(String label, Edges edges) {
        return edges.equals(Edges.ZERO) ? "" : label + edges;
    }

    private static String geometry(double[] box) {
        return " x=" + CssValue.formatNumber(box[0]) + " y=" + CssValue.formatNumber(box[1])
                + " w=" + CssValue.formatNumber(box[2]) + " h=" + CssValue.formatNumber(box[3]);
    }

    private String paintCommands(Element element) {
        if (!(artifacts.get(Phase.PAINT) instanceof DisplayList displayList)) {
            return notYet("paint", Phase.PAINT);
        }
        double[] box = ((LayoutTree) artifacts.get(Phase.LAYOUT)).borderBoxes().get(element);
        if (box == null) {
            return "paint: no box, so nothing drawn\n";
        }
        List<DisplayCommand> inside = displayList.commands().stream().filter(command -> startsInside(command, box)).toList();
        StringBuilder out = new StringBuilder("paint: " + count(inside.size(), "command")
                + " drawn inside its border box\n");
        inside.forEach(command -> out.append("  ").append(command).append('\n'));
        return out.toString();
    }

    /**
     * Whether the point a command draws from — a corner, a text's baseline start — lies in the
     * box. Not on its right edge, where the text after an inline element starts; a hundredth of
     * a pixel spares the rounding of positions.
     */
    private static boolean startsInside(DisplayCommand command, double[] box) {
        double[] at = origin(command);
        return at != null && at[0] > box[0] - EDGE && at[0] < box[0] + box[2] - EDGE
                && at[1] > box[1] - EDGE && at[1] < box[1] + box[3] + EDGE;
    }

    private static double[] origin(DisplayCommand command) {
        if (command instanceof DisplayCommand.FillRect fill) {
            return new double[] {fill.x(), fill.y()};
        } else if (command instanceof DisplayCommand.DrawText text) {
            return new double[] {text.x(), text.baseline()};
        } else if (command instanceof DisplayCommand.FillEllipse ellipse) {
            return new double[] {ellipse.x(), ellipse.y()};
        } else if (command instanceof DisplayCommand.DrawEllipse ellipse) {
            return new double[] {ellipse.x(), ellipse.y()};
        } else if (command instanceof DisplayCommand.DrawImage image) {
            return new double[] {image.x(), image.y()};
        } else if (command instanceof DisplayCommand.TileImage tile) {
            return new double[] {tile.x(), tile.y()};
        } else if (command instanceof DisplayCommand.FillPolygon polygon) {
            return new double[] {polygon.points()[0], polygon.points()[1]};
        }
        return null; // rounded shapes, clips and opacity layers: no corner a shell can read
    }

    private static String count(int number, String noun) {
        return number + " " + noun + (number == 1 ? "" : "s");
    }

    private static String notYet(String part, Phase phase) {
        return part + ": not made yet (" + phase.label() + " makes it; b " + phase.label() + " runs until then)\n";
    }
}
