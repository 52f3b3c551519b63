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
