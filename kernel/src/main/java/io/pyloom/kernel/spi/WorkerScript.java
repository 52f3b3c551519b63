package io.pyloom.kernel.spi;

import org.teavm.jso.dom.html.HTMLElement;

/**
 * Python a page wants run in a web worker: a {@code worker} tag, or {@code PyWorker(url, ...)}.
 * On the main thread the kernel implements it and its callbacks tell the page how the worker is
 * doing; inside the worker the plugin that started it does.
 */
public interface WorkerScript {

    /** {@code "py"} (Pyodide) or {@code "mpy"} (MicroPython). */
    String type();

    /** The tag, or null for a worker started from Python. */
    HTMLElement element();

    /** The {@code name} the page gave the worker, or null. */
    String name();

    /** The absolute URL of the code, or null when the code is inline. */
    String src();

    /** The inline code (dedented), or null when there is a {@code src}. */
    String code();

    /** The worker's own configuration (JSON, TOML or a URL of one), or null. */
    String config();

    /**
     * The id of the page element {@code display()} writes into by default, or null (a worker
     * started from Python has none).
     *
     * @since 1.2
     */
    default String target() {
        return null;
    }

    /**
     * The page's JavaScript worker hooks (core.js's {@code hooks.worker}) as the kernel sends them
     * to the worker (JSON), or null. A plugin that starts workers passes it through unchanged.
     *
     * @since 1.2
     */
    default String hooks() {
        return null;
    }

    /**
     * The attributes of the worker's tag (a JavaScript object of names and values), or null: sent
     * to the worker with its boot message, where plugins read them with {@link Run#attribute}.
     *
     * @since 1.3
     */
    default org.teavm.jso.JSObject attributes() {
        return null;
    }

    /**
     * Inside the worker: the page's {@code sync} functions (see {@link Run#pageSync}); null on the
     * main thread. The plugin that runs workers implements it.
     *
     * @since 1.3
     */
    default org.teavm.jso.JSObject pageSync() {
        return null;
    }

    /** The URL relative {@code src}, config and file URLs resolve against: the page's. */
    String base();

    /**
     * The worker has been started: {@code handle} is what the page holds of it (the object a page's
     * JavaScript {@code onWorker} hooks get). A plugin that starts workers calls it once.
     *
     * @since 1.2
     */
    default void started(org.teavm.jso.JSObject handle) {
    }

    /** The worker's interpreter is ready and its code is about to run. */
    void ready();

    /** The worker's code has run (or failed). */
    void done();

    /** Something failed in the worker: report it in the page. */
    void failed(String message);
}
