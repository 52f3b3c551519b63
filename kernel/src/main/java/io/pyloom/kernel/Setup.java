package io.pyloom.kernel;

import io.pyloom.kernel.rules.FilesPlan;
import io.pyloom.kernel.rules.RuleException;

import io.pyloom.kernel.spi.PythonError;
import java.util.List;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSArray;

/**
 * Makes an interpreter ready for a config, on the main thread or in a worker: the interpreter
 * module, the Python packages of the kernel and of the plugins in use, {@code files},
 * {@code packages}, {@code js_modules}, and the {@code _pyloom} module the pyscript package reads.
 */
final class Setup {

    /** Where the kernel and its plugins write their Python packages; first on sys.path. */
    static final String SITE = "/pyloom/site";

    private final Engine engine;
    private final HookRegistry hooks;
    private final boolean worker;
    private Interpreter python;
    private JSObject state;

    Setup(Engine engine, HookRegistry hooks, boolean worker) {
        this.engine = engine;
        this.hooks = hooks;
        this.worker = worker;
    }

    /** Loads and prepares the interpreter; the first failure is thrown with its message. */
    Interpreter interpreter(PageConfig config) throws KernelError {
        List<FilesPlan.Entry> files;
        try {
            files = FilesPlan.of(config.files()); // before loading: a bad plan fails fast
        } catch (RuleException e) {
            throw new KernelError(e.getMessage());
        }
        python = load(config);
        writeFiles(files, config);
        installPackages(config);
        JSObject modules = importJsModules(config);
        state = Scripts.net().newState(config.toJson(), modules, worker, Composition.lazyFolderUrl(),
                python.installer(config.url()), python.shape());
        if (!worker) {
            setStarter(state, this::startWorker);
        }
        python.registerModule("_pyloom", state);
        if (!worker) {
            runPrelude("import _pyloom_input");
        }
        return python;
    }

    /** Kernel code every main-thread interpreter runs before the page's (PyScript puts input()'s there too). */
    private void runPrelude(String code) throws KernelError {
        try {
            python.run(code);
        } catch (PythonError e) {
            throw new KernelError("Failed to prepare the " + engine.type() + " interpreter: " + e.getMessage());
        }
    }

    /** The {@code _pyloom} module: the running script's target and tag, the config, the JS modules. */
    JSObject state() {
        return state;
    }

    private Interpreter load(PageConfig config) throws KernelError {
        String url = interpreterUrl(config);
        progress("Loading " + engine.displayName());
        Interpreter loaded = engine.load(url);
        Js.mark(engine.type() + ":interpreter taken");
        for (String source : Composition.pythonSources()) {
            if (source.equals("kernel") || hooks.has(source)) {
                loaded.writeTexts(SITE, Composition.pythonFiles(source));
            }
        }
        Js.mark(engine.type() + ":site written");
        try {
            loaded.putFirstOnPath(SITE);
            loaded.configure(config.value());
        } catch (PythonError e) {
            throw new KernelError("Failed to prepare the " + engine.type() + " interpreter: " + e.getMessage());
        }
        progress("Loaded " + engine.displayName());
        return loaded;
    }

    /** The config's {@code files}: fetched in parallel (relative to the config's URL), then written. */
    private void writeFiles(List<FilesPlan.Entry> files, PageConfig config) throws KernelError {
        if (files.isEmpty()) {
            return;
        }
        progress("Loading files");
        String[] urls = new String[files.size()];
        for (int i = 0; i < urls.length; i++) {
            urls[i] = files.get(i).url;
        }
        Promises.Outcome outcome = Promises.settle(Scripts.net().fetchFiles(urls, config.url())).await();
        if (!outcome.isOk()) {
            throw new KernelError(Js.errorMessage(outcome.getError()));
        }
        JSArray<JSObject> buffers = (JSArray<JSObject>) outcome.getValue();
        for (int i = 0; i < urls.length; i++) {
            python.writeFetched(files.get(i), buffers.get(i));
        }
        progress("Loaded files");
    }

    /** The config's {@code packages}, after files (so emfs:// wheels can come from there). */
    private void installPackages(PageConfig config) throws KernelError {
        List<String> packages = config.packages();
        if (packages.isEmpty()) {
            return;
        }
        progress("Loading packages");
        python.install(packages.toArray(new String[0]), config.url());
        progress("Loaded packages");
    }

    /** The config's {@code js_modules} (main, and in a worker also worker): URL to name, imported before any script runs. */
    private JSObject importJsModules(PageConfig config) throws KernelError {
        progress("Loading JS modules");
        Promises.Outcome outcome = Promises.settle(Scripts.net().importJsModules(config.value(), config.url(), worker)).await();
        if (!outcome.isOk()) {
            throw new KernelError(ConfigText.BAD_CONFIG + Js.errorMessage(outcome.getError()));
        }
        progress("Loaded JS modules");
        return outcome.getValue();
    }

    /** {@code py:progress} / {@code mpy:progress} on window, with PyScript's texts. */
    private void progress(String what) {
        Js.progress(engine.type() + ":progress", what);
    }

    /** The config's {@code interpreter}: a version this server hosts, or a module URL; else the default. */
    private String interpreterUrl(PageConfig config) throws KernelError {
        String interpreter = config.interpreter();
        if (interpreter == null || interpreter.isEmpty()) {
            return Composition.interpreterUrl(engine.type());
        }
        if (isVersion(interpreter)) {
            String hosted = Composition.hostedInterpreterUrl(engine.type(), interpreter);
            if (hosted == null) {
                throw new KernelError(ConfigText.BAD_CONFIG + "The " + engine.type() + " interpreter version "
                        + interpreter + " is not hosted by this server (it hosts "
                        + Composition.hostedVersions(engine.type())
                        + "): name a hosted version, or give the URL of an interpreter module.");
            }
            return hosted;
        }
        return Js.resolve(Js.documentBase(), interpreter);
    }

    private static boolean isVersion(String text) {
        if (text.isEmpty() || text.charAt(0) < '0' || text.charAt(0) > '9') {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9' || c == '.' || c >= 'a' && c <= 'z')) {
                return false;
            }
        }
        return true;
    }


    /** {@code PyWorker(url, type=..., config=...)}: the worker plugin's handle, or null without one. */
    @JSFunctor
    interface Starter extends JSObject {
        JSObject start(String url, String type, String config, String name);
    }

    private JSObject startWorker(String url, String type, String config, String name) {
        return startWorker(hooks, url, type, config, name);
    }

    /** A worker of {@code url} started with the hooks' worker plugin: its handle, or null without one. */
    static JSObject startWorker(HookRegistry hooks, String url, String type, String config, String name) {
        return hooks.startWorker(new WorkerRequest(type, null, name, Js.resolve(Js.documentBase(), url), null,
                config, hooks));
    }

    /** core.js's PyWorker and MPWorker exports start workers through this, with every plugin. */
    static void exportStarter(HookRegistry hooks) {
        setStarter(kernelApi(), (url, type, config, name) -> startWorker(hooks, url, type, config, name));
    }

    @JSBody(script = "return pyloom$composed.api;")
    private static native JSObject kernelApi();

    @JSBody(params = { "state", "starter" }, script = "state.start_worker = starter;") // on boot too: core.js's
    private static native void setStarter(JSObject state, Starter starter);
}
