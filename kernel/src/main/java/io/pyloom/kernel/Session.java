package io.pyloom.kernel;

import io.pyloom.kernel.spi.CodeHook;
import io.pyloom.kernel.spi.Failure;
import io.pyloom.kernel.spi.Hook;
import io.pyloom.kernel.spi.Plugin;
import io.pyloom.kernel.spi.PythonError;
import io.pyloom.kernel.spi.RunListener;
import java.util.List;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/** One interpreter on the main thread: load it, prepare it, then run its scripts in document order. */
final class Session {

    /** Where the kernel and its plugins write their Python packages; first on sys.path. */
    static final String SITE = "/pyloom/site";

    private final Engine engine;
    private final List<ScriptTag> tags;
    private final List<Plugin> plugins;
    private final HookRegistry pageHooks;
    private final Targets targets;
    private HookRegistry hooks;

    /**
     * @param plugins   every plugin compiled in; the page's config may turn some off
     * @param pageHooks every plugin installed: for failures before the config is known
     */
    Session(Engine engine, List<ScriptTag> tags, List<Plugin> plugins, HookRegistry pageHooks) {
        this.engine = engine;
        this.tags = tags;
        this.plugins = plugins;
        this.pageHooks = pageHooks;
        this.hooks = pageHooks;
        this.targets = new Targets(engine.type());
    }

    /** Runs everything; returns when every script is done or failed. Never throws. */
    void run() {
        Interpreter python;
        PageConfig config;
        try {
            config = ConfigFinder.find(engine.type());
        } catch (KernelError e) {
            // PyScript shows a broken config even when it says "!error": it cannot be trusted.
            failAll(pageHooks, e.getMessage(), false);
            return;
        }
        hooks = HookRegistry.of(plugins, config.disabledPlugins());
        try {
            python = load(config);
        } catch (KernelError e) {
            failAll(hooks, e.getMessage(), false);
            return;
        }
        JSObject state = newState(config.toJson());
        python.registerModule("_pyloom", state);
        boolean first = true;
        for (ScriptTag tag : tags) {
            ScriptRun run = new ScriptRun(tag, targets.targetOf(tag), python);
            if (first) {
                notify(Hook.INTERPRETER_READY, run);
                first = false;
            }
            runOne(run, state);
        }
    }

    /** Reports one failure for the whole type, then lets every tag finish. */
    private void failAll(HookRegistry registry, String message, boolean worker) {
        registry.report(new Failure(engine.type(), message, tags.get(0).element()));
        for (ScriptTag tag : tags) {
            Js.dispatch(tag.element(), engine.type() + ":done", Js.workerDetail(worker));
        }
    }

    private Interpreter load(PageConfig config) throws KernelError {
        String url = interpreterUrl(config);
        Interpreter.Outcome outcome = Interpreter.settle(engine.load(url)).await();
        if (!outcome.isOk()) {
            throw new KernelError("Failed to load the " + engine.type() + " interpreter from " + url + ": "
                    + Js.errorMessage(outcome.getError()));
        }
        Interpreter python = new Interpreter(engine.type(), valueOf(outcome));
        for (String source : Composition.pythonSources()) {
            if (source.equals("kernel") || hooks.has(source)) {
                for (String path : Composition.pythonPaths(source)) {
                    python.writeFile(SITE + "/" + path, Composition.pythonFile(source, path));
                }
            }
        }
        try {
            python.run("import sys\nsys.path.insert(0, '" + SITE + "')\n");
        } catch (PythonError e) {
            throw new KernelError("Failed to prepare the " + engine.type() + " interpreter: " + e.getMessage());
        }
        return python;
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
        return text.indexOf('/') < 0;
    }

    private void runOne(ScriptRun run, JSObject state) {
        String type = engine.type();
        try {
            String code = codeOf(run);
            setState(state, run.target(), run.script());
            Js.dispatch(run.script(), type + ":ready", Js.workerDetail(false));
            notify(Hook.BEFORE_RUN, run);
            notify(Hook.BEFORE_RUN_ASYNC, run);
            Js.setCurrentScript(run.script());
            try {
                runCode(run, Hook.CODE_BEFORE_RUN);
                run.python().run(code);
                runCode(run, Hook.CODE_AFTER_RUN);
            } finally {
                Js.clearCurrentScript();
            }
            notify(Hook.AFTER_RUN, run);
            notify(Hook.AFTER_RUN_ASYNC, run);
        } catch (PythonError | KernelError e) {
            hooks.report(new Failure(type, e.getMessage(), run.script()));
        } finally {
            Js.dispatch(run.script(), type + ":done", Js.workerDetail(false));
        }
    }

    private String codeOf(ScriptRun run) throws KernelError {
        ScriptTag tag = run.tag();
        String src = tag.src();
        if (src == null) {
            String code = tag.inlineCode();
            if (tag.isOwnTarget()) {
                Js.becomeOutput(tag.element()); // the code leaves: the element now holds the output
            }
            return code;
        }
        String url = Js.resolve(Js.documentBase(), src);
        Interpreter.Outcome outcome = Interpreter.settle(Js.fetchText(url)).await();
        if (!outcome.isOk()) {
            throw new KernelError(Js.errorMessage(outcome.getError()));
        }
        return textOf(outcome);
    }

    private void runCode(ScriptRun run, Hook<CodeHook> hook) throws PythonError {
        for (CodeHook codeHook : hooks.of(hook)) {
            String code = codeHook.code(run);
            if (code != null && !code.isEmpty()) {
                run.python().run(code);
            }
        }
    }

    private void notify(Hook<RunListener> hook, ScriptRun run) {
        for (RunListener listener : hooks.of(hook)) {
            listener.on(run);
        }
    }

    @JSBody(params = "config", script = "return { target: null, script: null, config: config };")
    private static native JSObject newState(String config);

    @JSBody(params = { "state", "target", "script" }, script = "state.target = target; state.script = script;")
    private static native void setState(JSObject state, String target, JSObject script);

    @JSBody(params = "outcome", script = "return outcome.value;")
    private static native JSObject valueOf(Interpreter.Outcome outcome);

    @JSBody(params = "outcome", script = "return outcome.value;")
    private static native String textOf(Interpreter.Outcome outcome);
}
