package org.glassbox.script;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.ContextFactory;

/**
 * Rhino set up so that a page's scripts can reach nothing but what Glassbox hands them, and
 * cannot keep the engine busy forever. Every {@link Context} this factory makes:
 * <ul>
 *   <li>interprets rather than compiles to Java bytecode: only the interpreter counts
 *       instructions and limits its stack depth;</li>
 *   <li>speaks ES6 ({@code let}, arrow functions, template literals...);</li>
 *   <li>has a {@link org.mozilla.javascript.ClassShutter} that admits no Java class, so even a
 *       Java object that leaked into a script would show it nothing;</li>
 *   <li>stops a script that has used more than the CPU budget;</li>
 *   <li>turns runaway recursion into a JavaScript error instead of a Java stack overflow.</li>
 * </ul>
 * The factory is Glassbox's own instance, never Rhino's global one, so two engines in one JVM
 * keep their own limits.
 */
final class Sandbox extends ContextFactory {

    /** JavaScript calls nested deeper than this throw an InternalError the script can catch. */
    static final int MAX_STACK_DEPTH = 1000;

    /** How often the budget is checked: every this many interpreter instructions. */
    private static final int INSTRUCTIONS_BETWEEN_CHECKS = 10_000;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Duration cpuBudget;

    Sandbox(Duration cpuBudget) {
        this.cpuBudget = cpuBudget;
    }

    @Override
    protected Context makeContext() {
        Context cx = new TimedContext(this);
        cx.setInterpretedMode(true);
        cx.setLanguageVersion(Context.VERSION_ES6);
        cx.setClassShutter(javaClassName -> false);
        cx.setMaximumInterpreterStackDepth(MAX_STACK_DEPTH);
        cx.setInstructionObserverThreshold(INSTRUCTIONS_BETWEEN_CHECKS);
        return cx;
    }

    /**
     * Called by the interpreter every {@link #INSTRUCTIONS_BETWEEN_CHECKS} instructions. The
     * budget is thrown as a Java {@link Error}, which Rhino lets through without running the
     * script's {@code catch} or {@code finally} blocks: a script cannot catch its own stop.
     */
    @Override
    protected void observeInstructionCount(Context cx, int instructionCount) {
        if (((TimedContext) cx).cpuTimeUsed().compareTo(cpuBudget) > 0) {
            throw new BudgetExceeded(cpuBudget);
        }
    }

    /** A context that remembers how much CPU time its thread had used when it was made. */
    private static final class TimedContext extends Context {

        private final long startNanos = THREADS.getCurrentThreadCpuTime();

        TimedContext(ContextFactory factory) {
            super(factory);
        }

        Duration cpuTimeUsed() {
            return Duration.ofNanos(THREADS.getCurrentThreadCpuTime() - startNanos);
        }
    }

    /** A script ran longer than the CPU budget and was stopped. */
    static final class BudgetExceeded extends Error {

        BudgetExceeded(Duration budget) {
            super("ran longer than " + describe(budget));
        }

        /** {@code 5 s} or {@code 50 ms}, as a user would write it. */
        private static String describe(Duration budget) {
            return budget.toMillis() % 1000 == 0 ? budget.toSeconds() + " s" : budget.toMillis() + " ms";
        }
    }
}
