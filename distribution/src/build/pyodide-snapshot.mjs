// Starts Pyodide once at build time and writes its memory, gzipped, as pyloom-snapshot.bin.gz
// beside it. A page that starts Pyodide from this snapshot skips Python's own start-up (seconds
// of CPU); core.js falls back to a plain start when the snapshot cannot be used.
//
// Beside it, pyloom-snapshot.json says what the snapshot was made from, so that core.js uses it
// only with that very build (also when a page loads that build from another origin):
//   build       Pyodide's build id, which Pyodide itself checks the snapshot's header against
//   stdlib      SHA-256 of python_stdlib.zip: Python's import caches in the snapshot point into it
//   trampoline  where Python's call trampoline is kept in memory, and the one chosen here: a
//               WebAssembly one (non-zero) on engines that can compile it, else 0 (JavaScript);
//               with a WebAssembly one, probe is that module, for core.js to try on its engine
//
// usage: node pyodide-snapshot.mjs DIR   (DIR holds pyodide.mjs and the files it loads)
import { createHash } from "node:crypto";
import { readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";

const dir = resolve(process.argv[2]);
const target = join(dir, "pyloom-snapshot.bin.gz");
const description = join(dir, "pyloom-snapshot.json");
const source = join(dir, "pyodide.asm.wasm");
try {
  if (Math.min(statSync(target).mtimeMs, statSync(description).mtimeMs) >= statSync(source).mtimeMs) {
    process.exit(0); // made from these very files already
  }
} catch {
  // not made yet
}
const write = (file, bytes) => {
  writeFileSync(file + ".tmp", bytes);
  renameSync(file + ".tmp", file);
};
const { loadPyodide, version } = await import(pathToFileURL(join(dir, "pyodide.mjs")).href);
const started = performance.now();
const pyodide = await loadPyodide({ _makeSnapshot: true });
const module = pyodide._module;
const trampolineAddress = module.__PyRuntime + module.HEAP32[module.__PyEM_EMSCRIPTEN_TRAMPOLINE_OFFSET / 4];
const trampoline = { address: trampolineAddress, value: module.HEAP32[trampolineAddress / 4] };
if (trampoline.value !== 0) {
  // core.js keeps it only on engines that can compile that trampoline: it needs the module to try.
  const hex = /getWasmTrampolineModule\(\)\{return new WebAssembly\.Module\(\w+\("([0-9a-f]+)"\)/
    .exec(readFileSync(join(dir, "pyodide.asm.mjs"), "utf8"))?.[1];
  if (hex) {
    trampoline.probe = Buffer.from(hex, "hex").toString("base64");
  } else {
    module.HEAP32[trampolineAddress / 4] = 0; // cannot tell where it runs: JavaScript's, which runs everywhere
    trampoline.value = 0;
  }
}
const memory = pyodide.makeMemorySnapshot();
const gzipped = gzipSync(memory, { level: 9 });
write(target, gzipped);
write(description, JSON.stringify({
  version,
  build: pyodide._api.config.BUILD_ID,
  stdlib: createHash("sha256").update(readFileSync(join(dir, "python_stdlib.zip"))).digest("hex"),
  trampoline,
}, null, 1) + "\n");
console.log(`pyodide-snapshot: Pyodide ${version}, ${memory.length} bytes of memory, ${gzipped.length} gzipped, `
  + `in ${Math.round(performance.now() - started)} ms -> ${target}`);
