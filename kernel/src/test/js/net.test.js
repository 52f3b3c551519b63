// What the kernel fetches, from a real HTTP server on loopback.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { fetchFiles, fetchSource, importJsModules, newState } from "../../main/js/net.js";

let server;
let base;

before(async () => {
  server = createServer((request, response) => {
    const bodies = {
      "/main.py": [200, Buffer.from("print('é')\n")],
      "/latin1.py": [200, Buffer.from([0x70, 0xe9, 0x0a])],
      "/data.bin": [200, Buffer.from([0, 1, 2])],
    };
    const [status, body] = bodies[request.url] ?? [404, Buffer.from("no")];
    response.writeHead(status).end(body);
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${server.address().port}/`;
});

after(() => server.close());

test("Python source arrives as text", async () => {
  assert.equal(await fetchSource(base + "main.py"), "print('é')\n");
});

test("a missing source names its URL and status", async () => {
  await assert.rejects(fetchSource(base + "gone.py"), { message: `Failed to fetch ${base}gone.py: HTTP 404` });
});

test("a source that is not UTF-8 is refused rather than run as garbage", async () => {
  await assert.rejects(fetchSource(base + "latin1.py"),
    { message: `The source ${base}latin1.py is not UTF-8 text: save it as UTF-8.` });
});

test("an unreachable server is named too", async () => {
  await assert.rejects(fetchSource("http://127.0.0.1:1/x.py"), /^Error: Failed to fetch http:\/\/127\.0\.0\.1:1\/x\.py: /);
});

test("files come in parallel, relative to the config, and the first failure names its URL", async () => {
  const [bytes] = await fetchFiles(["./data.bin"], base + "pyscript.json");
  assert.deepEqual([...new Uint8Array(bytes)], [0, 1, 2]);
  await assert.rejects(fetchFiles(["data.bin", "nope.txt"], base), { message: `Failed to fetch ${base}nope.txt (files): HTTP 404` });
});

test("js_modules.main are imported under their names; a bad one is named", async () => {
  const url = "data:text/javascript,export const answer = 42;";
  const modules = await importJsModules({ js_modules: { main: { [url]: "probe" } } }, base);
  assert.equal(modules.probe.answer, 42);
  assert.deepEqual(await importJsModules({}, base), {});
  await assert.rejects(importJsModules({ js_modules: { main: { "data:text/javascript,syntax error(": "bad" } } }, base),
    /^Error: Failed to import the JavaScript module data:text\/javascript,syntax error\( of js_modules\.main: /);
});

test("the _pyloom state starts with no running script", () => {
  const state = newState('{"type":"mpy"}', {}, true, "http://x/core-k-lazy/");
  assert.deepEqual({ ...state, import_all: typeof state.import_all, fetch_text_sync: typeof state.fetch_text_sync },
    { target: null, script: null, config: '{"type":"mpy"}', js_modules: {}, worker: true,
      lazy_folder: "http://x/core-k-lazy/", install: undefined, engine: undefined, import_all: "function", fetch_text_sync: "function" });
});

test("a worker imports the config's worker modules beside its main ones; the page only the main ones", async () => {
  const config = { js_modules: {
    main: { "data:text/javascript,export const who = 'main'": "shared" },
    worker: { "data:text/javascript,export const who = 'worker'": "own" },
  } };
  const inWorker = await importJsModules(config, "http://x/", true);
  assert.deepEqual(Object.keys(inWorker).sort(), ["own", "shared"]);
  assert.equal(inWorker.own.who, "worker");
  assert.deepEqual(Object.keys(await importJsModules(config, "http://x/")), ["shared"]);
});

test("a source the boot began to fetch is taken from there, once", async () => {
  const url = base + "main.py";
  const early = { [url]: fetch(url) };
  assert.equal(await fetchSource(url, early), "print('é')\n");
  assert.deepEqual(early, {}, "taken");
  const failing = { [base + "x.py"]: Promise.reject(new TypeError("network down")) };
  await assert.rejects(fetchSource(base + "x.py", failing), { message: `Failed to fetch ${base}x.py: network down` });
});
