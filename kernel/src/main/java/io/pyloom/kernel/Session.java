package io.pyloom.kernel;

import io.pyloom.kernel.spi.CodeHook;
import io.pyloom.kernel.spi.Failure;
import io.pyloom.kernel.spi.Hook;
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
    private final HookRegistry hooks;
    private final Targets targets;

    Session(Engine engine, List<ScriptTag> tags, HookRegistry hooks) {
        this.engine = engine;
        this.tags = tags;
        this.hooks = hooks;
        this.targets = new Targets(engine.type());
    }

    /** Runs everything; returns when every script is done or failed. Never throws. */
    void run() {
        Interpreter python;
        try {
            python = load();
        } catch (KernelError e) {
            for (ScriptTag tag : tags) {
                hooks.report(new Failure(engine.type(), e.getMessage(), tag.element()));
                Js.dispatch(tag.element(), engine.type() + ":done", Js.workerDetail(false));
            }
            return;
        }
        JSObject state = newState();
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

    private Interpreter load() throws KernelError {
        String url = Composition.interpreterUrl(engine.type());
        Interpreter.Outcome outcome = Interpreter.settle(engine.load(url)).await();
        if (!outcome.isOk()) {
            throw new KernelError("Failed to load the " + engine.type() + " interpreter from " + url + ": "
                    + Js.errorMessage(outcome.getError()));
        }
        Interpreter python = new Interpreter(engine.type(), valueOf(outcome));
        for (String path : Composition.pythonPaths()) {
            python.writeFile(SITE + "/" + path, Composition.pythonFile(path));
        }
        try {
            python.run("import sys\nsys.path.insert(0, '" + SITE + "')\n");
        } catch (PythonError e) {
            throw new KernelError("Failed to prepare the " + engine.type() + " interpreter: " + e.getMessage());
        }
        return python;
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

    @JSBody(script = "return { target: null, script: null };")
    private static native JSObject newState();

    @JSBody(params = { "state", "target", "script" }, script = "state.target = target; state.script = script;")
    private static native void setState(JSObject state, String target, JSObject script);

    @JSBody(params = "outcome", script = "return outcome.value;")
    private static native JSObject valueOf(Interpreter.Outcome outcome);

    @JSBody(params = "outcome", script = "return outcome.value;")
    private static native String textOf(Interpreter.Outcome outcome);
}
