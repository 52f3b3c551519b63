package io.pyloom.it.support.plugins;

import io.pyloom.kernel.spi.Hook;
import io.pyloom.kernel.spi.Hooks;
import io.pyloom.kernel.spi.Plugin;
import io.pyloom.kernel.spi.RunListener;
import org.teavm.jso.JSBody;

/**
 * A third-party plugin for the tests: records every hook, in order, into {@code __hooks} of the
 * global object (the page's window, or a worker's own global). In a worker, its last code hook
 * copies the worker's record into the page, as {@code data-worker-hooks} on the body. The tests
 * pack it into a bundle of its own and drop it into the server's plugins folder.
 */
public final class ProbePlugin implements Plugin {

    @Override
    public String name() {
        return "probe";
    }

    @Override
    public void install(Hooks hooks) {
        if (hooks.inWorker()) {
            installInWorker(hooks);
            return;
        }
        hooks.add(Hook.WORKER_READY, run -> push("onWorkerReady " + run.type() + " worker=" + run.worker()
                + " " + run.script().getAttribute("name")));
        hooks.add(Hook.INTERPRETER_READY, record("onInterpreterReady"));
        hooks.add(Hook.BEFORE_RUN, record("onBeforeRun"));
        hooks.add(Hook.BEFORE_RUN_ASYNC, record("onBeforeRunAsync"));
        hooks.add(Hook.CODE_BEFORE_RUN, run -> "import js\njs.window.__hooks.push('codeBeforeRun " + run.type() + "')\n");
        hooks.add(Hook.CODE_AFTER_RUN, run -> "import js\njs.window.__hooks.push('codeAfterRun " + run.type() + "')\n");
        hooks.add(Hook.AFTER_RUN, record("onAfterRun"));
        hooks.add(Hook.AFTER_RUN_ASYNC, record("onAfterRunAsync"));
        hooks.add(Hook.ERROR, failure -> push("onError " + failure.message()));
    }

    private static void installInWorker(Hooks hooks) {
        hooks.add(Hook.INTERPRETER_READY, record("onInterpreterReady"));
        hooks.add(Hook.BEFORE_RUN, record("onBeforeRun"));
        hooks.add(Hook.BEFORE_RUN_ASYNC, record("onBeforeRunAsync"));
        hooks.add(Hook.CODE_BEFORE_RUN, run -> "import js\njs.__hooks.push('codeBeforeRun " + run.type() + "')\n");
        hooks.add(Hook.CODE_AFTER_RUN, run -> "import js\nfrom pyscript import document\n"
                + "js.__hooks.push('codeAfterRun " + run.type() + " worker=' + str(js.__hooks.length > 0))\n"
                + "document.body.setAttribute('data-worker-hooks', js.__hooks.join('|'))\n");
        hooks.add(Hook.ERROR, failure -> push("onError " + failure.message()));
    }

    private static RunListener record(String hook) {
        return run -> push(hook + " " + run.type() + (run.target() == null ? "" : " " + run.target())
                + (run.worker() ? " worker" : ""));
    }

    @JSBody(params = "entry", script = "(globalThis.__hooks = globalThis.__hooks || []).push(entry);")
    private static native void push(String entry);
}
