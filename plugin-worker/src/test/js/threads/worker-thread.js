// The worker's end in a Node worker thread, for channel.test.js: asks the page (the test's main
// thread) and posts back what it got. Does nothing on a main thread, where the test runner may load it.
import "../kernel.js";
import { isMainThread, parentPort, workerData } from "node:worker_threads";
import { WorkerChannel } from "../../../main/js/worker-channel.js";

if (!isMainThread) {
  const channel = new WorkerChannel(workerData, { fn: null });
  const window = channel.proxies.window();
  const seen = {};
  for (let i = 0; i < 200; i++) {
    window.pyloomCounter.n = i;
  }
  seen.n = window.pyloomCounter.n;
  seen.sum = channel.sync("add", [2, 3]);
  seen.later = channel.sync("later", ["x"]);
  try {
    channel.sync("missing", []);
  } catch (error) {
    seen.missing = error.message;
  }
  try {
    window.pyloomCounter.n = new Map();
  } catch (error) {
    seen.refused = `${error.name}: ${error.message}`;
  }
  parentPort.postMessage(seen);
}
