// The MicroPython interpreter object on the real interpreter (its npm package, fetched by the
// build into target/test-interpreters), in Node: files, archives, sys.path, running code, modules.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import * as micropython from "../../main/js/interpreters/micropython.js";
import { adopt, proxiesOf } from "../../main/js/interpreters/index.js";

const interpreters = fileURLToPath(new URL("../../../target/test-interpreters/micropython/", import.meta.url));
const version = readdirSync(interpreters)[0];
const module = await import(join(interpreters, version, "micropython.mjs"));

const printed = [];
const fresh = async () => adopt("mpy", await module.loadMicroPython({ linebuffer: true, stdout: (line) => printed.push(line) }));

const zipOf = (files) => {
  const out = join(mkdtempSync(join(tmpdir(), "pyloom-mpy-")), "a.zip");
  execFileSync("python3", ["-c", `
import json, sys, zipfile
with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
    for path, text in json.loads(sys.argv[2]).items():
        z.writestr(path, text)
`, out, JSON.stringify(files)]);
  return new Uint8Array(readFileSync(out)).buffer;
};

test("the boot's start gives an interpreter the kernel can adopt", async () => {
  const engine = await micropython.start(module);
  assert.equal(typeof engine.runPython, "function");
  assert.ok(adopt("mpy", engine) instanceof micropython.MicroPython);
});

test("the site's files, first on sys.path, are what Python imports", async () => {
  const python = await fresh();
  python.writeTexts("/pyloom/site", { "pkg/__init__.py": "NAME = 'site'\n", "pkg/deep/mod.py": "X = 42\n" });
  assert.deepEqual(python.putFirstOnPath("/pyloom/site"), { ok: true, value: undefined });
  const run = python.runSync("import sys, pkg\nfrom pkg.deep import mod\nprint(sys.path[0], pkg.NAME, mod.X)");
  assert.equal(run.ok, true, String(run.error));
  assert.equal(printed.at(-1), "/pyloom/site site 42");
});

test("a Python error comes back as an outcome, not a throw; async code is awaited", async () => {
  const python = await fresh();
  const failed = python.runSync("raise ValueError('no good')");
  assert.equal(failed.ok, false);
  assert.match(String(failed.error.message), /ValueError: no good/);
  await python.runAsync("import asyncio\nawait asyncio.sleep(0)\nprint('after await')");
  assert.equal(printed.at(-1), "after await");
  await assert.rejects(python.runAsync("1/0"), /ZeroDivisionError/);
});

test("files: text and bytes at relative paths, with their folders", async () => {
  const python = await fresh();
  python.writeText("notes/a.txt", "text é");
  python.writeBytes("./data/b.bin", new Uint8Array([1, 2, 255]).buffer);
  const run = python.runSync("print(open('notes/a.txt').read(), list(open('data/b.bin', 'rb').read()))");
  assert.equal(run.ok, true, String(run.error));
  assert.equal(printed.at(-1), "text é [1, 2, 255]");
});

test("a zip unpacks into its folder and imports from there", async () => {
  const python = await fresh();
  await python.unpack(zipOf({ "lib/__init__.py": "", "lib/tool.py": "def twice(x):\n    return 2 * x\n" }), "zip", "/vendor");
  const run = python.runSync("import sys\nsys.path.append('/vendor')\nfrom lib.tool import twice\nprint(twice(21))");
  assert.equal(run.ok, true, String(run.error));
  assert.equal(printed.at(-1), "42");
});

test("an archive entry that would leave its folder is refused", async () => {
  const python = await fresh();
  await assert.rejects(python.unpack(zipOf({ "../../escape.py": "x = 1" }), "zip", "/vendor"),
    /the entry \.\.\/\.\.\/escape\.py would be written outside \/vendor/);
});

test("a JS module registered for Python", async () => {
  const python = await fresh();
  python.registerModule("_probe", { answer: () => 42 });
  const run = python.runSync("import _probe\nprint(_probe.answer())");
  assert.equal(run.ok, true, String(run.error));
  assert.equal(printed.at(-1), "42");
});

test("MicroPython's own proxies are told from JavaScript values, by their class", async () => {
  const python = await fresh();
  python.runSync("data = {'a': [1, 2]}\ndef f(x):\n    return x");
  const data = python.engine.globals.get("data");
  const f = python.engine.globals.get("f");
  assert.equal(proxiesOf(data), micropython.proxies);
  assert.equal(proxiesOf(f), null, "MicroPython's functions are plain JavaScript functions");
  assert.equal(micropython.proxies.keep(data), data, "kept as it is: it lives while the page holds it");
  assert.equal(micropython.proxies.toData(data, { fn: null }), null, "without pyscript's to_js, no data");
  assert.deepEqual(micropython.proxies.toData(data, { fn: () => ({ a: [1, 2] }) }), { a: [1, 2] });
  for (const value of [{}, [], () => 1, null, 3, "s", new Map()]) {
    assert.equal(proxiesOf(value), null, String(value));
  }
});
