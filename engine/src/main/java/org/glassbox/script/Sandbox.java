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
 *   <li>stops a script that has used more than the CPU budget, or holds more memory than the
 *       memory budget;</li>
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

    /** A script may grow the heap in use by this much before it is stopped. */
    static final long MEMORY_BUDGET = 512L << 20;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final Runtime RUNTIME = Runtime.getRuntime();

    private final Duration cpuBudget;
    private final long memoryBudget;

    Sandbox(Duration cpuBudget) {
        this(cpuBudget, MEMORY_BUDGET);
    }

    /** @param memoryBudget in bytes */
    Sandbox(Duration cpuBudget, long memoryBudget) {
        this.cpuBudget = cpuBudget;
        this.memoryBudget = memoryBudget;
    }

    @Override
    protected Context makeContext() {
        TimedContext cx = new TimedContext(this);
        cx.nextCollectionAt = memoryBudget;
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
        TimedContext context = (TimedContext) cx;
        if (context.cpuTimeUsed().compareTo(cpuBudget) > 0) {
            throw new BudgetExceeded("ran longer than " + describe(cpuBudget));
        }
        if (context.heapGrowth() > context.nextCollectionAt) {
            checkMemoryAfterCollection(context);
        }
    }

    /**
     * The heap in use counts garbage not yet collected too, so before a script is stopped for
     * its memory, the garbage is collected and the heap measured again. If the script is within
     * its budget, it must allocate another quarter of the budget before the next collection, so
     * that one holding nearly its budget is not slowed down by a collection every few
     * instructions.
     */
    private void checkMemoryAfterCollection(TimedContext context) {
        System.gc();
        long held = context.heapGrowth();
        if (held > memoryBudget) {
            throw new BudgetExceeded("held more than " + (memoryBudget >> 20) + " MB of memory");
        }
        context.nextCollectionAt = Math.max(memoryBudget, held + memoryBudget / 4);
    }

    private static long heapInUse() {
        return RUNTIME.totalMemory() - RUNTIME.freeMemory();
    }

    /** {@code 5 s} or {@code 50 ms}, as a user would write it. */
    private static String describe(Duration budget) {
        return budget.toMillis() % 1000 == 0 ? budget.toSeconds() + " s" : budget.toMillis() + " ms";
    }

    /** A context that remembers how much CPU time its thread, and how much heap the engine, used when it was made. */
    private static final class TimedContext extends Context {

        private final long startNanos = THREADS.getCurrentThreadCpuTime();
        private final long startHeap = heapInUse();
        /** How much the heap may grow before garbage is collected to see whether the script holds too much. */
        private long nextCollectionAt;

        TimedContext(ContextFactory factory) {
            super(factory);
        }

        Duration cpuTimeUsed() {
            return Duration.ofNanos(THREADS.getCurrentThreadCpuTime() - startNanos);
        }

        long heapGrowth() {
            return heapInUse() - startHeap;
        }
    }

    /** A script used more CPU time or memory than its budget and was stopped. */
    static final class BudgetExceeded extends Error {

        BudgetExceeded(String what) {
            super(what);
        }
    }
}
