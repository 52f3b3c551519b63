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
            Setup setup = new Setup(engine, hooks, false);
            python = setup.interpreter(config);
            state = setup.state();
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

    @JSBody(params = { "state", "target", "script" }, script = "state.target = target; state.script = script;")
    private static native void setState(JSObject state, String target, JSObject script);
}
