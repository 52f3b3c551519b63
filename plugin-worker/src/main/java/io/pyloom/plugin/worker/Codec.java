package io.pyloom.plugin.worker;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * Values on the wire. Primitives, arrays, plain objects and bytes travel as data; page objects
 * travel as references the worker gets proxies for; worker functions travel as references the page
 * gets callable stubs for.
 */
final class Codec {

    static final int UNDEFINED = 0;
    static final int NULL = 1;
    static final int FALSE = 2;
    static final int TRUE = 3;
    static final int INT = 4;
    static final int DOUBLE = 5;
    static final int STRING = 6;
    static final int PAGE_REF = 7;
    static final int WORKER_REF = 8;
    static final int ARRAY = 9;
    static final int OBJECT = 10;
    static final int BYTES = 11;
    static final int BIGINT = 12;
    static final int SYMBOL = 13;
    static final int ERROR = 14;

    /** How one side turns objects into references and back. */
    interface Refs {
        /** Whether this object must travel by reference even in data mode (proxies, stubs). */
        boolean isRef(JSObject value);

        /** Writes the tag and the reference for an object that does not travel as data. */
        void writeRef(Wire wire, JSObject value);

        JSObject readPageRef(Wire wire);

        JSObject readWorkerRef(Wire wire);

        /** A Python object (PyProxy) as plain JavaScript data, or null when it cannot be converted. */
        JSObject toData(JSObject pyProxy);
    }

    private final Refs refs;

    Codec(Refs refs) {
        this.refs = refs;
    }

    /**
     * @param asData whether arrays, plain objects and Python containers travel as data (always for
     *               what a worker sends; for what the page sends to sync calls and exports) rather
     *               than as references (what the page sends for DOM access)
     */
    void write(Wire wire, JSObject value, boolean asData) {
        int kind = kindOf(value);
        switch (kind) {
            case UNDEFINED:
            case NULL:
            case FALSE:
            case TRUE:
                wire.putByte(kind);
                return;
            case INT:
                wire.putByte(INT);
                wire.putInt(intOf(value));
                return;
            case DOUBLE:
                wire.putByte(DOUBLE);
                wire.putDouble(doubleOf(value));
                return;
            case STRING:
            case BIGINT:
                wire.putByte(kind);
                wire.putString(stringOf(value));
                return;
            case SYMBOL:
                wire.putByte(SYMBOL);
                wire.putString(wellKnownName(value));
                return;
            default:
                break;
        }
        if (refs.isRef(value) || !asData) {
            refs.writeRef(wire, value);
            return;
        }
        switch (dataKind(value)) {
            case ARRAY:
                writeArray(wire, value);
                return;
            case OBJECT:
                writeObject(wire, value);
                return;
            case BYTES:
                wire.putByte(BYTES);
                wire.putByte(bytesType(value));
                wire.putBytes(value);
                return;
            case ERROR: // a Python container: as data when its interpreter can convert it
                JSObject data = refs.toData(value);
                if (data == null || kindOf(data) == 100 && !refs.isRef(data) && dataKind(data) == ERROR) {
                    // Still Python after conversion (an instance, a module...): no JavaScript data for it.
                    throw new WireError("This Python object cannot be sent between a worker and the page: only data "
                            + "(numbers, strings, lists, dicts, bytes), functions and page objects can.");
                }
                write(wire, data, true);
                return;
            default:
                refs.writeRef(wire, value);
        }
    }

    private void writeArray(Wire wire, JSObject array) {
        int length = lengthOf(array);
        wire.putByte(ARRAY);
        wire.putInt(length);
        for (int i = 0; i < length; i++) {
            write(wire, itemAt(array, i), true);
        }
    }

    private void writeObject(Wire wire, JSObject object) {
        String[] keys = keysOf(object);
        wire.putByte(OBJECT);
        wire.putInt(keys.length);
        for (String key : keys) {
            wire.putString(key);
            write(wire, propertyOf(object, key), true);
        }
    }

    /** Writes several values: a count, then each. */
    void writeAll(Wire wire, JSObject values, boolean asData) {
        int length = lengthOf(values);
        wire.putInt(length);
        for (int i = 0; i < length; i++) {
            write(wire, itemAt(values, i), asData);
        }
    }

    /** A thrown error, as its name and message. */
    void writeError(Wire wire, JSObject error) {
        wire.putByte(ERROR);
        wire.putString(errorName(error));
        wire.putString(errorMessage(error));
    }

    JSObject read(Wire wire) {
        int tag = wire.byteAt();
        switch (tag) {
            case UNDEFINED:
                return undefined();
            case NULL:
                return null;
            case FALSE:
                return bool(false);
            case TRUE:
                return bool(true);
            case INT:
                return number(wire.intAt());
            case DOUBLE:
                return number(wire.doubleAt());
            case STRING:
                return string(wire.stringAt());
            case BIGINT:
                return bigint(wire.stringAt());
            case SYMBOL:
                return symbol(wire.stringAt());
            case PAGE_REF:
                return refs.readPageRef(wire);
            case WORKER_REF:
                return refs.readWorkerRef(wire);
            case ARRAY: {
                int length = wire.intAt();
                JSObject array = newArray();
                for (int i = 0; i < length; i++) {
                    push(array, read(wire));
                }
                return array;
            }
            case OBJECT: {
                int length = wire.intAt();
                JSObject object = newObject();
                for (int i = 0; i < length; i++) {
                    String key = wire.stringAt();
                    setProperty(object, key, read(wire));
                }
                return object;
            }
            case BYTES: {
                int type = wire.byteAt();
                return bytesOf(type, wire.bytesAt());
            }
            case ERROR: {
                String name = wire.stringAt();
                return raise(name, wire.stringAt());
            }
            default:
                throw new WireError("Unknown value tag " + tag + " on the wire between worker and page");
        }
    }

    /** Reads a count, then that many values, into an array. */
    JSObject readAll(Wire wire) {
        int length = wire.intAt();
        JSObject array = newArray();
        for (int i = 0; i < length; i++) {
            push(array, read(wire));
        }
        return array;
    }

    @JSBody(params = "v", script = "switch (typeof v) {"
            + " case 'undefined': return 0; case 'boolean': return v ? 3 : 2;"
            + " case 'number': return (v | 0) === v && !(v === 0 && 1 / v < 0) ? 4 : 5;"
            + " case 'string': return 6; case 'bigint': return 12; case 'symbol': return 13;"
            + " default: return v === null ? 1 : 100; }")
    private static native int kindOf(JSObject v);

    /** ARRAY, OBJECT (plain), BYTES, ERROR for a Python container, or 0 for anything else. */
    @JSBody(params = "v", script = "if (typeof v === 'function') return 0; if (Array.isArray(v)) return 9;"
            + "if (v instanceof ArrayBuffer || ArrayBuffer.isView(v)) return 11;"
            + "if (typeof v === 'object') { var p = Object.getPrototypeOf(v);"
            + "  if (p === Object.prototype || p === null) return 10; }"
            + "var c = Object.getPrototypeOf(v); c = c && c.constructor && c.constructor.name || '';"
            + "if (c.indexOf('PyProxy') === 0 || typeof v.toJs === 'function') return 14;"
            + "return 0;")
    private static native int dataKind(JSObject v);

    @JSBody(params = "v", script = "return v;")
    private static native int intOf(JSObject v);

    @JSBody(params = "v", script = "return v;")
    private static native double doubleOf(JSObject v);

    @JSBody(params = "v", script = "return String(v);")
    private static native String stringOf(JSObject v);

    @JSBody(params = "v", script = "var d = v.description || '';"
            + "return d.indexOf('Symbol.') === 0 && Symbol[d.slice(7)] === v ? d.slice(7) : '';")
    private static native String wellKnownName(JSObject v);

    @JSBody(params = "name", script = "return name ? Symbol[name] : undefined;")
    private static native JSObject symbol(String name);

    @JSBody(params = "v", script = "return v.length;")
    private static native int lengthOf(JSObject v);

    @JSBody(params = { "v", "i" }, script = "return v[i];")
    private static native JSObject itemAt(JSObject v, int i);

    @JSBody(params = "v", script = "return Object.keys(v);")
    private static native String[] keysOf(JSObject v);

    @JSBody(params = { "v", "key" }, script = "return v[key];")
    private static native JSObject propertyOf(JSObject v, String key);


    /** 0 for an ArrayBuffer, else the index of the typed array's constructor. */
    @JSBody(params = "v", script = "if (!ArrayBuffer.isView(v)) return 0;"
            + "return ['', 'Uint8Array', 'Int8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array',"
            + " 'Uint32Array', 'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array', 'DataView']"
            + ".indexOf(v.constructor.name) || 1;")
    private static native int bytesType(JSObject v);

    @JSBody(params = { "type", "buffer" }, script = "var C = [null, Uint8Array, Int8Array, Uint8ClampedArray, Int16Array,"
            + " Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array, BigInt64Array, BigUint64Array, DataView][type];"
            + "return C ? new C(buffer) : buffer;")
    private static native JSObject bytesOf(int type, JSObject buffer);

    @JSBody(params = "e", script = "return String(e && e.name || 'Error');")
    private static native String errorName(JSObject e);

    @JSBody(params = "e", script = "return String(e && e.message !== undefined ? e.message : e);")
    private static native String errorMessage(JSObject e);

    /** The error the other side threw, thrown here with its name and message. */
    @JSBody(params = { "name", "message" }, script = "var e = new Error(message); e.name = name; throw e;")
    private static native JSObject raise(String name, String message);

    @JSBody(script = "return undefined;")
    static native JSObject undefined();

    @JSBody(params = "v", script = "return v;")
    private static native JSObject bool(boolean v);

    @JSBody(params = "v", script = "return v;")
    private static native JSObject number(double v);

    @JSBody(params = "v", script = "return v;")
    private static native JSObject string(String v);

    @JSBody(params = "v", script = "return BigInt(v);")
    private static native JSObject bigint(String v);

    @JSBody(script = "return [];")
    static native JSObject newArray();

    @JSBody(script = "return {};")
    private static native JSObject newObject();

    @JSBody(params = { "a", "v" }, script = "a.push(v);")
    private static native void push(JSObject a, JSObject v);

    @JSBody(params = { "o", "k", "v" }, script = "o[k] = v;")
    private static native void setProperty(JSObject o, String k, JSObject v);
}
