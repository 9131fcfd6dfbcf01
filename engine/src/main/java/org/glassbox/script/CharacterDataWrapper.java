package org.glassbox.script;

import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.mozilla.javascript.annotations.JSGetter;
import org.mozilla.javascript.annotations.JSSetter;

/**
 * The {@code CharacterData} interface (DOM §4.10): a node that holds text, its {@code data} —
 * a {@link TextWrapper text node} or a {@link CommentWrapper comment}. jsoup has three classes
 * for them: TextNode, Comment, and DataNode for the text of {@code <script>} and {@code <style>}.
 * Public only because Rhino's {@code defineClass} reflects on it.
 */
public class CharacterDataWrapper extends NodeWrapper {

    /** Makes the {@code CharacterData.prototype} object; Rhino's {@code defineClass} calls it. */
    public CharacterDataWrapper() {}

    CharacterDataWrapper(Node node, WrapperCache cache) {
        super(node, cache);
    }

    @Override
    public String getClassName() {
        return "CharacterData";
    }

    @JSGetter
    public String getData() {
        return data(node());
    }

    @JSSetter
    public void setData(String data) {
        setData(node(), data);
    }

    /** The data's length in UTF-16 code units, as JavaScript counts a string's length. */
    @JSGetter
    public int getLength() {
        return data(node()).length();
    }

    static String data(Node node) {
        if (node instanceof TextNode text) {
            return text.getWholeText();
        }
        return node instanceof DataNode data ? data.getWholeData() : ((Comment) node).getData();
    }

    static void setData(Node node, String data) {
        if (node instanceof TextNode text) {
            text.text(data);
        } else if (node instanceof DataNode dataNode) {
            dataNode.setWholeData(data);
        } else {
            ((Comment) node).setData(data);
        }
    }
}
