package io.pyloom.plugin.worker;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.typedarrays.Atomics;
import org.teavm.jso.typedarrays.Int32Array;

/**
 * Answers one worker's synchronous requests on the main thread. An idle page hears of a request
 * through {@code Atomics.waitAsync}, which costs an event-loop turn; once serving, it keeps polling
 * the shared counter for a moment, so a worker that touches the DOM in a loop is answered in
 * microseconds instead of a task each time. Polling is bounded, so the page stays responsive.
 */
final class PageServer {

    /** Keep polling this long after the last request... */
    private static final double IDLE_MS = 0.5;
    /** ...but give the event loop a turn after this long. */
    private static final double BUDGET_MS = 8;

    @JSFunctor
    interface Task extends JSObject {
        void run();
    }

    @JSFunctor
    interface Settled extends JSObject {
        void settled(JSObject outcome);
    }

    @JSFunctor
    interface Body extends JSObject {
        JSObject run();
    }

    private final Wire wire;
    private final Int32Array slots;
    private final Codec codec;
    private final PageObjects objects;
    private final JSObject sync;
    private int handled;
    private int op;
    private boolean stopped;

    PageServer(Wire wire, PageObjects objects, JSObject sync) {
        this.wire = wire;
        this.slots = wire.slots();
        this.objects = objects;
        this.codec = new Codec(objects);
        this.sync = sync;
    }

    void start() {
        listen();
    }

    void stop() {
        stopped = true;
    }

    private void listen() {
        if (!stopped) {
            waitForRequest(slots, handled, this::serve);
        }
    }

    private void serve() {
        double start = now();
        double last = start;
        while (!stopped) {
            if (Atomics.load(slots, Wire.REQUEST) != handled) {
                handled = Atomics.load(slots, Wire.REQUEST);
                if (!answer()) {
                    return; // a sync function's promise answers later, then listens again
                }
                last = now();
                continue;
            }
            double time = now();
            if (time - last > IDLE_MS) {
                break;
            }
            if (time - start > BUDGET_MS) {
                later(this::serve);
                return;
            }
        }
        listen();
    }

    /** Runs the request and answers it; false when the answer waits for a promise. */
    private boolean answer() {
        JSObject outcome = guard(this::run);
        if (isPending(outcome)) {
            whenSettled(outcome, settled -> {
                respond(settled);
                listen();
            });
            return false;
        }
        respond(outcome);
        return true;
    }

    /** Decodes and runs the request: {ok, value}, {ok: false, error} or {pending}. */
    private JSObject run() {
        try {
            wire.rewind();
            op = wire.byteAt();
            int id = wire.intAt();
            int releases = wire.intAt();
            for (int i = 0; i < releases; i++) {
                int released = wire.intAt();
                objects.release(released, wire.intAt());
            }
            if (op == Op.SYNC) {
                String name = wire.stringAt();
                return callSync(sync, name, codec.readAll(wire));
            }
            JSObject target = objects.objectAt(id);
            switch (op) {
                case Op.GET:
                    return get(target, codec.read(wire));
                case Op.SET: {
                    JSObject key = codec.read(wire);
                    return set(target, key, codec.read(wire));
                }
                case Op.HAS:
                    return has(target, codec.read(wire));
                case Op.DELETE:
                    return delete(target, codec.read(wire));
                case Op.KEYS:
                    return keys(target);
                case Op.CALL: {
                    JSObject self = codec.read(wire);
                    return call(target, self, codec.readAll(wire));
                }
                case Op.CALL_METHOD: {
                    JSObject key = codec.read(wire);
                    return callMethod(target, key, codec.readAll(wire));
                }
                case Op.NEW:
                    return construct(target, codec.readAll(wire));
                default:
                    return failure("Unknown request " + op + " from a worker");
            }
        } catch (RuntimeException e) {
            return failure(e.getMessage());
        }
    }

    /** Writes the answer and wakes the worker. */
    private void respond(JSObject outcome) {
        JSObject broken = guard(() -> {
            wire.rewind();
            try {
                if (isOk(outcome)) {
                    codec.write(wire, valueOf(outcome), op == Op.SYNC);
                } else {
                    codec.writeError(wire, errorOf(outcome));
                }
                return null;
            } catch (RuntimeException e) {
                return failure(e.getMessage());
            }
        });
        if (broken != null) {
            wire.rewind();
            codec.writeError(wire, errorOf(broken));
        }
        wire.seal();
        Atomics.store(slots, Wire.RESPONSE, handled);
        Atomics.notify(slots, Wire.RESPONSE, 1);
    }

    @JSBody(params = { "slots", "seen", "task" }, script = "var r = Atomics.waitAsync(slots, 0, seen);"
            + "if (r.async) r.value.then(function () { task(); }); else task();")
    private static native void waitForRequest(Int32Array slots, int seen, Task task);

    /** A macrotask without timer clamping. */
    @JSBody(params = "task", script = "var c = new MessageChannel(); c.port1.onmessage = function () { task(); };"
            + "c.port2.postMessage(0);")
    private static native void later(Task task);

    @JSBody(script = "return performance.now();")
    private static native double now();

    @JSBody(params = "body", script = "try { return body(); } catch (e) { return { ok: false, error: e }; }")
    private static native JSObject guard(Body body);

    @JSBody(params = "message", script = "return { ok: false, error: new Error(message) };")
    private static native JSObject failure(String message);

    @JSBody(params = "o", script = "return !!o.pending;")
    private static native boolean isPending(JSObject o);

    @JSBody(params = "o", script = "return o.ok === true;")
    private static native boolean isOk(JSObject o);

    @JSBody(params = "o", script = "return o.value;")
    private static native JSObject valueOf(JSObject o);

    @JSBody(params = "o", script = "return o.error;")
    private static native JSObject errorOf(JSObject o);

    @JSBody(params = { "o", "then" }, script = "o.pending.then(function (v) { then({ ok: true, value: v }); },"
            + " function (e) { then({ ok: false, error: e }); });")
    private static native void whenSettled(JSObject o, Settled then);

    private static final String TRY = "try { return { ok: true, value: ";
    private static final String CATCH = " }; } catch (e) { return { ok: false, error: e }; }";

    @JSBody(params = { "o", "k" }, script = TRY + "o[k]" + CATCH)
    private static native JSObject get(JSObject o, JSObject k);

    @JSBody(params = { "o", "k", "v" }, script = "try { o[k] = v; return { ok: true, value: true }; }"
            + " catch (e) { return { ok: false, error: e }; }")
    private static native JSObject set(JSObject o, JSObject k, JSObject v);

    @JSBody(params = { "o", "k" }, script = TRY + "k in o" + CATCH)
    private static native JSObject has(JSObject o, JSObject k);

    @JSBody(params = { "o", "k" }, script = TRY + "delete o[k]" + CATCH)
    private static native JSObject delete(JSObject o, JSObject k);

    @JSBody(params = "o", script = TRY + "Reflect.ownKeys(o).filter(function (k) { return typeof k === 'string'; })" + CATCH)
    private static native JSObject keys(JSObject o);

    @JSBody(params = { "f", "self", "args" }, script = TRY + "Reflect.apply(f, self, args)" + CATCH)
    private static native JSObject call(JSObject f, JSObject self, JSObject args);

    @JSBody(params = { "o", "k", "args" }, script = TRY + "o[k].apply(o, args)" + CATCH)
    private static native JSObject callMethod(JSObject o, JSObject k, JSObject args);

    @JSBody(params = { "f", "args" }, script = TRY + "Reflect.construct(f, args)" + CATCH)
    private static native JSObject construct(JSObject f, JSObject args);

    /** A function the page set with {@code worker.sync.name = f}; a promise it returns is awaited. */
    @JSBody(params = { "sync", "name", "args" }, script = "var f = sync[name];"
            + "if (typeof f !== 'function') return { ok: false, error: new Error('sync.' + name + ' is not a function"
            + " of the page: set it on the main thread with worker.sync.' + name + ' = a_function') };"
            + "try { var v = f.apply(undefined, args);"
            + "  if (v && typeof v.then === 'function') return { pending: Promise.resolve(v) };"
            + "  return { ok: true, value: v }; } catch (e) { return { ok: false, error: e }; }")
    private static native JSObject callSync(JSObject sync, String name, JSObject args);
}
