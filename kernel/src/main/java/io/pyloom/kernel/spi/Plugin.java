package io.pyloom.kernel.spi;

/** A browser plugin, found by the kernel through {@link java.util.ServiceLoader}. */
public interface Plugin {

    /** The name pages use to turn the plugin off with {@code "!name"} in their config. */
    String name();

    /**
     * Adds listeners to the hooks you need. Called once per page for failures found before any
     * config is read, then once for each interpreter type the page uses (its config may turn the
     * plugin off with {@code "!name"}), each time with a fresh {@link Hooks}. Page-wide side
     * effects (listeners on window, messages) must therefore happen once. Inside a web worker,
     * core.js boots too and installs every plugin once more, where there is no {@code document}:
     * check {@link Hooks#inWorker()} before touching the page.
     */
    void install(Hooks hooks);
}
