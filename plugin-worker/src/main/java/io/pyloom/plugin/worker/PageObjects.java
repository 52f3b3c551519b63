package io.pyloom.plugin.worker;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/**
 * The page's side of references: page objects a worker holds get ids (counted, so the worker can
 * release them when its proxies are collected); worker functions the page holds are stubs that post
 * a call to the worker.
 */
final class PageObjects implements Codec.Refs {

    /** Posts a call of a worker function with its arguments. */
    @JSFunctor
    interface StubCall extends JSObject {
        void call(int id, JSObject args);
    }

    /** Tells the worker its function is no longer referenced by the page. */
    @JSFunctor
    interface StubRelease extends JSObject {
        void release(int id);
    }

    private final JSObject table;

    PageObjects(StubCall call, StubRelease release, JSObject converter) {
        this.table = newTable(call, release, converter);
    }

    /** The page's global object is reference 0 for every worker. */
    @JSBody(params = { "call", "release", "converter" }, script = "var t = { objects: new Map([[0, globalThis]]),"
            + " ids: new Map([[globalThis, 0]]), sent: new Map(), flags: new Map(), next: 1, stubs: new Map(),"
            + " stubIds: new WeakMap(), call: call, converter: converter,"
            + " gone: new FinalizationRegistry(function (id) { var r = t.stubs.get(id);"
            + "   if (r && !r.deref()) { t.stubs.delete(id); release(id); } }) }; return t;")
    private static native JSObject newTable(StubCall call, StubRelease release, JSObject converter);

    JSObject table() {
        return table;
    }

    @Override
    public boolean isRef(JSObject value) {
        return isStub(table, value);
    }

    @JSBody(params = { "t", "v" }, script = "return t.stubIds.has(v);")
    private static native boolean isStub(JSObject t, JSObject v);

    @Override
    public void writeRef(Wire wire, JSObject value) {
        int stub = stubId(table, value);
        if (stub >= 0) {
            wire.putByte(Codec.WORKER_REF);
            wire.putInt(stub);
            return;
        }
        int id = idFor(table, value);
        wire.putByte(Codec.PAGE_REF);
        wire.putInt(id);
        wire.putInt(flagsOf(table, id, value));
        wire.putString(tagOf(value));
    }

    @JSBody(params = { "t", "v" }, script = "var id = t.stubIds.get(v); return id === undefined ? -1 : id;")
    private static native int stubId(JSObject t, JSObject v);

    /** The object's id, counting one more send (the worker reports how many it saw when it lets go). */
    @JSBody(params = { "t", "v" }, script = "var id = t.ids.get(v);"
            + "if (id === undefined) { id = t.next++; t.ids.set(v, id); t.objects.set(id, v); }"
            + "t.sent.set(id, (t.sent.get(id) || 0) + 1); return id;")
    private static native int idFor(JSObject t, JSObject v);

    /**
     * What Pyodide and MicroPython probe when they wrap a foreign object: computed once per object
     * so the worker's proxy answers those probes without a round trip.
     */
    @JSBody(params = { "t", "id", "v" }, script = "var f = t.flags.get(id); if (f !== undefined) return f;"
            + "function m(k) { try { return typeof v[k] === 'function'; } catch (e) { return false; } }"
            + "function h(k) { try { return k in v; } catch (e) { return false; } }"
            + "f = (typeof v === 'function' ? 1 : 0) | (Array.isArray(v) ? 2 : 0) | (m('then') ? 4 : 0)"
            + " | (m(Symbol.iterator) ? 8 : 0) | (m(Symbol.asyncIterator) ? 16 : 0) | (m('next') ? 32 : 0)"
            + " | (h('length') ? 64 : 0) | (h('size') ? 128 : 0) | (m('get') ? 256 : 0) | (m('set') ? 512 : 0)"
            + " | (m('has') ? 1024 : 0) | (m('includes') ? 2048 : 0) | (h('name') ? 4096 : 0)"
            + " | (h('message') ? 8192 : 0) | (h('stack') ? 16384 : 0);"
            + "t.flags.set(id, f); return f;")
    private static native int flagsOf(JSObject t, int id, JSObject v);

    @JSBody(params = "v", script = "return Object.prototype.toString.call(v).slice(8, -1);")
    private static native String tagOf(JSObject v);

    @Override
    public JSObject readPageRef(Wire wire) {
        return objectAt(table, wire.intAt());
    }

    JSObject objectAt(int id) {
        return objectAt(table, id);
    }

    @JSBody(params = { "t", "id" }, script = "if (!t.objects.has(id)) throw new Error('The worker used a page object"
            + " that was already released (reference ' + id + ').'); return t.objects.get(id);")
    private static native JSObject objectAt(JSObject t, int id);

    @Override
    public JSObject readWorkerRef(Wire wire) {
        return stub(table, wire.intAt());
    }

    /** One stub per worker function, so that removeEventListener finds the listener it added. */
    @JSBody(params = { "t", "id" }, script = "var r = t.stubs.get(id), s = r && r.deref(); if (s) return s;"
            + "s = function () { t.call(id, Array.prototype.slice.call(arguments)); };"
            + "t.stubs.set(id, new WeakRef(s)); t.stubIds.set(s, id); t.gone.register(s, id); return s;")
    private static native JSObject stub(JSObject t, int id);

    @Override
    public JSObject toData(JSObject pyProxy) {
        return convert(table, pyProxy);
    }

    // Pyodide's proxies convert themselves; MicroPython's need its to_js, which pyscript registers.
    // (MicroPython's proxies answer every property lookup from Python: ask their class first.
    // TeaVM renames parameters to single letters, so inner names here are never single letters.)
    @JSBody(params = { "t", "v" }, script = "try { var proto = Object.getPrototypeOf(v);"
            + " if (proto && proto.constructor && proto.constructor.name.indexOf('PyProxy') === 0 && !('toJs' in proto))"
            + "  return t.converter.fn ? t.converter.fn(v) : null;"
            + " if (typeof v.toJs === 'function') return v.toJs({ dict_converter: Object.fromEntries });"
            + "} catch (e) { } return null;")
    static native JSObject convert(JSObject t, JSObject v);

    /** The worker let go of proxies: forget objects it holds no more. */
    void release(int id, int count) {
        release(table, id, count);
    }

    @JSBody(params = { "t", "id", "count" }, script = "var left = (t.sent.get(id) || 0) - count;"
            + "if (left > 0) { t.sent.set(id, left); return; }"
            + "if (id === 0) return; t.sent.delete(id); t.flags.delete(id); t.ids.delete(t.objects.get(id)); t.objects.delete(id);")
    private static native void release(JSObject t, int id, int count);

    /** How many page objects the worker may still hold (the page's global counts as one). */
    int size() {
        return size(table);
    }

    @JSBody(params = "t", script = "return t.objects.size;")
    private static native int size(JSObject t);
}
