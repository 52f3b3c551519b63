package io.pyloom.kernel;

import io.pyloom.kernel.rules.FilesPlan;
import io.pyloom.kernel.spi.Python;
import io.pyloom.kernel.spi.PythonError;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSPromise;

/**
 * A loaded interpreter, as the kernel uses it. What differs between Pyodide and MicroPython is in
 * their own files ({@code src/main/js/interpreters/}), behind one shape: {@link Shape}.
 */
final class Interpreter implements Python {

    /** The shape every interpreter file gives its interpreter (interpreters/emscripten.js and its kinds). */
    interface Shape extends JSObject {
        Promises.Outcome runSync(String code);

        JSPromise<JSObject> runAsync(String code);

        Promises.Outcome putFirstOnPath(String folder);

        void writeText(String path, String text);

        void writeBytes(String path, JSObject buffer);

        void writeTexts(String folder, JSObject files);

        JSPromise<JSObject> unpack(JSObject buffer, String format, String dir);

        JSPromise<JSObject> install(String[] packages, String configUrl, String wheelhouseUrl);

        void registerModule(String name, JSObject module);

        JSPromise<JSObject> configure(JSObject config, String lazyFolder);

        void takeOutput(JSObject sink);
    }

    private final Shape js;

    Interpreter(Shape js) {
        this.js = js;
    }

    @Override
    public void run(String code) throws PythonError {
        Promises.Outcome outcome = Promises.settle(js.runAsync(code)).await();
        if (!outcome.isOk()) {
            throw new PythonError(Js.errorMessage(outcome.getError()));
        }
    }

    /** Runs code synchronously ({@code async="false"}): no top-level await. */
    void runSync(String code) throws PythonError {
        Promises.Outcome outcome = js.runSync(code);
        if (!outcome.isOk()) {
            throw new PythonError(Js.errorMessage(outcome.getError()));
        }
    }

    /** Puts a folder first on {@code sys.path}, with no Python source to compile before the first script. */
    void putFirstOnPath(String folder) throws PythonError {
        Promises.Outcome outcome = js.putFirstOnPath(folder);
        if (!outcome.isOk()) {
            throw new PythonError(Js.errorMessage(outcome.getError()));
        }
    }

    /** Applies the config keys that change how the interpreter behaves (experimental_create_proxy). */
    void configure(JSObject config) throws PythonError {
        Promises.Outcome outcome = Promises.settle(js.configure(config, Composition.lazyFolderUrl())).await();
        if (!outcome.isOk()) {
            throw new PythonError(Js.errorMessage(outcome.getError()));
        }
    }

    @Override
    public void takeOutput(JSObject sink) {
        js.takeOutput(sink);
    }

    @Override
    public void writeFile(String path, String text) {
        js.writeText(path, text);
    }

    /** Text files, path (relative to {@code folder}) to text. */
    void writeTexts(String folder, JSObject files) {
        js.writeTexts(folder, files);
    }

    /** Writes fetched bytes, or unpacks them into the folder before {@code /*}. */
    void writeFetched(FilesPlan.Entry entry, JSObject buffer) throws KernelError {
        if (!entry.isArchive()) {
            js.writeBytes(entry.path, buffer);
            return;
        }
        String dir = entry.path.substring(0, entry.path.length() - 2);
        Promises.Outcome outcome = Promises.settle(js.unpack(buffer, FilesPlan.archiveFormat(entry.url), dir)).await();
        if (!outcome.isOk()) {
            throw new KernelError("Failed to unpack " + entry.url + " (files): " + Js.errorMessage(outcome.getError()));
        }
    }

    /** The config's {@code packages}; the error names the packages that failed and why. */
    void install(String[] packages, String configUrl) throws KernelError {
        Promises.Outcome outcome = Promises.settle(js.install(packages, configUrl, wheelhouse())).await();
        if (!outcome.isOk()) {
            throw new KernelError(Js.errorMessage(outcome.getError()));
        }
    }

    /** This interpreter's object in the kernel's JavaScript (its engine is Pyodide's or MicroPython's own). */
    JSObject shape() {
        return js;
    }

    /** What py_import calls: installs the packages of a JSON list at run time, as the config's would be. */
    JSObject installer(String configUrl) {
        return installer(js, configUrl, wheelhouse());
    }

    @JSBody(params = { "shape", "configUrl", "wheelhouse" }, script = "return function (packages) {"
            + " return shape.install(JSON.parse(packages), configUrl, wheelhouse); };")
    private static native JSObject installer(Shape shape, String configUrl, String wheelhouse);

    private static String wheelhouse() {
        return Js.resolve(Composition.coreUrl(), "wheels/index.json");
    }

    @Override
    public void registerModule(String name, JSObject module) {
        js.registerModule(name, module);
    }
}
