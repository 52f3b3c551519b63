// A worker imports the runtime without V8's compile hint, checked against its integrity.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { createServer } from "node:http";
import { resolveObjectURL } from "node:buffer";
import { COMPILE_HINT, importWithoutHint, sha384Integrity, withoutCompileHint } from "../../main/js/runtime-import.js";

const RUNTIME = COMPILE_HINT + "export const start = () => 'started';\n";
const INTEGRITY = "sha384-" + createHash("sha384").update(RUNTIME).digest("base64");
let server;
let base;

before(async () => {
  server = createServer((request, response) => {
    if (request.url === "/core-k-runtime.js") {
      response.writeHead(200, { "content-type": "text/javascript" }).end(RUNTIME);
    } else {
      response.writeHead(404).end("no");
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${server.address().port}/`;
});

after(() => server.close());

test("the integrity is SRI's sha384, and only the opening hint line is taken out", async () => {
  assert.equal(await sha384Integrity(new TextEncoder().encode(RUNTIME)), INTEGRITY);
  assert.equal(withoutCompileHint(RUNTIME), "export const start = () => 'started';\n");
  assert.equal(withoutCompileHint("let x;\n" + COMPILE_HINT), "let x;\n" + COMPILE_HINT, "only at the top");
});

test("the worker imports the runtime's own bytes, less the hint, from a blob: URL", async () => {
  const imported = [];
  const module = await importWithoutHint(base + "core-k-runtime.js", INTEGRITY, async (href) => {
    imported.push([href.slice(0, 5), await resolveObjectURL(href).text()]);
    return { start: () => "started" };
  });
  assert.equal(module.start(), "started");
  assert.deepEqual(imported, [["blob:", "export const start = () => 'started';\n"]]);
});

test("bytes that do not match the integrity are refused, naming the module", async () => {
  const imported = [];
  await assert.rejects(importWithoutHint(base + "core-k-runtime.js", "sha384-AAAA", async (href) => imported.push(href)),
    { message: `the kernel module ${base}core-k-runtime.js is not the one this core.js was composed with (integrity sha384-AAAA)` });
  assert.deepEqual(imported, [], "nothing imported");
});

test("a runtime that cannot be fetched, or a blob: module refused, falls back to the plain import", async () => {
  const plain = [];
  const importPlain = async (href) => {
    if (href.startsWith("blob:")) {
      throw new TypeError("refused by the content security policy");
    }
    plain.push(href);
    return { plain: true };
  };
  assert.deepEqual(await importWithoutHint(base + "gone.js", null, importPlain), { plain: true });
  assert.deepEqual(await importWithoutHint(base + "core-k-runtime.js", INTEGRITY, importPlain), { plain: true });
  assert.deepEqual(plain, [base + "gone.js", base + "core-k-runtime.js"]);
});
