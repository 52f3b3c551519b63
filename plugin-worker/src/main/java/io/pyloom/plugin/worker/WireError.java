package io.pyloom.plugin.worker;

/** A value that cannot cross between a worker and the page, or a broken message. */
final class WireError extends RuntimeException {
    WireError(String message) {
        super(message);
    }
}
