import "./kernel.js";
import { test } from "node:test";
import assert from "node:assert/strict";
import { Codec } from "../../main/js/codec.js";
import { Wire } from "../../main/js/wire.js";
import { PageObjects } from "../../main/js/page-objects.js";
import { PageProxies } from "../../main/js/page-proxies.js";
import { readRequest, writeRequest } from "../../main/js/requests.js";
import { perform } from "../../main/js/page-ops.js";
import { Op } from "../../main/js/wire-tags.js";

// A worker whose requests the page answers in the same thread, as the server would.
const connected = (sync = {}) => {
  const objects = new PageObjects(() => {}, () => {}, { fn: null });
  const page = new Codec(objects);
  const wire = Wire.shared();
  const ops = [];
  let worker = null;
  const proxies = new PageProxies((op, id, key, value, args) => {
    writeRequest(wire, worker, { op, id, key, value, args, released: proxies.takeReleased() });
    const request = readRequest(wire, page, objects);
    ops.push(request.op);
    const outcome = perform(request, sync);
    wire.rewind();
    if (outcome.ok) {
      page.write(wire, outcome.value, op === Op.SYNC);
    } else {
      page.writeError(wire, outcome.error);
    }
    return worker.read(wire.rewind());
  }, { fn: null });
  worker = new Codec(proxies);
  return { objects, proxies, ops, window: proxies.window() };
};

test("a worker reads, writes, calls and constructs page objects through its proxies", () => {
  const { window, ops } = connected();
  globalThis.pyloomBox = { n: 1, add: (a, b) => a + b, items: [3, 4], map: new Map([["k", 8]]) };
  try {
    const box = window.pyloomBox;
    assert.equal(box.n, 1);
    box.n = 5;
    assert.equal(globalThis.pyloomBox.n, 5);
    assert.equal(box.add(2, 3), 5);
    assert.equal("n" in box, true);
    assert.equal(delete box.n, true);
    assert.deepEqual(Object.keys(box).sort(), ["add", "items", "map"]);
    assert.equal(box.map.get("k"), 8); // a probed method: called without getting it first
    assert.equal(box.items.length, 2);
    assert.equal(new window.Date(0).getTime(), 0);
    assert.equal(window.Math.max.call(null, 1, 9), 9);
    assert.deepEqual([...new Set(ops)].sort(), [Op.GET, Op.SET, Op.HAS, Op.DELETE, Op.KEYS, Op.CALL, Op.CALL_METHOD,
      Op.NEW].sort());
  } finally {
    delete globalThis.pyloomBox;
  }
});

test("the page's errors are thrown in the worker", () => {
  const { window } = connected();
  assert.throws(() => window.JSON.parse("{"), { name: "SyntaxError" });
});

test("sync functions get and give data; a missing one says how to set it", () => {
  const sync = { pair: (a, b) => ({ a, b }) };
  const { proxies } = connected(sync);
  const call = (name, args) => proxies.remote(Op.SYNC, -1, name, null, args);
  assert.deepEqual(call("pair", [[1], { x: 2 }]), { a: [1], b: { x: 2 } });
  assert.throws(() => call("missing", []), /sync\.missing is not a function of the page/);
  assert.ok("pending" in perform({ op: Op.SYNC, key: "later", args: [] }, { later: async () => 1 }));
});

test("proxies the worker let go of are released on the page with its next request", () => {
  const { window, objects, proxies } = connected();
  const before = objects.size();
  assert.equal(typeof window.Object.keys, "function"); // window.Object and its keys are now held
  assert.equal(objects.size(), before + 2);
  const [, objectId] = [...objects.objects.keys()];
  proxies.released.push(objectId, 1);
  window.Math.abs(-1);
  assert.equal(objects.objects.has(objectId), false);
});
