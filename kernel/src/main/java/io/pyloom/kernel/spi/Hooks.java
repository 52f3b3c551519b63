package io.pyloom.kernel.spi;

import org.osgi.annotation.versioning.ProviderType;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSPromise;

/** What the kernel gives a plugin at install time; only the kernel implements it. */
@ProviderType
public interface Hooks {

    /** Adds a listener to a hook; listeners run in the order they were added. */
    <L> void add(Hook<L> hook, L listener);

    /** Reports a failure as the kernel does: on the console and to every {@link Hook#ERROR} listener. */
    void report(Failure failure);

    /** Whether this core.js runs inside a web worker, where there is no page to touch. */
    boolean inWorker();

    /** The URL this core.js was loaded from, with its query: a worker starts the same core.js. */
    String coreUrl();

    /**
     * Imports a JavaScript module the plugin's bundle carries as {@code src/main/js/lazy/NAME.js}
     * (bundled with its npm imports, served beside the runtime): it is fetched on the first call
     * only, so a page that never needs it never downloads it. Names are shared by all plugins of
     * a core.js: prefix them with the plugin's name.
     */
    JSPromise<JSObject> importModule(String name);

    /**
     * Main thread: starts a worker for a script the plugin describes (its callbacks are the
     * plugin's), with the plugin that runs workers; gives the page's handle on it, or null when
     * this core.js was composed without one. Since SPI 1.3.
     */
    JSObject startWorker(WorkerScript script);
}
