import { test } from "node:test";
import assert from "node:assert/strict";
import { sameOrigin, threadName } from "../../main/js/worker-thread.js";

test("core.js of the page's origin starts the worker itself", () => {
  globalThis.location = { origin: "http://page.example" };
  assert.equal(sameOrigin("http://page.example/pyloom/core.js"), "http://page.example/pyloom/core.js");
});

test("core.js of another origin is imported by a module of the page's own", async () => {
  globalThis.location = { origin: "http://page.example" };
  const url = sameOrigin("http://python.example/pyloom/core-abc.js");
  assert.match(url, /^blob:/);
  const { resolveObjectURL } = await import("node:buffer");
  assert.equal(await resolveObjectURL(url).text(), 'import "http://python.example/pyloom/core-abc.js";\n');
});

test("a worker thread is named as its script, else by its type", () => {
  assert.equal(threadName("mpy", "counter"), "counter");
  assert.equal(threadName("py", null), "pyloom-py");
  assert.equal(threadName("mpy", ""), "pyloom-mpy");
});
