package io.pyloom.kernel.spi;

import org.teavm.jso.JSObject;

/** Starts worker scripts on the main thread (see {@link Hook#START_WORKER}). */
@FunctionalInterface
public interface WorkerStarter {

    /** Starts the worker and returns the page's handle on it (what {@code PyWorker(...)} returns). */
    JSObject start(WorkerScript script);
}
