package io.pyloom.plugin.worker;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.typedarrays.DataView;
import org.teavm.jso.typedarrays.Int32Array;

/**
 * Bytes going between a worker and the page: a growable buffer read and written in order. The
 * channel's buffer is a SharedArrayBuffer whose first bytes are the protocol's counters; messages
 * posted between the threads use a private one.
 */
final class Wire {

    /** Int32 slots of the shared header: the request and response counters, the payload length. */
    static final int REQUEST = 0;
    static final int RESPONSE = 1;
    static final int LENGTH = 2;
    /** Bytes before the payload. */
    static final int HEADER = 16;
    private static final int MAX = 1 << 27;

    private final JSObject buffer;
    private final DataView view;
    private final Int32Array slots;
    private int pos;

    private Wire(JSObject buffer, int start) {
        this.buffer = buffer;
        this.pos = start;
        this.view = newView(buffer);
        this.slots = start == HEADER ? newSlots(buffer) : null; // only the channel's buffer has counters
    }

    /** The channel's buffer, shared with the page. */
    static Wire shared() {
        return new Wire(newBuffer(true, 1 << 16, MAX), HEADER);
    }

    /** A buffer for one posted message. */
    static Wire local() {
        return new Wire(newBuffer(false, 1 << 10, MAX), HEADER);
    }

    /** The page's view of the channel's buffer. */
    static Wire over(JSObject shared) {
        return new Wire(shared, HEADER);
    }

    /** A posted payload, to read from its start. */
    static Wire reading(JSObject payload) {
        return new Wire(payload, 0);
    }

    JSObject buffer() {
        return buffer;
    }

    Int32Array slots() {
        return slots;
    }

    /** Starts writing a new payload. */
    Wire rewind() {
        pos = HEADER;
        return this;
    }

    /** The payload written so far, as a fresh ArrayBuffer to post (transferable). */
    JSObject payload() {
        return copy(buffer, HEADER, pos - HEADER);
    }

    /** Marks the end of the payload in the shared header. */
    void seal() {
        slots.set(LENGTH, pos - HEADER);
    }

    void putByte(int value) {
        ensure(1);
        view.setUint8(pos, value);
        pos += 1;
    }

    void putInt(int value) {
        ensure(4);
        view.setInt32(pos, value, true);
        pos += 4;
    }

    void putDouble(double value) {
        ensure(8);
        view.setFloat64(pos, value, true);
        pos += 8;
    }

    /** UTF-16 code units, aligned so the reader can view them in place. */
    void putString(String text) {
        int length = text.length();
        putInt(length);
        pos += pos & 1;
        ensure(length * 2);
        writeChars(buffer, pos, text);
        pos += length * 2;
    }

    /** Raw bytes of an ArrayBuffer or a typed array. */
    void putBytes(JSObject bytes) {
        int length = byteLength(bytes);
        putInt(length);
        ensure(length);
        writeBytes(buffer, pos, bytes);
        pos += length;
    }

    int byteAt() {
        int value = view.getUint8(pos);
        pos += 1;
        return value;
    }

    int intAt() {
        int value = view.getInt32(pos, true);
        pos += 4;
        return value;
    }

    double doubleAt() {
        double value = view.getFloat64(pos, true);
        pos += 8;
        return value;
    }

    String stringAt() {
        int length = intAt();
        pos += pos & 1;
        String text = readChars(buffer, pos, length);
        pos += length * 2;
        return text;
    }

    /** A copy of the bytes, as an ArrayBuffer. */
    JSObject bytesAt() {
        int length = intAt();
        JSObject copy = copy(buffer, pos, length);
        pos += length;
        return copy;
    }

    private void ensure(int extra) {
        int needed = pos + extra;
        int capacity = byteLength(buffer);
        if (needed <= capacity) {
            return;
        }
        if (needed > MAX) {
            throw new WireError("A value of more than " + (MAX >> 20) + " MB cannot pass between a worker and the page.");
        }
        grow(buffer, Math.min(MAX, Math.max(needed, capacity * 2)));
    }

    @JSBody(params = { "shared", "size", "max" }, script = "return shared"
            + " ? new SharedArrayBuffer(size, { maxByteLength: max }) : new ArrayBuffer(size, { maxByteLength: max });")
    private static native JSObject newBuffer(boolean shared, int size, int max);

    // Without a length, views of a growable buffer follow it as it grows.
    @JSBody(params = "buffer", script = "return new DataView(buffer);")
    private static native DataView newView(JSObject buffer);

    @JSBody(params = "buffer", script = "return new Int32Array(buffer);")
    private static native Int32Array newSlots(JSObject buffer);

    @JSBody(params = { "buffer", "size" }, script = "if (buffer.grow) buffer.grow(size); else buffer.resize(size);")
    private static native void grow(JSObject buffer, int size);

    @JSBody(params = "bytes", script = "return bytes.byteLength;")
    private static native int byteLength(JSObject bytes);

    @JSBody(params = { "buffer", "at", "text" }, script = "var units = new Uint16Array(buffer, at, text.length);"
            + "for (var i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);")
    private static native void writeChars(JSObject buffer, int at, String text);

    @JSBody(params = { "buffer", "at", "length" }, script = "var units = new Uint16Array(buffer, at, length), text = '';"
            + "for (var i = 0; i < length; i += 8192) text += String.fromCharCode.apply(null, units.subarray(i, i + 8192));"
            + "return text;")
    private static native String readChars(JSObject buffer, int at, int length);

    @JSBody(params = { "buffer", "at", "bytes" }, script = "new Uint8Array(buffer, at, bytes.byteLength).set("
            + "ArrayBuffer.isView(bytes) ? new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)"
            + " : new Uint8Array(bytes));")
    private static native void writeBytes(JSObject buffer, int at, JSObject bytes);

    @JSBody(params = { "buffer", "at", "length" }, script = "var copy = new ArrayBuffer(length);"
            + "new Uint8Array(copy).set(new Uint8Array(buffer, at, length)); return copy;")
    private static native JSObject copy(JSObject buffer, int at, int length);
}
