package io.pyloom.plugin.worker;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.typedarrays.Atomics;
import org.teavm.jso.typedarrays.Int32Array;

/**
 * The worker's end of the synchronous channel: writes a request into the shared buffer, bumps the
 * request counter and blocks until the page bumps the response counter. It spins briefly first,
 * since a page that is already serving answers within microseconds.
 */
final class WorkerChannel implements PageProxies.Remote {

    private static final int SPINS = 4000;

    private final Wire wire;
    private final Int32Array slots;
    private final PageProxies proxies;
    private final Codec codec;
    private int sequence;

    WorkerChannel(JSObject shared, JSObject converter) {
        this.wire = Wire.over(shared);
        this.slots = wire.slots();
        this.proxies = new PageProxies(this, converter);
        this.codec = new Codec(proxies);
        this.sequence = Atomics.load(slots, Wire.REQUEST);
    }

    PageProxies proxies() {
        return proxies;
    }

    Codec codec() {
        return codec;
    }

    @Override
    public JSObject request(int op, int id, JSObject key, JSObject value, JSObject args) {
        try {
            write(op, id, key, value, args);
        } catch (WireError e) {
            return raise(e.getMessage());
        }
        roundTrip();
        wire.rewind();
        return codec.read(wire);
    }

    /** Calls {@code sync.name(...)} on the page. */
    JSObject sync(String name, JSObject args) {
        return request(Op.SYNC, -1, string(name), null, args);
    }

    private void write(int op, int id, JSObject key, JSObject value, JSObject args) {
        wire.rewind();
        wire.putByte(op);
        wire.putInt(id);
        int[] released = PageProxies.takeReleased(proxies.table());
        wire.putInt(released.length / 2);
        for (int r : released) {
            wire.putInt(r);
        }
        switch (op) {
            case Op.SYNC:
                wire.putString(stringOf(key));
                codec.writeAll(wire, args, true);
                break;
            case Op.SET:
                codec.write(wire, key, true);
                codec.write(wire, value, true);
                break;
            case Op.CALL:
                codec.write(wire, value, true);
                codec.writeAll(wire, args, true);
                break;
            case Op.CALL_METHOD:
                codec.write(wire, key, true);
                codec.writeAll(wire, args, true);
                break;
            case Op.NEW:
                codec.writeAll(wire, args, true);
                break;
            case Op.KEYS:
                break;
            default:
                codec.write(wire, key, true);
        }
        wire.seal();
    }

    private void roundTrip() {
        int expected = ++sequence;
        Atomics.store(slots, Wire.REQUEST, expected);
        Atomics.notify(slots, Wire.REQUEST, 1);
        for (int i = 0; i < SPINS; i++) {
            if (Atomics.load(slots, Wire.RESPONSE) == expected) {
                return;
            }
        }
        int seen;
        while ((seen = Atomics.load(slots, Wire.RESPONSE)) != expected) {
            Atomics.wait(slots, Wire.RESPONSE, seen);
        }
    }

    @JSBody(params = "message", script = "throw new TypeError(message);")
    private static native JSObject raise(String message);

    @JSBody(params = "v", script = "return v;")
    private static native JSObject string(String v);

    @JSBody(params = "v", script = "return String(v);")
    private static native String stringOf(JSObject v);
}
