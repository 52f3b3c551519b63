import { test } from "node:test";
import assert from "node:assert/strict";
import { attachApi, MPWorker, PyWorker } from "../../main/js/api.js";

test("PyWorker waits for the kernel, then gives the worker once its code has run", async () => {
  const boot = {};
  attachApi(boot);
  const calls = [];
  let ran;
  const handle = { ready: new Promise((resolve) => { ran = resolve; }) };
  const pending = PyWorker("./w.py", { config: { sync_main_only: true }, name: "w" });
  let settled = false;
  pending.then(() => { settled = true; });
  await new Promise((resolve) => setTimeout(resolve, 10));
  assert.equal(settled, false, "no kernel yet");
  boot.api.start_worker = (...args) => {
    calls.push(args);
    return handle;
  };
  await new Promise((resolve) => setTimeout(resolve, 10));
  assert.deepEqual(calls, [["./w.py", "py", "{\"sync_main_only\":true}", "w"]]);
  assert.equal(settled, false, "the worker's code has not run yet");
  ran({});
  assert.equal(await pending, handle);
});

test("MPWorker without the worker plugin is refused with the plugin's name", async () => {
  const boot = {};
  attachApi(boot);
  boot.api.start_worker = () => null;
  await assert.rejects(MPWorker("./w.py"), /MPWorker\(\) needs the worker plugin/);
});

test("a call's worker starts at the call, and is released once the kernel has answered", async () => {
  const boot = {};
  const events = [];
  attachApi(boot);
  boot.startCallWorker = (...args) => {
    events.push(["start", ...args]);
    return "early";
  };
  boot.releaseCallWorker = (early) => events.push(["release", early]);
  const handle = { ready: Promise.resolve() };
  boot.api.start_worker = (...args) => {
    events.push(["kernel", ...args]);
    return handle;
  };
  assert.equal(await MPWorker("./w.py", { config: "{}" }), handle);
  assert.deepEqual(events, [["start", "mpy", null, "{}", "./w.py"], ["kernel", "./w.py", "mpy", "{}", null],
    ["release", "early"]]);
  events.length = 0;
  boot.api.start_worker = () => null;
  await assert.rejects(PyWorker("./w.py"), /PyWorker\(\) needs the worker plugin/);
  assert.deepEqual(events.map((e) => e[0]), ["start", "release"], "released when the kernel has no worker plugin");
});
