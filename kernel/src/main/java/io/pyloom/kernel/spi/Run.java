package io.pyloom.kernel.spi;

import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLElement;

/** One script being run, as the hooks see it. */
public interface Run {

    /** {@code "py"} (Pyodide) or {@code "mpy"} (MicroPython). */
    String type();

    /** The tag the code came from; null inside a worker, which has no page elements of its own. */
    HTMLElement script();

    /** The id of the element {@code display()} writes into by default; null in a worker and for {@code INTERPRETER_READY}. */
    String target();

    /** The interpreter running the script. */
    Python python();

    /** Whether this run happens in a web worker. */
    boolean worker();

    /**
     * The value of an attribute of the script's tag, or null: in a worker, of the tag that started
     * it (sent with the worker's boot message), so a plugin there can tell a {@code terminal} worker.
     *
     * @since 1.3
     */
    default String attribute(String name) {
        return null;
    }

    /**
     * Inside a worker: the page's {@code sync} functions as the worker's Python sees them
     * ({@code pyscript.sync}): a call blocks until the page answers on a cross-origin isolated page
     * and gives a promise otherwise; setting a function there offers it to the page. Null on the
     * main thread.
     *
     * @since 1.3
     */
    default JSObject pageSync() {
        return null;
    }
}
