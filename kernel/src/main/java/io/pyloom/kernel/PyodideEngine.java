package io.pyloom.kernel;

import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSPromise;

/** Pyodide: {@code loadPyodide} from pyodide.mjs, its files beside the module. */
final class PyodideEngine implements Engine {

    @Override
    public String type() {
        return "py";
    }

    @Override
    public String displayName() {
        return "Pyodide";
    }

    @Override
    public JSPromise<JSObject> load(String moduleUrl) {
        return Composition.startInterpreter(type(), moduleUrl);
    }
}
