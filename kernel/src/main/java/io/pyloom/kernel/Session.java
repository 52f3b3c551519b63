package io.pyloom.kernel;

import io.pyloom.kernel.spi.Failure;
import io.pyloom.kernel.spi.Hook;
import io.pyloom.kernel.spi.Plugin;
import io.pyloom.kernel.spi.PythonError;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * One interpreter on the main thread: loaded once, prepared once, then running its scripts one at
 * a time in the order they were found, including scripts added to the page later.
 */
final class Session {

    private final Engine engine;
    private final List<Plugin> plugins;
    private final HookRegistry pageHooks;
    private final Targets targets;
    private final Deque<ScriptTag> queue = new ArrayDeque<>();
    private boolean busy;
    private boolean prepared;
    private boolean defined;
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
            // The scripts found so far have run: the page's py-click="handler" attributes may call in.
            if (broken != null) {
                Scripts.eventAttributes().interpreterFailed(engine.type(), broken);
            } else if (python != null) {
                Scripts.eventAttributes().interpreterReady(engine.type(), python.shape());
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
        JsHooks.exportConfig(engine.type(), config.toJson());
        hooks = HookRegistry.of(plugins, config.disabledPlugins());
        try {
            Setup setup = new Setup(engine, hooks, false);
            python = setup.interpreter(config);
            state = setup.state();
        } catch (KernelError e) {
            fail(hooks, e.getMessage(), first);
            return;
        }
        hooks.notify(Hook.INTERPRETER_READY, new ScriptRun(first, null, python));
    }

    private void fail(HookRegistry registry, String message, ScriptTag first) {
        broken = message;
        registry.report(new Failure(engine.type(), message, first.element()));
    }

    /** Runs one script; whatever happens, it ends with its done event. */
    private void runOne(ScriptRun run) {
        String type = engine.type();
        try {
            execute(run);
        } catch (PythonError | KernelError e) {
            hooks.report(new Failure(type, e.getMessage(), run.script()));
        } catch (RuntimeException e) {
            // Never leave a page without its done event: say what broke instead.
            hooks.report(new Failure(type, "Pyloom failed while running this script: " + e.getMessage(), run.script()));
        } finally {
            Js.dispatch(run.script(), type + ":done", Js.workerDetail(false));
        }
    }

    // Kept apart from runOne's handlers: each step here may wait, and TeaVM copies a method's
    // exception handling into every step at which it waits.
    private void execute(ScriptRun run) throws PythonError, KernelError {
        String code = codeOf(run.tag());
        setState(state, run.target(), run.script());
        boolean sync = run.tag().isSync();
        JsHooks js = JsHooks.page(python, engine.type(), run.script(), sync);
        js.call("onReady"); // per script, as PyScript calls the page's onReady
        if (!defined) {
            defined = true;
            js.defineType(); // whenDefined(type) settles with the first script's wrap
        }
        Js.dispatch(run.script(), engine.type() + ":ready", Js.workerDetail(false));
        RunSequence.run(hooks, js, run, new CurrentScript(run.script()), () -> {
            if (sync) {
                python.runSync(code);
            } else {
                python.run(code);
            }
        });
    }

    /** {@code document.currentScript} is the running tag while its code runs, as PyScript pages expect. */
    private static final class CurrentScript implements RunSequence.Scope {
        private final JSObject script;

        CurrentScript(JSObject script) {
            this.script = script;
        }

        @Override
        public void enter() {
            Js.setCurrentScript(script);
        }

        @Override
        public void exit() {
            Js.clearCurrentScript();
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
        String conflict = tag.contentConflict();
        if (conflict != null) {
            throw new KernelError(conflict);
        }
        return Js.fetchSource(Js.resolve(Js.documentBase(), tag.src()));
    }

    @JSBody(params = { "state", "target", "script" }, script = "state.target = target; state.script = script;")
    static native void setState(JSObject state, String target, JSObject script);
}
