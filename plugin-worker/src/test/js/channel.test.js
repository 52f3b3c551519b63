import "./kernel.js";
import { test } from "node:test";
import assert from "node:assert/strict";
import { Worker } from "node:worker_threads";
import { PageObjects } from "../../main/js/page-objects.js";
import { PageServer } from "../../main/js/page-server.js";
import { Wire } from "../../main/js/wire.js";

test("a worker thread blocks on the shared buffer while the page serves its requests", async () => {
  const shared = Wire.shared();
  const sync = { add: (a, b) => a + b, later: async (text) => `${text}!` };
  const server = new PageServer(shared, new PageObjects(() => {}, () => {}, { fn: null }), sync);
  globalThis.pyloomCounter = { n: -1 };
  server.start();
  const worker = new Worker(new URL("./threads/worker-thread.js", import.meta.url), { workerData: shared.buffer });
  try {
    const seen = await new Promise((resolve, reject) => {
      worker.once("message", resolve);
      worker.once("error", reject);
    });
    assert.equal(seen.n, 199);
    assert.equal(globalThis.pyloomCounter.n, 199);
    assert.equal(seen.sum, 5);
    assert.equal(seen.later, "x!");
    assert.match(seen.missing, /sync\.missing is not a function of the page/);
    assert.match(seen.refused, /^TypeError: A Map cannot be sent from a worker to the page/);
  } finally {
    server.stop();
    await worker.terminate();
    delete globalThis.pyloomCounter;
  }
});
