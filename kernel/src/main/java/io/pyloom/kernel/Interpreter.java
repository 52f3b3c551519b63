package io.pyloom.kernel;

import io.pyloom.kernel.rules.FilesPlan;

import io.pyloom.kernel.spi.Python;
import io.pyloom.kernel.spi.PythonError;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSPromise;

/** A loaded interpreter. Pyodide and MicroPython expose the same FS / run / module API. */
final class Interpreter implements Python {

    private final String type;
    private final JSObject js;

    Interpreter(String type, JSObject js) {
        this.type = type;
        this.js = js;
    }

    String type() {
        return type;
    }

    JSObject js() {
        return js;
    }

    @Override
    public void run(String code) throws PythonError {
        Promises.Outcome outcome = Promises.settle(runAsync(js, code)).await();
        if (!outcome.isOk()) {
            throw new PythonError(Js.errorMessage(outcome.getError()));
        }
    }

    /** Runs code synchronously ({@code async="false"}): no top-level await. */
    void runSync(String code) throws PythonError {
        Promises.Outcome outcome = runNow(js, code);
        if (!outcome.isOk()) {
            throw new PythonError(Js.errorMessage(outcome.getError()));
        }
    }

    /**
     * Puts a folder first on {@code sys.path} through the interpreter's proxies: no Python source
     * to compile before the page's first script.
     */
    void putFirstOnPath(String folder) throws PythonError {
        Promises.Outcome outcome = insertPath(js, folder);
        if (!outcome.isOk()) {
            throw new PythonError(Js.errorMessage(outcome.getError()));
        }
    }

    @Override
    public void writeFile(String path, String text) {
        FileSystem.writeText(js, path, text);
    }

    /** Writes fetched bytes, or unpacks them into the folder before {@code /*}. */
    void writeFetched(FilesPlan.Entry entry, JSObject buffer) throws KernelError {
        if (!entry.isArchive()) {
            FileSystem.writeBytes(js, entry.path, buffer);
            return;
        }
        String format = FilesPlan.archiveFormat(entry.url);
        String dir = entry.path.substring(0, entry.path.length() - 2);
        if (FileSystem.canUnpack(js)) {
            FileSystem.unpackWithPyodide(js, buffer, format, dir);
            return;
        }
        Promises.Outcome outcome = Promises.settle(FileSystem.unpackInBrowser(js, buffer, format, dir)).await();
        if (!outcome.isOk()) {
            throw new KernelError("Failed to unpack " + entry.url + " (files): " + Js.errorMessage(outcome.getError()));
        }
    }

    @Override
    public void registerModule(String name, JSObject module) {
        registerModule(js, name, module);
    }

    // MicroPython returns a plain value when the code does not await, and may throw at once:
    // run it inside a promise chain so both interpreters answer with a promise that settles.
    @JSBody(params = { "py", "code" }, script = "return Promise.resolve().then(function () {"
            + " return py.runPythonAsync(code); });")
    private static native JSPromise<JSObject> runAsync(JSObject py, String code);

    @JSBody(params = { "py", "code" }, script = "try { return { ok: true, value: py.runPython(code) }; }"
            + " catch (e) { return { ok: false, error: e }; }")
    private static native Promises.Outcome runNow(JSObject py, String code);


    @JSBody(params = { "py", "folder" }, script = "try { var sys = py.pyimport('sys'), path = sys.path;"
            + " path.insert(0, folder);"
            // Pyodide's proxies are released; MicroPython's have no destroy (and raise on unknown names).
            + " [path, sys].forEach(function (proxy) { if ('destroy' in proxy) proxy.destroy(); });"
            + " return { ok: true }; } catch (e) { return { ok: false, error: e }; }")
    private static native Promises.Outcome insertPath(JSObject py, String folder);

    @JSBody(params = { "py", "name", "module" }, script = "py.registerJsModule(name, module);")
    private static native void registerModule(JSObject py, String name, JSObject module);
}
