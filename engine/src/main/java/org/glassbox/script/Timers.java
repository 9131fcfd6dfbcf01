package org.glassbox.script;

import java.util.HashMap;
import java.util.Map;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Function;

/**
 * {@code setTimeout} and {@code setInterval} (HTML §8.6 "Timers"): each timer is a task queued
 * on the {@link EventLoop} for when its timeout has passed on the virtual clock; an interval
 * queues itself again each time it runs, until it is cleared. The handler is a function, called
 * with the extra arguments, or a string, run as a script.
 *
 * <p>Left out: the clamp of nested timers to at least 4 ms.
 */
final class Timers {

    /** A timer in the "map of active timers": what to run, how often, with which arguments. */
    private record Timer(int id, Object handler, double timeout, Object[] arguments, boolean repeat) {}

    private final Window window;
    private final Map<Integer, Timer> active = new HashMap<>();
    private int lastId;

    Timers(Window window) {
        this.window = window;
    }

    /**
     * HTML §8.6 "timer initialization steps": a timeout that is not a number, or negative, is 0.
     * Returns the timer's handle, a positive number that {@link #clear} takes.
     */
    int start(Object handler, Object timeout, Object[] arguments, boolean repeat) {
        double milliseconds = Context.toNumber(timeout);
        if (!(milliseconds > 0)) {
            milliseconds = 0;
        }
        Timer timer = new Timer(++lastId, handler, milliseconds, arguments, repeat);
        active.put(timer.id(), timer);
        schedule(timer);
        return timer.id();
    }

    /** {@code clearTimeout} and {@code clearInterval}: the timer's next task, if queued, finds it gone and does nothing. */
    void clear(Object handle) {
        active.remove((int) Context.toNumber(handle));
    }

    private void schedule(Timer timer) {
        EventLoop loop = window.eventLoop();
        loop.queueAt(loop.now() + timer.timeout(), "timer " + timer.id(), () -> fire(timer));
    }

    private void fire(Timer timer) {
        if (active.get(timer.id()) != timer) {
            return; // cleared
        }
        if (timer.handler() instanceof Function function) {
            window.invoke(function, window, timer.arguments());
        } else {
            window.runScript(Context.toString(timer.handler()), "timer " + timer.id());
        }
        if (timer.repeat() && active.get(timer.id()) == timer) {
            schedule(timer);
        } else {
            active.remove(timer.id());
        }
    }
}
