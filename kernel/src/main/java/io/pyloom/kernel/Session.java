package io.pyloom.kernel;

import io.pyloom.kernel.spi.CodeHook;
import io.pyloom.kernel.spi.Failure;
import io.pyloom.kernel.spi.Hook;
import io.pyloom.kernel.spi.Plugin;
import io.pyloom.kernel.spi.PythonError;
import io.pyloom.kernel.spi.RunListener;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSPromise;

/**
 * One interpreter on the main thread: loaded once, prepared once, then running its scripts one at
 * a time in the order they were found, including scripts added to the page later.
 */
final class Session {

    /** Where the kernel and its plugins write their Python packages; first on sys.path. */
    static final String SITE = "/pyloom/site";

    private final Engine engine;
    private final List<Plugin> plugins;
    private final HookRegistry pageHooks;
    private final Targets targets;
    private final Deque<ScriptTag> queue = new ArrayDeque<>();
    private boolean busy;
    private boolean prepared;
    private String broken;
    private HookRegistry hooks;
    private Interpreter python;
    private JSObject state;

    /**
     * @param plugins   every plugin compiled in; the page's config may turn some off
     * @param pageHooks every plugin installed: for failures before the config is known
     */
    Session(Engine engine, List<Plugin> plugins, HookRegistry pageHooks) {
        this.engine = engine;
        this.plugins = plugins;
        this.pageHooks = pageHooks;
        this.hooks = pageHooks;
        this.targets = new Targets(engine.type());
    }

    /** Queues a tag; the session's own thread runs it after those before it. */
    void submit(ScriptTag tag) {
        queue.add(tag);
        if (!busy) {
            busy = true;
            new Thread(this::drain).start();
        }
    }

    private void drain() {
        try {
            while (!queue.isEmpty()) {
                ScriptTag tag = queue.poll();
                if (!prepared) {
                    try {
                        prepare(tag);
                    } catch (RuntimeException e) {
                        fail(pageHooks, "Pyloom failed while preparing the " + engine.type() + " interpreter: "
                                + e.getMessage(), tag);
                    }
                }
                if (broken != null) {
                    Js.dispatch(tag.element(), engine.type() + ":done", Js.workerDetail(false));
                } else {
                    runOne(new ScriptRun(tag, targets.targetOf(tag), python));
                }
            }
        } finally {
            busy = false;
        }
    }

    /** Config, interpreter, Python files, JS modules: once. A failure is reported once, here. */
    private void prepare(ScriptTag first) {
        prepared = true;
        PageConfig config;
        try {
            config = ConfigFinder.find(engine.type());
        } catch (KernelError e) {
            // PyScript shows a broken config even when it says "!error": it cannot be trusted.
            fail(pageHooks, e.getMessage(), first);
            return;
        }
        hooks = HookRegistry.of(plugins, config.disabledPlugins());
        try {
            List<FilesPlan.Entry> files = FilesPlan.of(config.files()); // before loading: a bad plan fails fast
            python = load(config);
            writeFiles(files, config);
            installPackages(config);
            JSObject modules = importJsModules(config);
            state = newState(config.toJson(), modules);
            python.registerModule("_pyloom", state);
        } catch (KernelError e) {
            fail(hooks, e.getMessage(), first);
            return;
        }
        notify(Hook.INTERPRETER_READY, new ScriptRun(first, null, python));
    }

    private void fail(HookRegistry registry, String message, ScriptTag first) {
        broken = message;
        registry.report(new Failure(engine.type(), message, first.element()));
    }

    private Interpreter load(PageConfig config) throws KernelError {
        String url = interpreterUrl(config);
        progress("Loading " + engine.displayName());
        Promises.Outcome outcome = Promises.settle(engine.load(url)).await();
        if (!outcome.isOk()) {
            throw new KernelError("Failed to load the " + engine.type() + " interpreter from " + url + ": "
                    + Js.errorMessage(outcome.getError()));
        }
        Interpreter loaded = new Interpreter(engine.type(), outcome.getValue());
        for (String source : Composition.pythonSources()) {
            if (source.equals("kernel") || hooks.has(source)) {
                for (String path : Composition.pythonPaths(source)) {
                    loaded.writeFile(SITE + "/" + path, Composition.pythonFile(source, path));
                }
            }
        }
        try {
            loaded.run("import sys\nsys.path.insert(0, '" + SITE + "')\n");
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
        Promises.Outcome outcome = Promises.settle(FileSystem.fetchAll(urls, config.url())).await();
        if (!outcome.isOk()) {
            throw new KernelError(Js.errorMessage(outcome.getError()));
        }
        for (int i = 0; i < urls.length; i++) {
            python.writeFetched(files.get(i), FileSystem.at(outcome.getValue(), i));
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
        Packages.install(engine.type(), python.js(), packages, config.url());
        progress("Loaded packages");
    }

    /** The config's {@code js_modules.main}: URL to name, imported before any script runs. */
    private JSObject importJsModules(PageConfig config) throws KernelError {
        progress("Loading JS modules");
        Promises.Outcome outcome = Promises.settle(importModules(config.value(), config.url())).await();
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

    private void runOne(ScriptRun run) {
        String type = engine.type();
        try {
            String code = codeOf(run.tag());
            setState(state, run.target(), run.script());
            Js.dispatch(run.script(), type + ":ready", Js.workerDetail(false));
            notify(Hook.BEFORE_RUN, run);
            notify(Hook.BEFORE_RUN_ASYNC, run);
            Js.setCurrentScript(run.script());
            try {
                runCode(run, Hook.CODE_BEFORE_RUN);
                if (run.tag().isSync()) {
                    python.runSync(code);
                } else {
                    python.run(code);
                }
                runCode(run, Hook.CODE_AFTER_RUN);
            } finally {
                Js.clearCurrentScript();
            }
            notify(Hook.AFTER_RUN, run);
            notify(Hook.AFTER_RUN_ASYNC, run);
        } catch (PythonError | KernelError e) {
            hooks.report(new Failure(type, e.getMessage(), run.script()));
        } catch (RuntimeException e) {
            // Never leave a page without its done event: say what broke instead.
            hooks.report(new Failure(type, "Pyloom failed while running this script: " + e.getMessage(), run.script()));
        } finally {
            Js.dispatch(run.script(), type + ":done", Js.workerDetail(false));
        }
    }

    private static String codeOf(ScriptTag tag) throws KernelError {
        String code = tag.src() == null ? tag.inlineCode() : fetchSource(tag);
        if (tag.isOwnTarget()) {
            Js.becomeOutput(tag.element()); // the code leaves: the element now holds the output
        }
        return code;
    }

    private static String fetchSource(ScriptTag tag) throws KernelError {
        String src = tag.src();
        if (tag.hasInlineCode()) {
            throw new KernelError("(PY0409): Invalid content: a script with a src attribute must have no code "
                    + "of its own, for " + Js.openingTag(tag.element()));
        }
        String url = Js.resolve(Js.documentBase(), src);
        Promises.Outcome outcome = Promises.settle(Js.fetchText(url)).await();
        if (!outcome.isOk()) {
            throw new KernelError(Js.errorMessage(outcome.getError()));
        }
        return Promises.text(outcome);
    }

    private void runCode(ScriptRun run, Hook<CodeHook> hook) throws PythonError {
        for (CodeHook codeHook : hooks.of(hook)) {
            String code = codeHook.code(run);
            if (code != null && !code.isEmpty()) {
                python.run(code);
            }
        }
    }

    private void notify(Hook<RunListener> hook, ScriptRun run) {
        for (RunListener listener : hooks.of(hook)) {
            listener.on(run);
        }
    }

    @JSBody(params = { "config", "modules" }, script = "return { target: null, script: null, config: config,"
            + " js_modules: modules };")
    private static native JSObject newState(String config, JSObject modules);

    @JSBody(params = { "state", "target", "script" }, script = "state.target = target; state.script = script;")
    private static native void setState(JSObject state, String target, JSObject script);


    @JSBody(params = { "config", "base" }, script = "var main = (config.js_modules || {}).main || {};"
            + "var urls = Object.keys(main), modules = {};"
            + "return Promise.all(urls.map(function (url) { var href = new URL(url, base).href;"
            + "  return import(href).then(function (m) { modules[main[url]] = m; }, function (e) {"
            + "    throw new Error('Failed to import the JavaScript module ' + href + ' of js_modules.main: ' + e.message); });"
            + "})).then(function () { return modules; });")
    private static native JSPromise<JSObject> importModules(JSObject config, String base);
}
