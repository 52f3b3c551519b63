package io.pyloom.plugin.worker;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/**
 * The worker's side of references: a proxy for each page object (one per id, so identity holds),
 * answering the type probes of Pyodide and MicroPython from the flags the page sent and everything
 * else with a request; and the worker's own functions, kept while the page holds stubs for them.
 */
final class PageProxies implements Codec.Refs {

    /** A request to the page: op, the object's id, a key, then up to two operands. */
    @JSFunctor
    interface Remote extends JSObject {
        JSObject request(int op, int id, JSObject key, JSObject value, JSObject args);
    }

    private final JSObject table;

    PageProxies(Remote remote, JSObject converter) {
        this.table = newTable(remote, converter);
    }

    @JSBody(params = { "remote", "converter" }, script = "var t = { remote: remote, converter: converter,"
            + " proxies: new Map(), ids: new WeakMap(), seen: new Map(), released: [],"
            + " functions: new Map(), functionIds: new Map(), next: 1,"
            + " gone: new FinalizationRegistry(function (held) { var r = t.proxies.get(held.id);"
            + "   if (r && !r.deref()) { t.proxies.delete(held.id); t.seen.delete(held.id); }"
            + "   t.released.push(held.id, held.count.n); }) };"
            + "return t;")
    private static native JSObject newTable(Remote remote, JSObject converter);

    /** The page's global object (reference 0). */
    JSObject window() {
        return proxy(table, 0, 0, "Window");
    }

    @Override
    public boolean isRef(JSObject value) {
        return isProxy(table, value);
    }

    @JSBody(params = { "t", "v" }, script = "return t.ids.has(v);")
    private static native boolean isProxy(JSObject t, JSObject v);

    @Override
    public void writeRef(Wire wire, JSObject value) {
        int id = proxyId(table, value);
        if (id >= 0) {
            wire.putByte(Codec.PAGE_REF);
            wire.putInt(id);
            return;
        }
        if (!isFunction(value)) {
            throw new WireError("A " + describe(value) + " cannot be sent from a worker to the page: only data"
                    + " (numbers, strings, lists, dicts, bytes), functions and page objects can.");
        }
        wire.putByte(Codec.WORKER_REF);
        wire.putInt(keep(table, value));
    }

    @JSBody(params = { "t", "v" }, script = "var id = t.ids.get(v); return id === undefined ? -1 : id;")
    private static native int proxyId(JSObject t, JSObject v);

    @JSBody(params = "v", script = "return typeof v === 'function';")
    private static native boolean isFunction(JSObject v);

    @JSBody(params = "v", script = "var p = Object.getPrototypeOf(v);"
            + "return p && p.constructor && p.constructor.name || typeof v;")
    private static native String describe(JSObject v);

    /**
     * Keeps a worker function while the page may call it. Pyodide destroys the proxies it makes for
     * call arguments when the call returns, so a copy is kept instead.
     */
    @JSBody(params = { "t", "f" }, script = "var id = t.functionIds.get(f); if (id !== undefined) return id;"
            + "id = t.next++; var kept = typeof f.copy === 'function' && typeof f.destroy === 'function' ? f.copy() : f;"
            + "t.functions.set(id, kept); t.functionIds.set(f, id); return id;")
    private static native int keep(JSObject t, JSObject f);

    /** The page no longer holds a stub for this function. */
    @JSBody(params = { "t", "id" }, script = "var f = t.functions.get(id); t.functions.delete(id);"
            + "t.functionIds.forEach(function (v, k) { if (v === id) t.functionIds.delete(k); });"
            + "if (f && f !== undefined && typeof f.destroy === 'function') { try { f.destroy(); } catch (e) { } }")
    static native void forget(JSObject t, int id);

    JSObject table() {
        return table;
    }

    @Override
    public JSObject readPageRef(Wire wire) {
        int id = wire.intAt();
        int flags = wire.intAt();
        String tag = wire.stringAt();
        return proxy(table, id, flags, tag);
    }

    @Override
    public JSObject readWorkerRef(Wire wire) {
        return function(table, wire.intAt());
    }

    @JSBody(params = { "t", "id" }, script = "return t.functions.get(id);")
    static native JSObject function(JSObject t, int id);

    @Override
    public JSObject toData(JSObject pyProxy) {
        return PageObjects.convert(table, pyProxy);
    }

    /** Ids and counts of proxies collected since the last request: [id, count, id, count...]. */
    // Every request asks: answer the usual "nothing" without allocating.
    @JSBody(params = "t", script = "var r = t.released; if (r.length === 0) return r; t.released = []; return r;")
    static native int[] takeReleased(JSObject t);

    /**
     * The proxy for a page object. Function targets make typeof and calls work, array targets make
     * Array.isArray work; the probe keys below are answered from the page's flags.
     */
    @JSBody(params = { "t", "id", "flags", "tag" }, script = "var r = t.proxies.get(id), p = r && r.deref();"
            + "if (p) { t.seen.get(id).n++; return p; }"
            + "var remote = t.remote, methods = null, count = { n: 1 };"
            + "var probes = { then: 4, next: 32, get: 256, set: 512, has: 1024, includes: 2048 };"
            + "var present = { length: 64, size: 128, name: 4096, message: 8192, stack: 16384 };"
            + "function method(key) { methods = methods || new Map(); var m = methods.get(key);"
            + "  if (!m) { m = function () { return remote(7, id, key, undefined, Array.prototype.slice.call(arguments)); };"
            + "    methods.set(key, m); } return m; }"
            + "function own(key) { return Object.prototype.hasOwnProperty.call(probes, key) ? probes[key] : 0; }"
            + "function hidden(key) { return key === '_ref' || key.charCodeAt(0) === 36 && key.charCodeAt(1) === 36; }"
            + "var target = flags & 1 ? function () {}.bind() : flags & 2 ? [] : {};"
            + "var handler = {"
            + " get: function (_, key) {"
            + "  if (typeof key === 'symbol') { if (key === Symbol.toStringTag) return tag;"
            + "   if (key === Symbol.iterator) return flags & 8 ? method(key) : undefined;"
            + "   if (key === Symbol.asyncIterator) return flags & 16 ? method(key) : undefined;"
            + "   return undefined; }"
            + "  var bit = own(key); if (bit) return flags & bit ? method(key) : undefined;"
            + "  if (hidden(key)) return undefined;"
            + "  if (flags & 1 && (key === 'bind' || key === 'call' || key === 'apply')) return Function.prototype[key];"
            + "  return remote(1, id, key); },"
            + " has: function (_, key) {"
            + "  if (typeof key === 'symbol') return key === Symbol.iterator ? !!(flags & 8)"
            + "   : key === Symbol.asyncIterator ? !!(flags & 16) : false;"
            + "  var bit = own(key) || (Object.prototype.hasOwnProperty.call(present, key) ? present[key] : 0);"
            + "  if (bit) return !!(flags & bit); if (hidden(key)) return false;"
            + "  return remote(3, id, key); },"
            + " set: function (_, key, value) { remote(2, id, key, value); return true; },"
            + " deleteProperty: function (_, key) { return remote(4, id, key); },"
            + " ownKeys: function (target) { var keys = remote(5, id);"
            + "  Reflect.ownKeys(target).forEach(function (k) { if (keys.indexOf(k) < 0) keys.push(k); }); return keys; },"
            + " getOwnPropertyDescriptor: function (target, key) { var fixed = Reflect.getOwnPropertyDescriptor(target, key);"
            + "  if (fixed && !fixed.configurable) return fixed;"
            + "  if (!handler.has(target, key)) return undefined;"
            + "  return { value: handler.get(target, key), writable: true, enumerable: true, configurable: true }; },"
            + " apply: function (_, self, args) { return remote(6, id, undefined, self, args); },"
            + " construct: function (_, args) { return remote(8, id, undefined, undefined, args); } };"
            + "p = new Proxy(target, handler);"
            + "t.proxies.set(id, new WeakRef(p)); t.ids.set(p, id); t.seen.set(id, count);"
            + "t.gone.register(p, { id: id, count: count });"
            + "return p;")
    private static native JSObject proxy(JSObject t, int id, int flags, String tag);
}
