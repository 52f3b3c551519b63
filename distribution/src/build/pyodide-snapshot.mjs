// Starts Pyodide once at build time and writes its memory, gzipped, as pyloom-snapshot.bin.gz
// beside it. A page that starts Pyodide from this snapshot skips Python's own start-up (seconds
// of CPU); core.js falls back to a plain start when the snapshot cannot be used.
//
// usage: node pyodide-snapshot.mjs DIR   (DIR holds pyodide.mjs and the files it loads)
import { renameSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";

const dir = resolve(process.argv[2]);
const target = join(dir, "pyloom-snapshot.bin.gz");
const source = join(dir, "pyodide.asm.wasm");
try {
  if (statSync(target).mtimeMs >= statSync(source).mtimeMs) {
    process.exit(0); // made from these very files already
  }
} catch {
  // not made yet
}
const { loadPyodide, version } = await import(pathToFileURL(join(dir, "pyodide.mjs")).href);
const started = performance.now();
const pyodide = await loadPyodide({ _makeSnapshot: true });
const memory = pyodide.makeMemorySnapshot();
const gzipped = gzipSync(memory, { level: 9 });
writeFileSync(target + ".tmp", gzipped);
renameSync(target + ".tmp", target);
console.log(`pyodide-snapshot: Pyodide ${version}, ${memory.length} bytes of memory, ${gzipped.length} gzipped, `
  + `in ${Math.round(performance.now() - started)} ms -> ${target}`);
