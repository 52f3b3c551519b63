import "./kernel.js";
import { test } from "node:test";
import assert from "node:assert/strict";
import { HEADER, Slot, Wire } from "../../main/js/wire.js";
import { WireError } from "../../main/js/wire-error.js";

const reread = (wire) => Wire.reading(wire.payload());

test("numbers, strings and bytes read back in order, strings aligned after odd bytes", () => {
  const wire = Wire.local();
  wire.putByte(7);
  wire.putString("héllo \u{1F600}");
  wire.putInt(-5);
  wire.putDouble(0.1);
  wire.putBytes(new Uint16Array([1, 2]).subarray(1));
  wire.putString("");
  const back = reread(wire);
  assert.equal(back.byteAt(), 7);
  assert.equal(back.stringAt(), "héllo \u{1F600}");
  assert.equal(back.intAt(), -5);
  assert.equal(back.doubleAt(), 0.1);
  assert.deepEqual(new Uint16Array(back.bytesAt()), new Uint16Array([2]));
  assert.equal(back.stringAt(), "");
});

test("the buffer grows for long strings, which read back in chunks", () => {
  const wire = Wire.local();
  const text = "ab".repeat(100_000);
  wire.putString(text);
  assert.equal(reread(wire).stringAt(), text);
});

test("a value past the limit is refused", () => {
  const wire = Wire.local();
  assert.throws(() => wire.putBytes(new ArrayBuffer((1 << 27) + 1)), WireError);
});

test("the shared buffer has the counters and the payload length ahead of the payload", () => {
  const wire = Wire.shared();
  assert.ok(wire.buffer instanceof SharedArrayBuffer);
  wire.rewind().putInt(1);
  wire.putInt(2);
  wire.seal();
  assert.equal(wire.slots[Slot.LENGTH], 8);
  const page = Wire.over(wire.buffer);
  page.rewind();
  assert.equal(page.intAt(), 1);
  assert.equal(HEADER, 16);
});
