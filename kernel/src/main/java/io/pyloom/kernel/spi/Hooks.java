package io.pyloom.kernel.spi;

/** What the kernel gives a plugin at install time. */
public interface Hooks {

    /** Adds a listener to a hook; listeners run in the order they were added. */
    <L> void add(Hook<L> hook, L listener);

    /** Reports a failure as the kernel does: on the console and to every {@link Hook#ERROR} listener. */
    void report(Failure failure);
}
