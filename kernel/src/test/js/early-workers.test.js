// A worker tag's Worker, started with the boot and taken by the worker plugin for that tag.
import { test } from "node:test";
import assert from "node:assert/strict";
import { earlyWorkers } from "../../main/js/early-workers.js";

const CORE = "http://page.example/pyloom/core.js";

class FakeWorker {
  constructor(url, type, name) {
    Object.assign(this, { url, type, name, posted: [], listeners: {}, terminated: false });
  }
  addEventListener(kind, listener) {
    this.listeners[kind] = listener;
  }
  postMessage(message) {
    this.posted.push(message);
  }
  terminate() {
    this.terminated = true;
  }
}

const tag = (attributes) => ({ getAttribute: (name) => attributes[name] ?? null });
const page = (tagsByType) => ({
  querySelectorAll: (selector) => tagsByType[/type=(\w+)/.exec(selector)[1]] || [],
});

const started = [];
const newThread = (url, type, name) => {
  const worker = new FakeWorker(url, type, name);
  started.push(worker);
  return worker;
};

test("each worker tag gets its worker at once, told its interpreter only by its own config", () => {
  started.length = 0;
  const withConfig = tag({ config: '{"interpreter": "1.27.0"}' });
  const plain = tag({ name: "calc" });
  const workers = earlyWorkers(CORE, ["py", "mpy"], newThread);
  assert.equal(workers.start(page({ mpy: [withConfig], py: [plain] }), "http://page.example/app/"), 2);
  assert.deepEqual(started.map((w) => [w.type, w.name]), [["py", "calc"], ["mpy", null]]);
  assert.deepEqual(started[1].posted, [{ pyloom: 1, t: "warm", type: "mpy", config: '{"interpreter": "1.27.0"}',
    base: "http://page.example/app/" }]);
  assert.deepEqual(started[0].posted, [{ pyloom: 1, t: "warm", type: "py", config: null, base: "http://page.example/app/" }],
    "no config of its own: no guess");
});

test("the plugin takes a tag's worker once; another script, name or core.js gets a new one", () => {
  started.length = 0;
  const mine = tag({ name: "calc" });
  const workers = earlyWorkers(CORE, ["mpy"], newThread);
  workers.start(page({ mpy: [mine] }), "b");
  const early = started[0];
  assert.notEqual(workers.take(CORE, "mpy", "other", mine), early, "another name");
  assert.notEqual(workers.take("http://other.example/core.js", "mpy", "calc", mine), early, "another core.js");
  assert.notEqual(workers.take(CORE, "mpy", "calc", null), early, "PyWorker has no tag");
  assert.equal(workers.take(CORE, "mpy", "calc", mine), early);
  assert.notEqual(workers.take(CORE, "mpy", "calc", mine), early, "taken once");
});

test("a worker that failed to start is not taken, and untaken ones are stopped", () => {
  started.length = 0;
  const failing = tag({});
  const left = tag({});
  const workers = earlyWorkers(CORE, ["py"], newThread);
  workers.start(page({ py: [failing, left] }), "b");
  started[0].listeners.error();
  assert.notEqual(workers.take(CORE, "py", null, failing), started[0]);
  workers.stopUntaken();
  assert.equal(started[1].terminated, true);
  assert.notEqual(workers.take(CORE, "py", null, left), started[1], "stopped: not handed out");
});

test("a PyWorker call's worker starts at the call, warmed even for the default interpreter", () => {
  started.length = 0;
  const workers = earlyWorkers(CORE, ["py", "mpy"], newThread);
  const named = workers.startForCall("mpy", "calc", '{"interpreter": "1.27.0"}', "http://page.example/app/");
  const plain = workers.startForCall("py", null, null, "http://page.example/app/");
  assert.deepEqual(started.map((w) => [w.type, w.name]), [["mpy", "calc"], ["py", null]]);
  assert.deepEqual(named.worker.posted, [{ pyloom: 1, t: "warm", type: "mpy", config: '{"interpreter": "1.27.0"}',
    base: "http://page.example/app/" }]);
  assert.deepEqual(plain.worker.posted, [{ pyloom: 1, t: "warm", type: "py", config: "", base: "http://page.example/app/" }]);
});

test("the plugin takes calls' workers in call order, by type and name; a tag never gets one", () => {
  started.length = 0;
  const workers = earlyWorkers(CORE, ["mpy"], newThread);
  const first = workers.startForCall("mpy", null, null, "b");
  const second = workers.startForCall("mpy", null, null, "b");
  const calc = workers.startForCall("mpy", "calc", null, "b");
  assert.notEqual(workers.take(CORE, "mpy", null, tag({})), first.worker, "a tag's script");
  assert.notEqual(workers.take(CORE, "py", null, null), first.worker, "another type");
  assert.equal(workers.take(CORE, "mpy", "calc", null), calc.worker);
  assert.equal(workers.take(CORE, "mpy", null, null), first.worker);
  assert.equal(workers.take(CORE, "mpy", null, null), second.worker);
  assert.ok(!started.slice(0, 3).some((w) => w.terminated));
});

test("a call's worker the kernel did not take is stopped when the call is answered; a taken one is not", () => {
  started.length = 0;
  const workers = earlyWorkers(CORE, ["mpy"], newThread);
  const untaken = workers.startForCall("mpy", null, null, "b");
  workers.release(untaken);
  assert.equal(untaken.worker.terminated, true);
  assert.notEqual(workers.take(CORE, "mpy", null, null), untaken.worker, "released: not handed out");
  const taken = workers.startForCall("mpy", null, null, "b");
  assert.equal(workers.take(CORE, "mpy", null, null), taken.worker);
  workers.release(taken);
  assert.equal(taken.worker.terminated, false);
});

test("a call's worker that failed to start is not taken", () => {
  started.length = 0;
  const workers = earlyWorkers(CORE, ["mpy"], newThread);
  const failing = workers.startForCall("mpy", null, null, "b");
  failing.worker.listeners.error();
  assert.notEqual(workers.take(CORE, "mpy", null, null), failing.worker);
});

test("a worker's script is named to it at once, so that it fetches it beside its kernel", () => {
  started.length = 0;
  const workers = earlyWorkers(CORE, ["mpy"], newThread);
  workers.start(page({ mpy: [tag({ src: "./calc.py" })] }), "http://page.example/app/");
  assert.deepEqual(started[0].posted, [{ pyloom: 1, t: "warm", type: "mpy", config: null,
    base: "http://page.example/app/", src: "http://page.example/app/calc.py" }], "no config: its script only");
  const call = workers.startForCall("mpy", null, null, "http://page.example/app/", "http://page.example/app/w.py");
  assert.equal(call.worker.posted[0].src, "http://page.example/app/w.py");
});
