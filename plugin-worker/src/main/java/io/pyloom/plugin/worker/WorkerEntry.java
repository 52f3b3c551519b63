package io.pyloom.plugin.worker;

import io.pyloom.kernel.spi.WorkerBoot;
import io.pyloom.kernel.spi.WorkerKernel;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/**
 * core.js inside a worker: waits for the page's boot message, runs the script through the kernel,
 * and serves what the page posts later (event listeners firing, calls of exported functions).
 */
final class WorkerEntry implements WorkerBoot {

    @JSFunctor
    interface MessageListener extends JSObject {
        void message(JSObject data);
    }

    @JSFunctor
    interface SyncCall extends JSObject {
        JSObject call(String name, JSObject args);
    }

    @JSFunctor
    interface Reported extends JSObject {
        void report(String message);
    }

    /** What the worker's Python reaches through {@code _pyloom_worker}; filled in at boot. */
    static final JSObject MODULE = newModule();

    private static WorkerChannel channel;
    private static String failure;

    @Override
    public void boot(WorkerKernel kernel) {
        listenForErrors(WorkerEntry::report);
        listen(data -> onMessage(kernel, data));
    }

    /** Failures in the worker go to the page, which shows them (the worker has no page of its own). */
    static void report(String message) {
        failure = message;
        postToPage(errorMessage(message));
    }

    private void onMessage(WorkerKernel kernel, JSObject data) {
        switch (kindOf(data)) {
            case "boot":
                channel = new WorkerChannel(sharedOf(data), converterOf(MODULE));
                fillModule(MODULE, channel.proxies().window(), channel::sync);
                BootedScript script = new BootedScript(scriptOf(data));
                new Thread(() -> kernel.run(script)).start();
                break;
            case "call":
                callListener(data);
                break;
            case "export":
                callExport(data);
                break;
            case "release":
                PageProxies.forget(channel.proxies().table(), idOf(data));
                break;
            default:
                break;
        }
    }

    /** An event listener (or other callback) the page called: it runs here, its result is dropped. */
    private void callListener(JSObject data) {
        JSObject function = PageProxies.function(channel.proxies().table(), idOf(data));
        JSObject args = channel.codec().readAll(Wire.reading(payloadOf(data)));
        invoke(function, args, WorkerEntry::report);
    }

    private void callExport(JSObject data) {
        JSObject args = channel.codec().readAll(Wire.reading(payloadOf(data)));
        int call = idOf(data);
        callExported(MODULE, nameOf(data), args, (ok, value) -> {
            Wire wire = Wire.local();
            boolean sent = ok;
            try {
                channel.codec().write(wire, value, true);
            } catch (WireError e) {
                wire.rewind();
                channel.codec().write(wire, text(e.getMessage()), true);
                sent = false;
            }
            postToPage(replyMessage(call, sent, wire.payload()));
        });
    }

    @JSFunctor
    interface Reply extends JSObject {
        void reply(boolean ok, JSObject value);
    }

    /** Whether a failure was reported while the script ran: a named worker's promise then fails. */
    static String failure() {
        return failure;
    }

    @JSBody(script = "return { window: null, sync: null, exports: {}, converter: { fn: null } };")
    private static native JSObject newModule();

    @JSBody(params = "module", script = "return module.converter;")
    private static native JSObject converterOf(JSObject module);

    @JSBody(params = { "module", "window", "sync" }, script = "module.window = window;"
            + "module.sync = new Proxy({}, { get: function (_, name) {"
            + "  if (typeof name !== 'string' || name === 'then') return undefined;"
            + "  return function () { return sync(name, Array.prototype.slice.call(arguments)); }; } });")
    private static native void fillModule(JSObject module, JSObject window, SyncCall sync);

    @JSBody(params = "listener", script = "self.addEventListener('message', function (e) {"
            + " if (e.data && e.data.pyloom) listener(e.data); });")
    private static native void listen(MessageListener listener);

    // Handled here: otherwise the page's Worker object hears them too, as if the worker broke down.
    @JSBody(params = "report", script = "function text(e) { return String(e && e.message ? e.message : e); }"
            + "self.addEventListener('error', function (event) { event.preventDefault();"
            + "  report(text(event.error || event.message)); });"
            + "self.addEventListener('unhandledrejection', function (event) { report(text(event.reason)); });")
    private static native void listenForErrors(Reported report);

    @JSBody(params = { "f", "args", "report" }, script = "try { var r = f.apply(undefined, args);"
            + " if (r && typeof r.then === 'function') Promise.resolve(r).catch(function (e) { report(String(e && e.message || e)); });"
            + "} catch (e) { report(String(e && e.message || e)); }")
    private static native void invoke(JSObject f, JSObject args, Reported report);

    @JSBody(params = { "module", "name", "args", "reply" }, script = "var f = module.exports[name];"
            + "new Promise(function (resolve) { resolve(f.apply(undefined, args)); }).then("
            + " function (value) { reply(true, value); }, function (error) { reply(false, String(error && error.message || error)); });")
    private static native void callExported(JSObject module, String name, JSObject args, Reply reply);

    @JSBody(params = "message", script = "self.postMessage(message);")
    static native void postToPage(JSObject message);

    @JSBody(params = "message", script = "return { pyloom: 1, t: 'error', message: message };")
    private static native JSObject errorMessage(String message);

    @JSBody(params = { "call", "ok", "payload" }, script = "return { pyloom: 1, t: 'reply', call: call, ok: ok, payload: payload };")
    private static native JSObject replyMessage(int call, boolean ok, JSObject payload);

    @JSBody(params = "v", script = "return v;")
    private static native JSObject text(String v);

    @JSBody(params = "data", script = "return String(data.t);")
    private static native String kindOf(JSObject data);

    @JSBody(params = "data", script = "return data.shared;")
    private static native JSObject sharedOf(JSObject data);

    @JSBody(params = "data", script = "return data.script;")
    private static native JSObject scriptOf(JSObject data);

    @JSBody(params = "data", script = "return data.payload;")
    private static native JSObject payloadOf(JSObject data);

    @JSBody(params = "data", script = "return data.id !== undefined ? data.id : data.call;")
    private static native int idOf(JSObject data);

    @JSBody(params = "data", script = "return String(data.name);")
    private static native String nameOf(JSObject data);
}
