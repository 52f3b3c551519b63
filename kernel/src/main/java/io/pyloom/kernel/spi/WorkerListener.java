package io.pyloom.kernel.spi;

import org.osgi.annotation.versioning.ConsumerType;
import org.teavm.jso.JSObject;

/** Hears of each worker the page starts (see {@link Hook#WORKER_STARTED}). Since SPI 1.3. */
@ConsumerType
@FunctionalInterface
public interface WorkerListener {

    /** {@code handle} is the page's handle on the worker, whose code has not run yet. */
    void started(WorkerScript script, JSObject handle);
}
