// Writes FILE.gz beside each compressible file (JavaScript, WebAssembly, JSON) under the given
// folders, for the server to send to browsers that take gzip: the interpreters shrink to about a
// third on the wire. A copy is kept only when it saves at least a tenth, and made again only when
// its file is newer.
//
// usage: node precompress.mjs DIR...
import { readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";

const COMPRESSIBLE = /\.(m?js|wasm|json)$/;

const files = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
  const path = join(dir, entry.name);
  return entry.isDirectory() ? files(path) : COMPRESSIBLE.test(entry.name) ? [path] : [];
});

const newer = (path, than) => {
  try {
    return statSync(path).mtimeMs >= statSync(than).mtimeMs;
  } catch {
    return false;
  }
};

let raw = 0;
let wire = 0;
for (const dir of process.argv.slice(2).map((d) => resolve(d))) {
  for (const file of files(dir)) {
    const target = file + ".gz";
    if (newer(target, file)) {
      continue;
    }
    const bytes = readFileSync(file);
    const gzipped = gzipSync(bytes, { level: 9 });
    if (gzipped.length > bytes.length * 0.9) {
      rmSync(target, { force: true });
      continue;
    }
    writeFileSync(target + ".tmp", gzipped);
    renameSync(target + ".tmp", target);
    raw += bytes.length;
    wire += gzipped.length;
  }
}
if (raw > 0) {
  console.log(`precompress: ${raw} bytes -> ${wire} gzipped`);
}
