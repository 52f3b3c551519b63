package io.pyloom.server.api;

/** A composition could not be built. */
public class ComposeException extends Exception {
    public ComposeException(String message) {
        super(message);
    }

    public ComposeException(String message, Throwable cause) {
        super(message, cause);
    }
}
