package org.glassbox.shell;

import java.io.PrintWriter;

/**
 * A progress bar on one terminal line, redrawn in place with a carriage return:
 * {@code [########            ] 12/30 page-name}. Drawn only on a terminal, where {@code \r}
 * moves the cursor; in a file or a pipe it would be noise.
 */
final class ProgressBar {

    private static final int WIDTH = 30;

    private final PrintWriter terminal;
    private final int total;

    ProgressBar(PrintWriter terminal, int total) {
        this.terminal = terminal;
        this.total = total;
    }

    /** Shows that {@code done} of the pages are finished and {@code current} is being rendered. */
    void show(int done, String current) {
        int filled = total == 0 ? WIDTH : done * WIDTH / total;
        terminal.print("\r\033[K[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total + " " + current);
        terminal.flush();
    }

    /** Clears the bar's line, so that what is printed next starts on a clean line. */
    void clear() {
        terminal.print("\r\033[K");
        terminal.flush();
    }
}
