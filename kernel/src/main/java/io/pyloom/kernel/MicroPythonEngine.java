package io.pyloom.kernel;

import org.teavm.jso.JSBody;
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
        return importAndLoad(moduleUrl);
    }

    // stdout and stderr go to the console line by line, as print() does in PyScript.
    @JSBody(params = "url", script = "return import(url).then(function (m) {"
            + " return m.loadMicroPython({ linebuffer: true,"
            + " stdout: function (line) { console.log(line); },"
            + " stderr: function (line) { console.error(line); } }); });")
    private static native JSPromise<JSObject> importAndLoad(String url);
}
