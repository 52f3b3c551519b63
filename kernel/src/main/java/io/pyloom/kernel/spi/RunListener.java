package io.pyloom.kernel.spi;

/** Listens to a moment in a script's run. */
@FunctionalInterface
public interface RunListener {
    void on(Run run);
}
