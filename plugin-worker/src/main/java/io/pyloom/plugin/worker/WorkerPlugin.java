package io.pyloom.plugin.worker;

import io.pyloom.kernel.spi.Failure;
import io.pyloom.kernel.spi.Hook;
import io.pyloom.kernel.spi.Hooks;
import io.pyloom.kernel.spi.Plugin;
import io.pyloom.kernel.spi.WorkerScript;
import org.teavm.jso.JSObject;

/**
 * Python in web workers: worker tags and {@code PyWorker(...)} start core.js again in a module
 * worker, whose Python reaches the page's window and document synchronously through a
 * SharedArrayBuffer, calls the page's {@code sync} functions and exports functions to the page.
 */
public final class WorkerPlugin implements Plugin {

    static final String NOT_ISOLATED = "This page has worker scripts but is not cross-origin isolated, "
            + "so workers cannot reach the page synchronously. Serve it with the headers "
            + "Cross-Origin-Opener-Policy: same-origin and Cross-Origin-Embedder-Policy: require-corp "
            + "(the Pyloom server sends both by default), or add Pyloom's service worker to the page: "
            + "<script src=\"/pyloom/coi.js\"></script>.";

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
        // install runs once per interpreter on a page; the page hears this once.
        if (hasWorkerScripts() && !crossOriginIsolated() && firstTimeOnThisPage()) {
            hooks.report(new Failure("", NOT_ISOLATED, null));
        }
    }

    private static JSObject start(Hooks hooks, WorkerScript script) {
        if (!crossOriginIsolated()) {
            // PyWorker hears it each time; tags once per page (the install check may have said it).
            if (script.element() == null || firstTimeOnThisPage()) {
                script.failed(NOT_ISOLATED);
            }
            script.done();
            return null;
        }
        return new WorkerHandle(script, hooks.coreUrl()).handle();
    }

    private static boolean crossOriginIsolated() {
        return Scripts.page().crossOriginIsolated();
    }

    private static boolean hasWorkerScripts() {
        return Scripts.page().hasWorkerScripts();
    }

    private static boolean firstTimeOnThisPage() {
        return Scripts.page().firstTimeOnThisPage();
    }
}
