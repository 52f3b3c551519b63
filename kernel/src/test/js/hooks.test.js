// core.js's hooks export: typed sets, the sync and Async variants, and worker hooks sent as text.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createHooks, forPage, forWorker, workerData, variant } from "../../main/js/hooks.js";

test("the sets have PyScript's names; main alone has onWorker", () => {
  const hooks = createHooks();
  assert.deepEqual(Object.keys(hooks.main).sort(), ["codeAfterRun", "codeAfterRunAsync", "codeBeforeRun",
    "codeBeforeRunAsync", "onAfterRun", "onAfterRunAsync", "onBeforeRun", "onBeforeRunAsync", "onReady", "onWorker"]);
  assert.ok(!("onWorker" in hooks.worker));
  assert.throws(() => { hooks.main.extra = new Set(); }, TypeError);
});

test("a set refuses a value of the wrong kind, naming the hook", () => {
  const hooks = createHooks();
  assert.throws(() => hooks.main.onReady.add("print(1)"), /main\.onReady takes a function, not string/);
  assert.throws(() => hooks.worker.codeBeforeRun.add(() => {}), /worker\.codeBeforeRun takes a string, not function/);
  hooks.main.codeBeforeRun.add("print(1)");
  assert.equal(hooks.main.codeBeforeRun.size, 1);
});

test("a sync script gets the plain hooks, any other the Async ones; onReady is the same for both", () => {
  assert.equal(variant("onBeforeRun", true), "onBeforeRun");
  assert.equal(variant("onBeforeRun", false), "onBeforeRunAsync");
  assert.equal(variant("codeAfterRun", false), "codeAfterRunAsync");
  assert.equal(variant("onReady", false), "onReady");
});

test("the page's functions run in the order added, with (wrap, element); no functions answers null", async () => {
  const hooks = createHooks();
  const calls = [];
  hooks.main.onBeforeRunAsync.add(async (wrap, element) => {
    await null;
    calls.push(["first", wrap.type, element]);
  });
  hooks.main.onBeforeRunAsync.add((wrap, element) => calls.push(["second", wrap.type, element]));
  const page = forPage(hooks);
  assert.equal(page.call("onBeforeRun", true, { type: "mpy" }, "tag"), null);
  await page.call("onBeforeRun", false, { type: "mpy" }, "tag");
  assert.deepEqual(calls, [["first", "mpy", "tag"], ["second", "mpy", "tag"]]);
});

test("a failing hook rejects, so the kernel can report it", async () => {
  const hooks = createHooks();
  hooks.main.onReady.add(() => {
    throw new Error("no element");
  });
  await assert.rejects(forPage(hooks).call("onReady", false, {}, null), /no element/);
});

test("code hooks give their strings in order", () => {
  const hooks = createHooks();
  hooks.main.codeBeforeRun.add("  print(1)");
  hooks.main.codeBeforeRun.add("print(2)");
  assert.deepEqual(forPage(hooks).code("codeBeforeRun", true), ["  print(1)", "print(2)"]);
  assert.deepEqual(forPage(hooks).code("codeBeforeRun", false), []);
  assert.deepEqual(forPage(null).code("codeBeforeRun", false), []);
});

test("worker hooks travel as text, arrow functions and methods alike, and run again there", async () => {
  const hooks = createHooks();
  const seen = [];
  globalThis.hooksTestSeen = seen;
  hooks.worker.onReady.add((wrap) => globalThis.hooksTestSeen.push(`arrow ${wrap.type}`));
  hooks.worker.onReady.add({ onReady(wrap) { globalThis.hooksTestSeen.push(`method ${wrap.type}`); } }.onReady);
  hooks.worker.onBeforeRun.add(async function named() { globalThis.hooksTestSeen.push("named"); });
  hooks.worker.codeAfterRun.add("print('after')");
  const worker = forWorker(workerData(hooks, true));
  assert.equal(worker.sync, true);
  await worker.call("onReady", true, { type: "py" }, null);
  await worker.call("onBeforeRun", true, { type: "py" }, null);
  assert.deepEqual(seen, ["arrow py", "method py", "named"]);
  assert.deepEqual(worker.code("codeAfterRun", true), ["print('after')"]);
  assert.equal(forWorker(null).call("onReady", false, {}, null), null);
  delete globalThis.hooksTestSeen;
});

test("a bound function cannot be sent to a worker, and the error says so", () => {
  const hooks = createHooks();
  hooks.worker.onReady.add(console.log.bind(console));
  assert.throws(() => workerData(hooks, false), /bound or native function cannot be sent to a worker/);
});
