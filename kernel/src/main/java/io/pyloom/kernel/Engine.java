package io.pyloom.kernel;

import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSPromise;

/**
 * One interpreter as the kernel sees it: the script type it runs and its name. How each one
 * starts (its loader and options) is in core.js's boot, which may have started it already.
 */
final class Engine {

    private final String type;
    private final String displayName;

    private Engine(String type, String displayName) {
        this.type = type;
        this.displayName = displayName;
    }

    static Engine forType(String type) {
        return "mpy".equals(type) ? new Engine("mpy", "MicroPython") : new Engine("py", "Pyodide");
    }

    /** The script type this engine runs: {@code "py"} or {@code "mpy"}. */
    String type() {
        return type;
    }

    /** The interpreter's name in progress events: {@code Pyodide}, {@code MicroPython}. */
    String displayName() {
        return displayName;
    }

    /** Imports the interpreter module at {@code moduleUrl} and starts the interpreter. */
    JSPromise<JSObject> load(String moduleUrl) {
        return Composition.startInterpreter(type, moduleUrl);
    }
}
