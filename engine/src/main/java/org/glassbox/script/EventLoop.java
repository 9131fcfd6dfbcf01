package org.glassbox.script;

import java.util.Comparator;
import java.util.Locale;
import java.util.PriorityQueue;
import java.util.function.Consumer;
import org.glassbox.Log;

/**
 * A page's event loop (HTML §8.1.7) on a virtual clock. Tasks — a timer firing, an animation
 * frame, a fetch's response, a click — wait in one queue, each due at a time on the clock. Once
 * the page's scripts have run, {@link #run} takes the tasks in the order they are due and moves
 * the clock to each one's time instead of waiting for it: a {@code setTimeout(f, 2000)} runs at
 * once, and the page is drawn as it looks two seconds after loading. After every task the
 * realm performs a microtask checkpoint, which runs Promise reactions.
 *
 * <p>Two budgets end pages that never go idle, such as one whose {@code setInterval} never stops:
 * the virtual time (10 s by default) and the number of tasks. Either stops the loop with one line
 * in the log, and what is still waiting never runs.
 *
 * <p>Left out: task sources and their priorities (all tasks share one queue); idle callbacks.
 */
final class EventLoop {

    /** Virtual time after which the loop stops: ten seconds of a page's life. */
    static final double DEFAULT_TIME_BUDGET_MS = 10_000;

    /** Tasks after which the loop stops, whatever the clock says: a {@code setInterval(f, 0)} must end too. */
    static final int DEFAULT_TASK_BUDGET = 10_000;

    /** A task (HTML §8.1.7.1): what to do, when it is due, and how the log names it. */
    private record Task(double due, long order, String name, Runnable steps) {}

    private final PriorityQueue<Task> queue =
            new PriorityQueue<>(Comparator.comparingDouble(Task::due).thenComparingLong(Task::order));
    private final Consumer<Runnable> performer;
    private final Log log;
    private final double timeBudget;
    private final int taskBudget;
    private double now;
    private long queued;
    private int tasksRun;

    /**
     * @param performer runs a task's steps as the realm runs a callback: in a context, reporting
     *     what it throws, then performing a microtask checkpoint
     */
    EventLoop(Consumer<Runnable> performer, Log log, double timeBudget, int taskBudget) {
        this.performer = performer;
        this.log = log;
        this.timeBudget = timeBudget;
        this.taskBudget = taskBudget;
    }

    /** The virtual time since the page's time origin, in milliseconds (HR Time §4 {@code performance.now()}). */
    double now() {
        return now;
    }

    /** Queues a task to run as soon as the loop gets to it (HTML §8.1.7.1 "queue a task"). */
    void queue(String name, Runnable steps) {
        queueAt(now, name, steps);
    }

    /** Queues a task that is not due before {@code due} on the virtual clock. */
    void queueAt(double due, String name, Runnable steps) {
        queue.add(new Task(Math.max(due, now), queued++, name, steps));
    }

    /**
     * Runs the tasks in the order they are due until none is left (HTML §8.1.7.3 "event loop
     * processing model") or a budget is spent.
     */
    void run() {
        while (!queue.isEmpty()) {
            if (budgetSpent()) {
                queue.clear();
                return;
            }
            Task task = queue.poll();
            now = task.due();
            tasksRun++;
            log.detail("task: " + task.name() + " at " + milliseconds(now));
            performer.accept(task.steps());
            log.stepFinished("ran the task " + task.name());
        }
    }

    /** Forgets every waiting task: the page will do nothing more. */
    void discardTasks() {
        queue.clear();
    }

    private boolean budgetSpent() {
        if (queue.peek().due() > timeBudget) {
            log.info("event loop stopped at " + milliseconds(timeBudget) + " of virtual time: " + waiting());
            return true;
        }
        if (tasksRun >= taskBudget) {
            log.info("event loop stopped after " + taskBudget + " tasks, at " + milliseconds(now) + ": " + waiting());
            return true;
        }
        return false;
    }

    private String waiting() {
        return queue.size() + (queue.size() == 1 ? " task" : " tasks") + " still waiting (such as " + queue.peek().name()
                + ") will not run";
    }

    static String milliseconds(double time) {
        return (time == Math.rint(time) ? String.valueOf((long) time) : String.format(Locale.ROOT, "%.1f", time)) + " ms";
    }
}
