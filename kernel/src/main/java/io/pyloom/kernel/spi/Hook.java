package io.pyloom.kernel.spi;

import java.util.List;

/**
 * The points in a page's life where plugins take part, in the order they happen for each script.
 *
 * <p>All listeners run on the kernel's own thread, in order. A listener of a {@code _ASYNC} hook
 * may wait for JavaScript promises ({@code JSPromise.await()}), which holds the script back until
 * it is done; the others are meant to return at once. Code hooks return Python source that runs right before or after the script's own code,
 * in the same interpreter.
 *
 * @param <L> the listener type this hook takes
 */
public final class Hook<L> {

    /** An interpreter has loaded and its {@code pyscript} package is written; once per interpreter. */
    public static final Hook<RunListener> INTERPRETER_READY = new Hook<>("onInterpreterReady");
    public static final Hook<RunListener> BEFORE_RUN = new Hook<>("onBeforeRun");
    public static final Hook<RunListener> BEFORE_RUN_ASYNC = new Hook<>("onBeforeRunAsync");
    public static final Hook<CodeHook> CODE_BEFORE_RUN = new Hook<>("codeBeforeRun");
    public static final Hook<CodeHook> CODE_AFTER_RUN = new Hook<>("codeAfterRun");
    public static final Hook<RunListener> AFTER_RUN = new Hook<>("onAfterRun");
    public static final Hook<RunListener> AFTER_RUN_ASYNC = new Hook<>("onAfterRunAsync");
    /** A worker's interpreter is ready (called on the main thread when the worker reports it). */
    public static final Hook<RunListener> WORKER_READY = new Hook<>("onWorkerReady");
    /** Main thread: a page asks for a worker; the first starter added runs it (the worker plugin). */
    public static final Hook<WorkerStarter> START_WORKER = new Hook<>("onWorkerScript");
    /**
     * Main thread: a worker has been started, before its code runs: a plugin may offer it functions
     * on the handle's {@code sync} (a terminal's input, an editor's output). Since SPI 1.3.
     */
    public static final Hook<WorkerListener> WORKER_STARTED = new Hook<>("onWorker");
    /** Inside a worker: core.js booted there; the first listener takes the worker over. */
    public static final Hook<WorkerBoot> WORKER_BOOT = new Hook<>("onWorkerBoot");
    /**
     * Main thread: the elements a plugin takes (its own script types). The kernel reads these once,
     * from the install that covers the whole page, and watches the page for each selector.
     */
    public static final Hook<ElementHandler> ELEMENTS = new Hook<>("onElements");
    /** Something failed: a script, a config, a fetch, an interpreter. */
    public static final Hook<ErrorListener> ERROR = new Hook<>("onError");

    private static final List<Hook<?>> ALL = List.of(INTERPRETER_READY, BEFORE_RUN, BEFORE_RUN_ASYNC,
            CODE_BEFORE_RUN, CODE_AFTER_RUN, AFTER_RUN, AFTER_RUN_ASYNC, WORKER_READY, START_WORKER, WORKER_STARTED, WORKER_BOOT, ELEMENTS, ERROR);

    private final String name;

    private Hook(String name) {
        this.name = name;
    }

    /** The hook's name, as PyScript's plugin API spells it. */
    public String name() {
        return name;
    }

    /** Every hook, in lifecycle order. */
    public static List<Hook<?>> all() {
        return ALL;
    }

    @Override
    public String toString() {
        return name;
    }
}
