package org.glassbox;

/**
 * A page could not be loaded at all: the address is malformed, the file is missing, the server
 * cannot be reached. Its message is one line meant for the user, such as
 * {@code cannot connect to localhost:9: Connection refused}.
 */
public final class LoadException extends RuntimeException {

    public LoadException(String message, Throwable cause) {
        super(message, cause);
    }

    public LoadException(String message) {
        super(message);
    }
}
