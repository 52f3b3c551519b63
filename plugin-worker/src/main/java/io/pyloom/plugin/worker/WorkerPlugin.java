package io.pyloom.plugin.worker;

import io.pyloom.kernel.spi.Hook;
import io.pyloom.kernel.spi.Hooks;
import io.pyloom.kernel.spi.Plugin;
import io.pyloom.kernel.spi.WorkerScript;
import org.teavm.jso.JSObject;

/**
 * Python in web workers: worker tags and {@code PyWorker(...)} start core.js again in a module
 * worker, whose Python reaches the page's window and document synchronously through a
 * SharedArrayBuffer, calls the page's {@code sync} functions and exports functions to the page.
 * On a page that is not cross-origin isolated there is no shared memory: the worker still runs,
 * its sync calls go as messages and give promises, and window and document say why they are absent.
 */
public final class WorkerPlugin implements Plugin {

    @Override
    public String name() {
        return "worker";
    }

    @Override
    public void install(Hooks hooks) {
        if (hooks.inWorker()) {
            hooks.add(Hook.WORKER_BOOT, new WorkerEntry());
            hooks.add(Hook.INTERPRETER_READY, run -> run.python().registerModule("_pyloom_worker", WorkerEntry.module()));
            // Only code that exports pays for importing pyscript; names are not bound in its globals.
            hooks.add(Hook.CODE_AFTER_RUN, run -> "'__export__' in globals() and (__import__('pyscript.workers'),"
                    + " __import__('sys').modules['pyscript.workers']._publish(globals()))\n");
            hooks.add(Hook.ERROR, failure -> WorkerEntry.report(failure.message()));
            return;
        }
        hooks.add(Hook.START_WORKER, script -> start(hooks, script));
        hooks.add(Hook.INTERPRETER_READY, run -> run.python().registerModule("_pyloom_worker", Scripts.page().pythonModule()));
    }

    private static JSObject start(Hooks hooks, WorkerScript script) {
        Scripts.page().noteServiceWorker(script.element());
        return new WorkerHandle(script, hooks.coreUrl()).handle();
    }
}
