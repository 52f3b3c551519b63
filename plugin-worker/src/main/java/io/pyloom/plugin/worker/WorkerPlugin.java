package io.pyloom.plugin.worker;

import io.pyloom.kernel.spi.Failure;
import io.pyloom.kernel.spi.Hook;
import io.pyloom.kernel.spi.Hooks;
import io.pyloom.kernel.spi.Plugin;
import io.pyloom.kernel.spi.WorkerScript;
import org.teavm.jso.JSBody;
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

    /** Where the main thread's Python finds {@code workers} and registers its converter. */
    private static final JSObject PAGE_MODULE = newPageModule();

    @Override
    public String name() {
        return "worker";
    }

    @Override
    public void install(Hooks hooks) {
        if (hooks.inWorker()) {
            hooks.add(Hook.WORKER_BOOT, new WorkerEntry());
            hooks.add(Hook.INTERPRETER_READY, run -> run.python().registerModule("_pyloom_worker", WorkerEntry.MODULE));
            // Only code that exports pays for importing pyscript; names are not bound in its globals.
            hooks.add(Hook.CODE_AFTER_RUN, run -> "'__export__' in globals() and (__import__('pyscript.workers'),"
                    + " __import__('sys').modules['pyscript.workers']._publish(globals()))\n");
            hooks.add(Hook.ERROR, failure -> WorkerEntry.report(failure.message()));
            return;
        }
        hooks.add(Hook.START_WORKER, script -> start(hooks, script));
        hooks.add(Hook.INTERPRETER_READY, run -> run.python().registerModule("_pyloom_worker", PAGE_MODULE));
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
        return new WorkerHandle(script, hooks.coreUrl(), converterOf(PAGE_MODULE)).handle();
    }

    /** {@code workers[name]}: a promise of the named worker's exports, settled when its code has run. */
    @JSBody(script = "var key = Symbol.for('pyloom.workers'), registry = globalThis[key];"
            + "if (!registry) { var entries = new Map();"
            + "  function entry(name) { var e = entries.get(name); if (!e) { e = {};"
            + "    e.promise = new Promise(function (resolve, reject) { e.resolve = resolve; e.reject = reject; });"
            + "    e.promise.catch(function () {}); entries.set(name, e); } return e; }"
            + "  registry = globalThis[key] = { get: function (name) { return entry(String(name)).promise; },"
            + "    settle: function (name, exports, failed) { var e = entry(name);"
            + "      if (failed) e.reject(new Error('The worker ' + name + ' failed: ' + failed)); else e.resolve(exports); } }; }"
            + "return { workers: registry, converter: { fn: null } };")
    private static native JSObject newPageModule();

    @JSBody(params = "module", script = "return module.converter;")
    private static native JSObject converterOf(JSObject module);

    @JSBody(script = "var key = Symbol.for('pyloom.worker.isolation-checked');"
            + "if (globalThis[key]) return false; globalThis[key] = true; return true;")
    private static native boolean firstTimeOnThisPage();

    @JSBody(script = "return typeof document !== 'undefined' && document.querySelector("
            + "'script[type=py][worker],script[type=mpy][worker],py-script[worker],mpy-script[worker]') !== null;")
    private static native boolean hasWorkerScripts();

    @JSBody(script = "return globalThis.crossOriginIsolated === true;")
    private static native boolean crossOriginIsolated();
}
