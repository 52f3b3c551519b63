package io.pyloom.kernel;

import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSPromise;

/** MicroPython: {@code loadMicroPython} from micropython.mjs, which finds its wasm beside itself. */
final class MicroPythonEngine implements Engine {

    @Override
    public String type() {
        return "mpy";
    }

    @Override
    public String displayName() {
        return "MicroPython";
    }

    @Override
    public JSPromise<JSObject> load(String moduleUrl) {
        return Composition.startInterpreter(type(), moduleUrl);
    }
}
