/**
 * The shell: the {@code glassbox} command around the engine, built with picocli. It owns the
 * command line, the console and the files: {@code render} writes a PNG, {@code dump} prints one
 * phase's artifact, and {@code ConsoleLog} prints the engine's story to stderr, one line a phase.
 */
package org.glassbox.shell;
