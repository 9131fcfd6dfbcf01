package org.glassbox.script;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Function;

/**
 * {@code requestAnimationFrame} (HTML §8.10 "Animation frames"): callbacks wait for the next
 * frame, which comes every {@value #FRAME_MS} ms of virtual time, a 60 Hz screen; at the frame
 * each is called with the frame's time. A callback that asks for another frame gets the next
 * one, so an animation advances one frame a task until it stops or the loop's budget ends it.
 */
final class AnimationFrames {

    /** A frame every 16 ms, about 60 frames a second. */
    static final double FRAME_MS = 16;

    private final Window window;
    private final Map<Integer, Function> callbacks = new LinkedHashMap<>();
    private int lastId;
    private boolean frameQueued;

    AnimationFrames(Window window) {
        this.window = window;
    }

    /** Adds a callback for the next frame and returns its handle. */
    int request(Function callback) {
        callbacks.put(++lastId, callback);
        if (!frameQueued) {
            frameQueued = true;
            EventLoop loop = window.eventLoop();
            double nextFrame = (Math.floor(loop.now() / FRAME_MS) + 1) * FRAME_MS;
            loop.queueAt(nextFrame, "animation frame", this::runCallbacks);
        }
        return lastId;
    }

    void cancel(Object handle) {
        callbacks.remove((int) Context.toNumber(handle));
    }

    /**
     * HTML §8.1.7.3 "run the animation frame callbacks": those requested before this frame, with
     * its time, unless one of them cancels another first.
     */
    private void runCallbacks() {
        frameQueued = false;
        Object[] now = {window.eventLoop().now()};
        for (Integer handle : List.copyOf(callbacks.keySet())) {
            Function callback = callbacks.remove(handle);
            if (callback != null) {
                window.invoke(callback, window, now);
            }
        }
    }
}
