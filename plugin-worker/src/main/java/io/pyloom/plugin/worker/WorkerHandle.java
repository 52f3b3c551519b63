package io.pyloom.plugin.worker;

import io.pyloom.kernel.spi.WorkerScript;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/**
 * One worker as the page holds it: the Worker running core.js, the server answering its
 * synchronous requests, and the handle page code gets ({@code sync}, {@code ready},
 * {@code terminate()}), plus the functions the worker exports once its code has run.
 */
final class WorkerHandle {

    @JSFunctor
    interface MessageListener extends JSObject {
        void message(JSObject data);
    }

    @JSFunctor
    interface ExportCall extends JSObject {
        void call(int callId, String name, JSObject args);
    }

    @JSFunctor
    interface Stop extends JSObject {
        void stop();
    }

    @JSFunctor
    interface Count extends JSObject {
        int count();
    }

    private final WorkerScript script;
    private final JSObject worker;
    private final JSObject handle;
    private final PageObjects objects;
    private final Codec codec;
    private final PageServer server;
    /** Whether the worker has spoken: an error event before that means core.js never ran there. */
    private boolean started;

    WorkerHandle(WorkerScript script, String coreUrl, JSObject converter) {
        this.script = script;
        JSObject sync = newObject();
        Wire shared = Wire.shared();
        this.objects = new PageObjects(this::callStub, this::releaseStub, converter);
        this.codec = new Codec(objects);
        this.server = new PageServer(shared, objects, sync);
        this.worker = newWorker(coreUrl, script.name() != null ? script.name() : "pyloom-" + script.type(),
                this::onMessage, this::onStartFailure);
        this.handle = newHandle(worker, sync, script.name(), this::callExport, this::terminate, objects::size);
        post(worker, bootMessage(shared.buffer(), script.type(), script.src(), script.code(), script.config(),
                script.base(), script.name()));
        server.start();
    }

    JSObject handle() {
        return handle;
    }

    private void onMessage(JSObject data) {
        started = true;
        switch (kindOf(data)) {
            case "ready":
                script.ready();
                break;
            case "error":
                script.failed(messageOf(data));
                break;
            case "done":
                script.done();
                settle(handle, data);
                break;
            case "reply":
                reply(handle, data, replyValue(data));
                break;
            default:
                break;
        }
    }

    private JSObject replyValue(JSObject data) {
        return guardRead(() -> codec.read(Wire.reading(payloadOf(data))));
    }

    private void onStartFailure(JSObject data) {
        if (started) {
            script.failed(messageOf(data)); // an error the worker did not handle; it goes on
            return;
        }
        script.failed("The worker could not start core.js: " + messageOf(data));
        script.done();
        server.stop();
    }

    private void callStub(int id, JSObject args) {
        Wire wire = Wire.local();
        codec.writeAll(wire, args, false);
        post(worker, callMessage(id, wire.payload()));
    }

    private void releaseStub(int id) {
        post(worker, releaseMessage(id));
    }

    private void callExport(int callId, String name, JSObject args) {
        Wire wire = Wire.local();
        codec.writeAll(wire, args, true);
        post(worker, exportMessage(callId, name, wire.payload()));
    }

    private void terminate() {
        server.stop();
        terminate(worker);
    }

    @JSFunctor
    interface Read extends JSObject {
        JSObject read();
    }

    @JSBody(params = "read", script = "try { return { ok: true, value: read() }; } catch (e) { return { ok: false, error: e }; }")
    private static native JSObject guardRead(Read read);

    @JSBody(script = "return {};")
    private static native JSObject newObject();

    @JSBody(params = { "url", "name", "listener", "failure" }, script = "var w = new Worker(url, { type: 'module', name: name });"
            + "w.addEventListener('message', function (event) { if (event.data && event.data.pyloom) listener(event.data); });"
            + "w.addEventListener('error', function (event) { event.preventDefault();"
            + "  failure({ message: event.message || ('failed to load ' + url) }); });"
            + "return w;")
    private static native JSObject newWorker(String url, String name, MessageListener listener, MessageListener failure);

    /**
     * What {@code PyWorker(...)} returns: {@code sync} for functions the worker may call,
     * {@code ready} (a promise of the worker's exports, once its code has run) and {@code terminate()}.
     * Exported functions also appear on the handle itself. {@code pageObjects()} says how many page
     * objects the worker may still hold, to watch for leaks.
     */
    @JSBody(params = { "worker", "sync", "name", "exportCall", "stop", "count" }, script = "var settle;"
            + "var handle = { sync: sync, name: name, worker: worker, terminate: function () { stop(); },"
            + " pageObjects: function () { return count(); },"
            + " postMessage: function (m) { worker.postMessage(m); },"
            + " ready: new Promise(function (resolve, reject) { settle = { resolve: resolve, reject: reject }; }),"
            + " _settle: null, _calls: new Map(), _next: 1, _call: exportCall };"
            + "handle.ready.catch(function () {});"
            + "Object.defineProperty(handle, '_settle', { value: settle, enumerable: false });"
            + "return handle;")
    private static native JSObject newHandle(JSObject worker, JSObject sync, String name, ExportCall exportCall, Stop stop,
            Count count);

    /** The worker's code has run: its exports become async functions of the page. */
    @JSBody(params = { "handle", "data" }, script = "var exports = {};"
            + "(data.exports || []).forEach(function (name) {"
            + "  exports[name] = handle[name] = function () { var args = Array.prototype.slice.call(arguments);"
            + "    return new Promise(function (resolve, reject) { var id = handle._next++;"
            + "      handle._calls.set(id, { resolve: resolve, reject: reject }); handle._call(id, name, args); }); }; });"
            + "if (data.failed) handle._settle.reject(new Error(data.failed)); else handle._settle.resolve(exports);"
            + "var named = handle.name && globalThis[Symbol.for('pyloom.workers')];"
            + "if (named) named.settle(handle.name, data.failed ? null : exports, data.failed);")
    private static native void settle(JSObject handle, JSObject data);

    @JSBody(params = { "handle", "data", "outcome" }, script = "var call = handle._calls.get(data.call);"
            + "if (!call) return; handle._calls.delete(data.call);"
            + "if (!outcome.ok) call.reject(outcome.error); else if (data.ok) call.resolve(outcome.value);"
            + "else call.reject(new Error(outcome.value));")
    private static native void reply(JSObject handle, JSObject data, JSObject outcome);

    @JSBody(params = "data", script = "return String(data.t);")
    private static native String kindOf(JSObject data);

    @JSBody(params = "data", script = "return String(data.message);")
    private static native String messageOf(JSObject data);

    @JSBody(params = "data", script = "return data.payload;")
    private static native JSObject payloadOf(JSObject data);

    @JSBody(params = { "worker", "message" }, script = "var transfer = message.payload ? [message.payload] : [];"
            + "worker.postMessage(message, transfer);")
    private static native void post(JSObject worker, JSObject message);

    @JSBody(params = "worker", script = "worker.terminate();")
    private static native void terminate(JSObject worker);

    @JSBody(params = { "shared", "type", "src", "code", "config", "base", "name" }, script = "return { pyloom: 1, t: 'boot',"
            + " shared: shared, script: { type: type, src: src, code: code, config: config, base: base, name: name } };")
    private static native JSObject bootMessage(JSObject shared, String type, String src, String code, String config,
            String base, String name);

    @JSBody(params = { "id", "payload" }, script = "return { pyloom: 1, t: 'call', id: id, payload: payload };")
    private static native JSObject callMessage(int id, JSObject payload);

    @JSBody(params = "id", script = "return { pyloom: 1, t: 'release', id: id };")
    private static native JSObject releaseMessage(int id);

    @JSBody(params = { "call", "name", "payload" }, script = "return { pyloom: 1, t: 'export', call: call, name: name,"
            + " payload: payload };")
    private static native JSObject exportMessage(int call, String name, JSObject payload);
}
