package io.pyloom.kernel.spi;

/** Hears about every failure the kernel sees. */
@FunctionalInterface
public interface ErrorListener {
    void onError(Failure failure);
}
