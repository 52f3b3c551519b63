package io.pyloom.kernel.spi;

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
}
