package io.pyloom.kernel;

/** A failure of the kernel's own work (loading, fetching), with a message fit for the page. */
final class KernelError extends Exception {
    KernelError(String message) {
        super(message);
    }
}
