import "./kernel.js";
import { test } from "node:test";
import assert from "node:assert/strict";
import { Codec } from "../../main/js/codec.js";
import { Wire } from "../../main/js/wire.js";
import { WireError } from "../../main/js/wire-error.js";
import { PageObjects } from "../../main/js/page-objects.js";
import { PageProxies } from "../../main/js/page-proxies.js";
import { Probe, Tag } from "../../main/js/wire-tags.js";

// The two ends in one thread: what the page writes, the worker reads, and back.
const ends = () => {
  const calls = [];
  const objects = new PageObjects((id, args) => calls.push([id, args]), () => {}, { fn: null });
  const proxies = new PageProxies(() => undefined, { fn: null });
  return { calls, objects, proxies, page: new Codec(objects), worker: new Codec(proxies) };
};

const across = (from, to, value, asData = true) => {
  const wire = Wire.local();
  from.write(wire, value, asData);
  return to.read(Wire.reading(wire.payload()));
};

test("data comes back equal, with its types", () => {
  const { page, worker } = ends();
  const data = { n: 1, d: -0, big: 2n ** 70n, s: "x", no: null, u: undefined, t: true, f: false, list: [1, [2]],
    it: Symbol.iterator, bytes: new Int16Array([-1, 7]), raw: new Uint8Array([1]).buffer };
  const back = across(worker, page, data);
  assert.deepEqual(back, data);
  assert.ok(Object.is(back.d, -0));
});

test("the first byte of each value is its tag", () => {
  const { worker } = ends();
  const tagOf = (value) => {
    const wire = Wire.local();
    worker.write(wire, value, true);
    return Wire.reading(wire.payload()).byteAt();
  };
  assert.equal(tagOf(true), Tag.TRUE);
  assert.equal(tagOf(3), Tag.INT);
  assert.equal(tagOf([1]), Tag.ARRAY);
  assert.equal(tagOf({}), Tag.OBJECT);
  assert.equal(tagOf(new ArrayBuffer(1)), Tag.BYTES);
});

test("page objects reach the worker as proxies that tell their kind without asking", () => {
  const { objects, page, worker, proxies } = ends();
  const list = [1, 2];
  const proxy = across(page, worker, list, false);
  assert.ok(proxies.isRef(proxy));
  assert.ok(Array.isArray(proxy));
  assert.equal("length" in proxy, true);
  assert.equal(Object.prototype.toString.call(proxy), "[object Array]");
  assert.equal(typeof across(page, worker, () => 1, false), "function");
  // The same object is the same proxy, and goes back as the object itself.
  assert.equal(across(page, worker, list, false), proxy);
  assert.equal(across(worker, page, proxy), list);
  assert.equal(objects.size(), 3); // the page's global, the list, the function
});

test("worker functions reach the page as stubs that post their calls, one stub per function", () => {
  const { calls, page, worker } = ends();
  const listener = () => {};
  const stub = across(worker, page, listener);
  assert.equal(across(worker, page, listener), stub);
  stub("a", 2);
  assert.deepEqual(calls, [[1, ["a", 2]]]);
  assert.equal(across(page, worker, stub, false), listener);
});

test("what cannot travel says so", () => {
  const { worker } = ends();
  assert.throws(() => across(worker, worker, new Map()), (error) => error instanceof WireError
    && /A Map cannot be sent from a worker to the page/.test(error.message));
  class PyProxy {}
  assert.throws(() => across(worker, worker, new PyProxy()), /This Python object cannot be sent/);
});

test("Python containers travel as their data", () => {
  const { page, worker } = ends();
  class PyProxyDict {
    toJs({ dict_converter: toObject }) {
      return toObject([["k", [1, 2]]]);
    }
  }
  const dict = new PyProxyDict();
  assert.deepEqual(across(worker, page, dict), { k: [1, 2] });
});

test("an error written by one side is thrown by the other, with its name", () => {
  const { page, worker } = ends();
  const wire = Wire.local();
  page.writeError(wire, new RangeError("too far"));
  assert.throws(() => worker.read(Wire.reading(wire.payload())), { name: "RangeError", message: "too far" });
  const thrown = Wire.local();
  page.writeError(thrown, "plain");
  assert.throws(() => worker.read(Wire.reading(thrown.payload())), { name: "Error", message: "plain" });
});

test("an unknown tag is a broken message", () => {
  const { worker } = ends();
  const wire = Wire.local();
  wire.putByte(99);
  assert.throws(() => worker.read(Wire.reading(wire.payload())), /Unknown value tag 99/);
});

test("the page computes the probe flags once per object", () => {
  const { page } = ends();
  const wire = Wire.local();
  page.write(wire, new Map(), false);
  const back = Wire.reading(wire.payload());
  assert.equal(back.byteAt(), Tag.PAGE_REF);
  back.intAt();
  const flags = back.intAt();
  assert.equal(flags, Probe.ITERATOR | Probe.SIZE | Probe.GET | Probe.SET | Probe.HAS);
  assert.equal(back.stringAt(), "Map");
});
