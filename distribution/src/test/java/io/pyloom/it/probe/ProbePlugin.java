package io.pyloom.it.probe;

import io.pyloom.kernel.spi.Hook;
import io.pyloom.kernel.spi.Hooks;
import io.pyloom.kernel.spi.Plugin;
import io.pyloom.kernel.spi.RunListener;
import org.teavm.jso.JSBody;

/**
 * A third-party plugin for the tests: records every hook, in order, into {@code window.__hooks}.
 * The tests pack it into a bundle of its own and drop it into the server's plugins folder.
 */
public final class ProbePlugin implements Plugin {

    @Override
    public String name() {
        return "probe";
    }

    @Override
    public void install(Hooks hooks) {
        hooks.add(Hook.INTERPRETER_READY, record("onInterpreterReady"));
        hooks.add(Hook.BEFORE_RUN, record("onBeforeRun"));
        hooks.add(Hook.BEFORE_RUN_ASYNC, record("onBeforeRunAsync"));
        hooks.add(Hook.CODE_BEFORE_RUN, run -> "import js\njs.window.__hooks.push('codeBeforeRun " + run.type() + "')\n");
        hooks.add(Hook.CODE_AFTER_RUN, run -> "import js\njs.window.__hooks.push('codeAfterRun " + run.type() + "')\n");
        hooks.add(Hook.AFTER_RUN, record("onAfterRun"));
        hooks.add(Hook.AFTER_RUN_ASYNC, record("onAfterRunAsync"));
        hooks.add(Hook.ERROR, failure -> push("onError " + failure.message()));
    }

    private static RunListener record(String hook) {
        return run -> push(hook + " " + run.type() + (run.target() == null ? "" : " " + run.target()));
    }

    @JSBody(params = "entry", script = "(window.__hooks = window.__hooks || []).push(entry);")
    private static native void push(String entry);
}
