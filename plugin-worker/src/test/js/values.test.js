import "./kernel.js";
import { test } from "node:test";
import assert from "node:assert/strict";
import { Tag } from "../../main/js/wire-tags.js";
import { Shape, bytesAs, bytesType, describe, pythonToData, scalarTag, shapeOf, toStringTag, wellKnown, wellKnownName }
  from "../../main/js/values.js";

test("primitives have their tags; ints are exact 32-bit integers, and -0 is not one", () => {
  assert.equal(scalarTag(undefined), Tag.UNDEFINED);
  assert.equal(scalarTag(null), Tag.NULL);
  assert.equal(scalarTag(true), Tag.TRUE);
  assert.equal(scalarTag(false), Tag.FALSE);
  assert.equal(scalarTag(42), Tag.INT);
  assert.equal(scalarTag(-2147483648), Tag.INT);
  assert.equal(scalarTag(2147483648), Tag.DOUBLE);
  assert.equal(scalarTag(0.5), Tag.DOUBLE);
  assert.equal(scalarTag(-0), Tag.DOUBLE);
  assert.equal(scalarTag(NaN), Tag.DOUBLE);
  assert.equal(scalarTag("x"), Tag.STRING);
  assert.equal(scalarTag(10n), Tag.BIGINT);
  assert.equal(scalarTag(Symbol.iterator), Tag.SYMBOL);
  assert.equal(scalarTag({}), undefined);
  assert.equal(scalarTag(() => 1), undefined);
});

test("arrays, plain objects, bytes and Python proxies travel as data; other objects do not", () => {
  assert.equal(shapeOf([1]), Shape.ARRAY);
  assert.equal(shapeOf({ a: 1 }), Shape.PLAIN);
  assert.equal(shapeOf(Object.create(null)), Shape.PLAIN);
  assert.equal(shapeOf(new ArrayBuffer(2)), Shape.BYTES);
  assert.equal(shapeOf(new Float32Array(2)), Shape.BYTES);
  assert.equal(shapeOf(new DataView(new ArrayBuffer(2))), Shape.BYTES);
  class PyProxy {}
  assert.equal(shapeOf(new PyProxy()), Shape.PYTHON);
  assert.equal(shapeOf({ __proto__: { toJs() {} } }), Shape.PYTHON);
  assert.equal(shapeOf(new Map()), null);
  assert.equal(shapeOf(() => 1), null);
});

test("bytes keep their type; subclasses go as their standard type, unknown views as plain buffers", () => {
  assert.equal(bytesType(new ArrayBuffer(1)), 0);
  const buffer = new ArrayBuffer(8);
  for (const View of [Uint8Array, Int16Array, Float64Array, BigInt64Array, DataView, Uint8ClampedArray]) {
    const back = bytesAs(bytesType(new View(buffer)), buffer);
    assert.equal(back.constructor, View);
  }
  class Bytes extends Uint8Array {}
  assert.equal(bytesAs(bytesType(new Bytes(2)), buffer).constructor, Uint8Array);
  assert.equal(bytesAs(0, buffer), buffer);
});

test("only well-known symbols have names", () => {
  assert.equal(wellKnownName(Symbol.asyncIterator), "asyncIterator");
  assert.equal(wellKnownName(Symbol("Symbol.iterator")), "");
  assert.equal(wellKnownName(Symbol()), "");
  assert.equal(wellKnown("iterator"), Symbol.iterator);
  assert.equal(wellKnown(""), undefined);
});

test("objects are described by their class", () => {
  assert.equal(describe(new Map()), "Map");
  assert.equal(describe(Object.create(null)), "object");
  assert.equal(toStringTag(new Map()), "Map");
  assert.equal(toStringTag(globalThis), "global");
});

test("Python objects convert with toJs (dicts as objects), or with the registered converter", () => {
  const pyodideLike = { toJs: (options) => options.dict_converter([["a", 1]]) };
  assert.deepEqual(pythonToData(pyodideLike, { fn: null }), { a: 1 });
  class PyProxy {}
  const micro = new PyProxy();
  assert.equal(pythonToData(micro, { fn: null }), null);
  assert.deepEqual(pythonToData(micro, { fn: () => [1, 2] }), [1, 2]);
  assert.equal(pythonToData({ toJs() { throw new Error("no"); } }, { fn: null }), null);
});
