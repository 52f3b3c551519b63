// Which snapshot a Pyodide module may start from, and the snapshot fitted to the engine.
import { test } from "node:test";
import assert from "node:assert/strict";
import { buildIdIn, fitTrampoline, forBuild, sha256Hex, stdlibMismatch, wasmTrampolineHere } from "../../main/js/snapshot.js";

const A = "a".repeat(64);
const B = "b".repeat(64);
const snapshots = [{ module: "interpreters/pyodide/1/pyodide.mjs", file: "s.bin", build: A, stdlib: B }];

test("the build id is read from the module's own settings, and only a full id counts", () => {
  assert.equal(buildIdIn(`let n={args:[],BUILD_ID:"${A}"},i=Object.assign(n,e)`), A);
  assert.equal(buildIdIn(`BUILD_ID: '${B}'`), B);
  assert.equal(buildIdIn(`BUILD_ID:"abc"`), null);
  assert.equal(buildIdIn("export const version = 1;"), null);
});

test("a build is matched by its id, and a miss says which build it is and which ones are here", () => {
  assert.equal(forBuild(snapshots, A, "u").snapshot, snapshots[0]);
  assert.equal(forBuild(snapshots, B, "https://cdn/p.mjs").reason,
    "https://cdn/p.mjs is Pyodide build bbbbbbbbbbbb; this server has snapshots of aaaaaaaaaaaa");
  assert.equal(forBuild(snapshots, null, "https://cdn/p.mjs").reason, "https://cdn/p.mjs states no Pyodide build id");
  assert.match(forBuild([], A, "u").reason, /snapshots of none$/);
});

test("the standard library must be the snapshot's, byte for byte", async () => {
  const zip = new TextEncoder().encode("abc");
  const hash = await sha256Hex(zip);
  assert.equal(hash, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  assert.equal(stdlibMismatch({ build: A, stdlib: hash }, hash, "z"), null);
  assert.equal(stdlibMismatch(snapshots[0], hash, "https://cdn/python_stdlib.zip"),
    "https://cdn/python_stdlib.zip is not the standard library of build aaaaaaaaaaaa (SHA-256 ba7816bf8f01, the snapshot's bbbbbbbbbbbb)");
});

const snapshotBytes = (memoryStart, size) => {
  const bytes = new Uint8Array(memoryStart + size);
  new DataView(bytes.buffer).setUint32(4, memoryStart, true);
  return bytes;
};

test("a WebAssembly trampoline the engine cannot run is replaced by JavaScript's in the snapshot's memory", () => {
  const bytes = snapshotBytes(64, 32);
  const view = new DataView(bytes.buffer);
  view.setInt32(64 + 8, 17, true);
  assert.match(fitTrampoline(bytes, { address: 8, value: 17 }, false), /cannot run the WebAssembly trampoline/);
  assert.equal(view.getInt32(64 + 8, true), 0);
  view.setInt32(64 + 8, 17, true);
  assert.equal(fitTrampoline(bytes, { address: 8, value: 17 }, true), null);
  assert.equal(fitTrampoline(bytes, { address: 8, value: 0 }, false), null);
  assert.equal(view.getInt32(64 + 8, true), 17, "left alone where it runs");
});

test("an engine runs the WebAssembly trampoline only where it compiles it, and never on iOS", () => {
  const valid = Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]).toString("base64"); // an empty module
  const invalid = Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, 1, 3, 1, 0x7a, 0]).toString("base64");
  const desktop = { userAgent: "Mozilla/5.0 (X11; Linux x86_64)", platform: "Linux x86_64", maxTouchPoints: 0 };
  assert.equal(wasmTrampolineHere(valid, desktop), true);
  assert.equal(wasmTrampolineHere(invalid, desktop), false);
  assert.equal(wasmTrampolineHere(undefined, desktop), false);
  assert.equal(wasmTrampolineHere(valid, { userAgent: "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0)" }), false);
  assert.equal(wasmTrampolineHere(valid, { userAgent: "Safari", platform: "MacIntel", maxTouchPoints: 5 }), false);
});
