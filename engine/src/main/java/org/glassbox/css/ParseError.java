package org.glassbox.css;

/**
 * A syntax error in a stylesheet, where it is and what the parser made of it. CSS never stops at
 * an error: the parser skips the declaration or rule it is in and carries on (CSS 2.1 §4.2), so
 * a sheet with errors still has rules — the errors say what was lost.
 *
 * @param line the line of the page or file, counting from 1
 * @param column the column on that line, counting from 1
 */
public record ParseError(int line, int column, String message) {

    @Override
    public String toString() {
        return line + ":" + column + ": " + message;
    }
}
