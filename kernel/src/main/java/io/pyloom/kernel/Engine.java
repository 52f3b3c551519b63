package io.pyloom.kernel;

import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSPromise;

/** How one interpreter is loaded; once loaded, every engine's interpreter has the same shape. */
interface Engine {

    /** The script type this engine runs: {@code "py"} or {@code "mpy"}. */
    String type();

    /** The interpreter's name in progress events: {@code Pyodide}, {@code MicroPython}. */
    String displayName();

    /** Imports the interpreter module at {@code moduleUrl} and starts the interpreter. */
    JSPromise<JSObject> load(String moduleUrl);

    static Engine forType(String type) {
        return "mpy".equals(type) ? new MicroPythonEngine() : new PyodideEngine();
    }
}
