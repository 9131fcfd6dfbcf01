package org.glassbox.script;

import org.jsoup.nodes.Comment;

/**
 * The JavaScript object standing for a comment, {@code <!-- like this -->}: the DOM's
 * {@code Comment} interface (DOM §4.14), whose {@code data} is the text between the dashes.
 * Public only because Rhino's {@code defineClass} reflects on it.
 */
public final class CommentWrapper extends CharacterDataWrapper {

    /** Makes the {@code Comment.prototype} object; Rhino's {@code defineClass} calls it. */
    public CommentWrapper() {}

    CommentWrapper(Comment comment, WrapperCache cache) {
        super(comment, cache);
    }

    @Override
    public String getClassName() {
        return "Comment";
    }
}
