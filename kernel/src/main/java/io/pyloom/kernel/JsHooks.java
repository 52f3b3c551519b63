package io.pyloom.kernel;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSPromise;

/**
 * The JavaScript hooks of core.js's {@code hooks} export (PyScript's names), called by
 * {@link RunSequence} right after the Java plugins' hook of the same point. A script that runs
 * synchronously ({@code async="false"}) gets the plain hooks, any other the {@code Async} ones.
 */
final class JsHooks {

    /** hooks.js's bridge to one branch: main on the page, worker in a worker. */
    interface Branch extends JSObject {
        /** The branch's functions for the hook, called in order; null when it has none. */
        JSPromise<JSObject> call(String name, boolean sync, JSObject wrap, JSObject ref);

        /** The Python strings of a code hook, in order. */
        String[] code(String name, boolean sync);

        /** In a worker: whether its tag runs synchronously, as the page said. */
        @org.teavm.jso.JSProperty
        boolean isSync();
    }

    private final Branch branch;
    private final String side;
    private final Interpreter python;
    private final String type;
    private final JSObject ref;
    private final boolean sync;
    private JSObject wrap;

    private JsHooks(Branch branch, String side, Interpreter python, String type, JSObject ref, boolean sync) {
        this.branch = branch;
        this.side = side;
        this.python = python;
        this.type = type;
        this.ref = ref;
        this.sync = sync;
    }

    /** The page's hooks.main for one script: functions get (wrap, the script's element). */
    static JsHooks page(Interpreter python, String type, JSObject element, boolean sync) {
        return new JsHooks(Scripts.hooks().forPage(exported()), "main", python, type, element, sync);
    }

    /** A worker's hooks.worker, from the data the page sent (null: none). */
    static JsHooks worker(String data, Interpreter python, String type) {
        Branch branch = Scripts.hooks().forWorker(data);
        return new JsHooks(branch, "worker", python, type, null, branch.isSync());
    }

    /** The page's hooks.worker as data for one worker. */
    static String workerData(boolean sync) {
        return Scripts.hooks().workerData(exported(), sync);
    }

    /** The page's onWorker functions, for a worker just started: not waited for; failures go to stderr. */
    static void workerStarted(String type, JSObject handle) {
        Scripts.hooks().notifyWorker(exported(), handle);
        Scripts.hooks().defineWorker(boot(), type, handle);
    }

    /** core.js's config export gets the page's config of a type. */
    static void exportConfig(String type, String json) {
        Scripts.hooks().exportConfig(boot(), type, json);
    }

    /** core.js's whenDefined(type) settles with this script's wrap (the first script's wins). */
    void defineType() {
        Scripts.hooks().define(boot(), type, wrap());
    }

    /** Calls the functions of a hook with (wrap, ref) and waits for them. */
    void call(String name) throws KernelError {
        JSPromise<JSObject> done = branch.call(name, sync, wrap(), ref);
        if (done == null) {
            return;
        }
        Promises.Outcome outcome = Promises.settle(done).await();
        if (!outcome.isOk()) {
            String used = sync || name.equals("onReady") ? name : name + "Async";
            throw new KernelError("A JavaScript hook (hooks." + side + "." + used + ") failed: "
                    + Js.errorMessage(outcome.getError()));
        }
    }

    /** Runs a code hook's Python, each string dedented, in the script's interpreter. */
    void runCode(String name) throws io.pyloom.kernel.spi.PythonError {
        for (String code : branch.code(name, sync)) {
            python.run(Dedent.dedent(code));
        }
    }

    private JSObject wrap() {
        if (wrap == null) {
            wrap = Scripts.hooks().wrapOf(python.shape(), type);
        }
        return wrap;
    }

    @JSBody(script = "return pyloom$composed;")
    private static native JSObject boot();

    @JSBody(script = "return pyloom$composed.hooks || null;")
    private static native JSObject exported();
}
