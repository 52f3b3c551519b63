// Bytes going between a worker and the page: a growable buffer read and written in order. The
// channel's buffer is a SharedArrayBuffer whose first bytes are the protocol's counters; messages
// posted between the threads use a private one.
import { WireError } from "./wire-error.js";

/** Int32 slots of the shared header: the request and response counters, the payload length. */
export const Slot = Object.freeze({ REQUEST: 0, RESPONSE: 1, LENGTH: 2 });
/** Bytes before the payload. */
export const HEADER = 16;
const MAX = 1 << 27;
const CHUNK = 8192;

const bytesOf = (bytes) => (ArrayBuffer.isView(bytes)
  ? new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) : new Uint8Array(bytes));

const copy = (buffer, at, length) => {
  const copied = new ArrayBuffer(length);
  new Uint8Array(copied).set(new Uint8Array(buffer, at, length));
  return copied;
};

export class Wire {
  #view;
  #pos;

  constructor(buffer, start, slots = null) {
    this.buffer = buffer;
    this.slots = slots;
    // Without a length, views of a growable buffer follow it as it grows.
    this.#view = new DataView(buffer);
    this.#pos = start;
  }

  /** The channel's buffer, shared with the page. */
  static shared() {
    return Wire.over(new SharedArrayBuffer(1 << 16, { maxByteLength: MAX }));
  }

  /** A buffer for one posted message. */
  static local() {
    return new Wire(new ArrayBuffer(1 << 10, { maxByteLength: MAX }), HEADER);
  }

  /** The channel's buffer, with its counters. */
  static over(shared) {
    return new Wire(shared, HEADER, new Int32Array(shared));
  }

  /** A posted payload, to read from its start. */
  static reading(payload) {
    return new Wire(payload, 0);
  }

  /** Starts writing a new payload. */
  rewind() {
    this.#pos = HEADER;
    return this;
  }

  /** The payload written so far, as a fresh ArrayBuffer to post (transferable). */
  payload() {
    return copy(this.buffer, HEADER, this.#pos - HEADER);
  }

  /** Marks the end of the payload in the shared header. */
  seal() {
    this.slots[Slot.LENGTH] = this.#pos - HEADER;
  }

  putByte(value) {
    this.#ensure(1);
    this.#view.setUint8(this.#pos, value);
    this.#pos += 1;
  }

  putInt(value) {
    this.#ensure(4);
    this.#view.setInt32(this.#pos, value, true);
    this.#pos += 4;
  }

  putDouble(value) {
    this.#ensure(8);
    this.#view.setFloat64(this.#pos, value, true);
    this.#pos += 8;
  }

  /** UTF-16 code units, aligned so the reader can view them in place. */
  putString(text) {
    const length = text.length;
    this.putInt(length);
    this.#pos += this.#pos & 1;
    this.#ensure(length * 2);
    const units = new Uint16Array(this.buffer, this.#pos, length);
    for (let i = 0; i < length; i++) {
      units[i] = text.charCodeAt(i);
    }
    this.#pos += length * 2;
  }

  /** Raw bytes of an ArrayBuffer or a typed array. */
  putBytes(bytes) {
    const length = bytes.byteLength;
    this.putInt(length);
    this.#ensure(length);
    new Uint8Array(this.buffer, this.#pos, length).set(bytesOf(bytes));
    this.#pos += length;
  }

  byteAt() {
    const value = this.#view.getUint8(this.#pos);
    this.#pos += 1;
    return value;
  }

  intAt() {
    const value = this.#view.getInt32(this.#pos, true);
    this.#pos += 4;
    return value;
  }

  doubleAt() {
    const value = this.#view.getFloat64(this.#pos, true);
    this.#pos += 8;
    return value;
  }

  stringAt() {
    const length = this.intAt();
    this.#pos += this.#pos & 1;
    const units = new Uint16Array(this.buffer, this.#pos, length);
    let text = "";
    // In chunks: one call with every unit would overflow the stack for long strings.
    for (let i = 0; i < length; i += CHUNK) {
      text += String.fromCharCode(...units.subarray(i, i + CHUNK));
    }
    this.#pos += length * 2;
    return text;
  }

  /** A copy of the bytes, as an ArrayBuffer. */
  bytesAt() {
    const length = this.intAt();
    const copied = copy(this.buffer, this.#pos, length);
    this.#pos += length;
    return copied;
  }

  #ensure(extra) {
    const needed = this.#pos + extra;
    const capacity = this.buffer.byteLength;
    if (needed <= capacity) {
      return;
    }
    if (needed > MAX) {
      throw new WireError(`A value of more than ${MAX >> 20} MB cannot pass between a worker and the page.`);
    }
    const size = Math.min(MAX, Math.max(needed, capacity * 2));
    if (this.buffer.grow) {
      this.buffer.grow(size);
    } else {
      this.buffer.resize(size);
    }
  }
}
