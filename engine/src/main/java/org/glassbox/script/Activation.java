package org.glassbox.script;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.mozilla.javascript.LambdaFunction;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.Undefined;

/**
 * What a click does besides telling listeners (DOM §2.9 "activation target", HTML "activation
 * behavior"): the element it activates is the clicked one, or the nearest ancestor that has an
 * activation behaviour. A checkbox or a radio button changes before the listeners hear of the click
 * (its "legacy-pre-activation behavior"), so they see the new state, and changes back if one of
 * them cancels it; a link is followed only if nobody canceled the click.
 *
 * <p>The checkedness of a box is its {@code checked} attribute, which is what the style phase's
 * {@code :checked} reads. Left out: buttons that submit or reset a form, labels, {@code <details>}.
 */
final class Activation {

    private final Element element;
    private final Window window;
    private boolean wasChecked;
    private Element previouslyCheckedRadio;

    private Activation(Element element, Window window) {
        this.element = element;
        this.window = window;
    }

    /**
     * Defines {@code click()} on {@code Element.prototype} (HTML "the click() method",
     * {@code #dom-click}): a click event that bubbles and can be canceled, not trusted, at the
     * element — with the activation behaviour a user's click has — unless it is a disabled form
     * control or its click is already being dispatched.
     */
    static void defineClick(Scriptable global) {
        ScriptableObject prototype = (ScriptableObject) ScriptableObject.getClassPrototype(global, "Element");
        LambdaFunction click = new LambdaFunction(global, "click", 0, (cx, scope, thisObj, args) -> {
            if (thisObj instanceof NodeWrapper wrapper && wrapper.node() instanceof Element element) {
                click(wrapper, element);
            }
            return Undefined.instance;
        });
        prototype.defineProperty("click", click, ScriptableObject.DONTENUM);
    }

    private static void click(NodeWrapper wrapper, Element element) {
        Window window = Window.of(wrapper);
        if (isDisabledFormControl(element) || !window.clicksInProgress().add(element)) {
            return;
        }
        try {
            Event event = Event.fire(wrapper, "click", true, true);
            event.isTrusted = false;
            EventDispatch.dispatch(wrapper, event);
        } finally {
            window.clicksInProgress().remove(element);
        }
    }

    private static boolean isDisabledFormControl(Element element) {
        return element.hasAttr("disabled") && (element.nameIs("button") || element.nameIs("input")
                || element.nameIs("select") || element.nameIs("textarea") || element.nameIs("fieldset"));
    }

    /** The activation of a click dispatched along {@code path}, if it reaches an element with an activation behaviour. */
    static Optional<Activation> of(Event event, List<EventTarget> path) {
        if (!event.type().equals("click")) {
            return Optional.empty();
        }
        List<EventTarget> candidates = event.bubbles() ? path : path.subList(0, 1);
        for (EventTarget target : candidates) {
            if (target instanceof NodeWrapper wrapper && wrapper.node() instanceof Element element
                    && hasActivationBehavior(element)) {
                return Optional.of(new Activation(element, Window.of(wrapper)));
            }
        }
        return Optional.empty();
    }

    private static boolean hasActivationBehavior(Element element) {
        return isCheckable(element) || isHyperlink(element);
    }

    /** HTML §4.10.5.1.15 and §4.10.5.1.16: a checkbox toggles; a radio button becomes the checked one of its group. */
    void legacyPreActivation() {
        if (!isCheckable(element)) {
            return;
        }
        wasChecked = element.hasAttr("checked");
        if (inputType(element).equals("checkbox")) {
            setChecked(element, !wasChecked);
        } else {
            previouslyCheckedRadio = radioGroup().stream().filter(radio -> radio.hasAttr("checked")).findFirst().orElse(null);
            radioGroup().forEach(radio -> setChecked(radio, false));
            setChecked(element, true);
        }
    }

    /** After the dispatch: undo a canceled toggle ("legacy-canceled-activation behavior"), or follow a link. */
    void afterDispatch(boolean canceled) {
        if (isCheckable(element) && canceled) {
            legacyCanceledActivation();
        } else if (isHyperlink(element) && !canceled) {
            followHyperlink();
        }
    }

    private void legacyCanceledActivation() {
        if (inputType(element).equals("checkbox")) {
            setChecked(element, wasChecked);
        } else {
            setChecked(element, false);
            if (previouslyCheckedRadio != null) {
                setChecked(previouslyCheckedRadio, true);
            }
        }
    }

    /**
     * HTML §4.6.4 "follow the hyperlink": the window navigates to the link's URL once the page is
     * done. A link to a place in the same page ({@code #top}) or to a {@code javascript:} URL
     * starts no new page load here.
     */
    private void followHyperlink() {
        String url = element.absUrl("href");
        if (url.isEmpty() || url.startsWith("javascript:")) {
            window.log().detail("link not followed: '" + element.attr("href") + "'");
            return;
        }
        URI target = URI.create(url.replaceFirst("^file:/(?!/)", "file:///")); // jsoup's file:/x is the URL Standard's file:///x
        URI here = URI.create(window.document().location());
        if (target.getFragment() != null && withoutFragment(target).equals(withoutFragment(here))) {
            window.log().detail("link to a fragment of the same page, no navigation: " + url);
            return;
        }
        Optional<String> refusal = window.subresources().refusal(target);
        if (refusal.isPresent()) {
            window.log().warn("link to " + url + " not followed: " + refusal.get());
            return;
        }
        window.navigate(target);
    }

    private static URI withoutFragment(URI url) {
        return URI.create(url.toString().split("#", 2)[0]);
    }

    /** The radio buttons with this one's name in the same form, or in no form (HTML §4.10.5.1.16 "radio button group"). */
    private List<Element> radioGroup() {
        String name = element.attr("name");
        if (name.isEmpty()) {
            return List.of(element);
        }
        Element form = element.closest("form");
        Element scope = form != null ? form : element.ownerDocument();
        return scope == null ? List.of(element) : scope.getElementsByTag("input").stream()
                .filter(radio -> inputType(radio).equals("radio") && radio.attr("name").equals(name)
                        && radio.closest("form") == form)
                .toList();
    }

    private static boolean isCheckable(Element element) {
        String type = inputType(element);
        return element.nameIs("input") && (type.equals("checkbox") || type.equals("radio")) && !element.hasAttr("disabled");
    }

    private static boolean isHyperlink(Element element) {
        return (element.nameIs("a") || element.nameIs("area")) && element.hasAttr("href");
    }

    private static String inputType(Element element) {
        return element.attr("type").strip().toLowerCase(Locale.ROOT);
    }

    static void setChecked(Element element, boolean checked) {
        if (checked) {
            element.attr("checked", "");
        } else {
            element.removeAttr("checked");
        }
    }
}
