package io.pyloom.plugin.worker;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;

/**
 * The plugin's own JavaScript (its {@code src/main/js} modules), which the runtime defines ahead
 * of the compiled code as {@code pyloom$worker}: the wire between a worker and the page, the
 * proxies and the Worker itself live there; the Java side keeps the scripts' lifecycle.
 */
final class Scripts {

    private Scripts() {
    }

    @JSBody(script = "return pyloom$worker.page;")
    static native Page page();

    @JSBody(script = "return pyloom$worker.worker;")
    static native Worker worker();

    /** page.js: the page's side of its workers. */
    interface Page extends JSObject {
        JSObject pythonModule();

        void noteServiceWorker(JSObject element);

        /** @param element the worker's tag, whose worker the boot may have started already; null for PyWorker */
        Connection startWorker(String url, Description script, JSObject element, Listener listener, Failure failure);

        Description describe(String type, String src, String code, String config, String base, String name,
                String target, String hooks, JSObject attributes);
    }

    /** worker.js: core.js inside a worker. */
    interface Worker extends JSObject {
        JSObject pythonModule();

        /** The page's sync functions, as the worker's Python has them. */
        JSObject pageSync();

        void listen(Boot boot, Failure report);

        void postError(String message);

        void postReady();

        void postDone(String failed);
    }

    /** A worker script as the page describes it to the worker: strings or null. */
    interface Description extends JSObject {
        @JSProperty
        String getType();

        @JSProperty
        String getSrc();

        @JSProperty
        String getCode();

        @JSProperty
        String getConfig();

        @JSProperty
        String getBase();

        @JSProperty
        String getName();

        @JSProperty
        String getTarget();

        @JSProperty
        String getHooks();

        @JSProperty
        JSObject getAttributes();
    }

    /** A started worker, as its page holds it. */
    interface Connection extends JSObject {
        @JSProperty
        JSObject getHandle();

        /** Stops answering the worker's requests (the worker may go on). */
        void stopServing();
    }

    /** Each message of the worker: its kind (ready, error, done, reply) and message, if any. */
    @JSFunctor
    interface Listener extends JSObject {
        void heard(String kind, String message);
    }

    @JSFunctor
    interface Failure extends JSObject {
        void failed(String message);
    }

    /** The page's boot message has come: run its script. */
    @JSFunctor
    interface Boot extends JSObject {
        void boot(Description script);
    }
}
