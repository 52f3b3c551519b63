package io.pyloom.kernel.spi;

/** Supplies Python code to run around a script's own code; null or empty adds nothing. */
@FunctionalInterface
public interface CodeHook {
    String code(Run run);
}
