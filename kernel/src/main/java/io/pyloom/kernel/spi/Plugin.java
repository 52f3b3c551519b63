package io.pyloom.kernel.spi;

/** A browser plugin, found by the kernel through {@link java.util.ServiceLoader}. */
public interface Plugin {

    /** The name pages use to turn the plugin off with {@code "!name"} in their config. */
    String name();

    /** Called once, before any interpreter loads: add listeners to the hooks you need. */
    void install(Hooks hooks);
}
