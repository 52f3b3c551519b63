// Bundles a bundle's browser JavaScript (src/main/js) into what the weaver takes, after checking
// every module with `node --check`:
//   boot.js    -> OUT/boot/boot.js : an ES module without imports, core.js's boot (kernel only)
//   runtime.js -> OUT/js/runtime.js: a classic script defining GLOBAL, put ahead of the runtime
//   lazy/*.js  -> OUT/lazy/js/*.js : ES modules served beside the runtime, imported when needed
//   ALIASES        : NAME=FILE pairs (space separated) for npm packages imported by name, fetched by
//                    the build (fetch-npm.sh): esbuild takes each from that file
// usage: node bundle-js.mjs ESBUILD SRC OUT GLOBAL [ALIASES]
import { spawnSync } from "node:child_process";
import { readdirSync, statSync, existsSync } from "node:fs";
import { join } from "node:path";

const [esbuild, src, out, global, aliases = ""] = process.argv.slice(2);

const modules = (dir) => readdirSync(dir).flatMap((name) => {
  const path = join(dir, name);
  return statSync(path).isDirectory() ? modules(path) : name.endsWith(".js") ? [path] : [];
});

const run = (command, args) => {
  const result = spawnSync(command, args, { stdio: "inherit" });
  if (result.status !== 0) {
    console.error(`bundle-js: ${command} ${args.join(" ")} failed`);
    process.exit(1);
  }
};

for (const file of modules(src)) {
  run(process.execPath, ["--check", file]);
}

// Warnings are errors: an import.meta in the classic script would be silently empty.
const strict = ["--bundle", "--minify", "--target=es2022", "--log-level=warning", "--log-override:empty-import-meta=error",
  "--log-override:direct-eval=error", ...aliases.split(/\s+/).filter(Boolean).map((alias) => `--alias:${alias}`)];
if (existsSync(join(src, "boot.js"))) {
  run(esbuild, [join(src, "boot.js"), ...strict, "--format=esm", `--outfile=${join(out, "boot", "boot.js")}`]);
}
if (existsSync(join(src, "runtime.js"))) {
  run(esbuild, [join(src, "runtime.js"), ...strict, "--format=iife", `--global-name=${global}`,
    `--outfile=${join(out, "js", "runtime.js")}`]);
}
const lazy = join(src, "lazy");
if (existsSync(lazy)) {
  for (const name of readdirSync(lazy).filter((file) => file.endsWith(".js"))) {
    run(esbuild, [join(lazy, name), ...strict, "--format=esm", `--outfile=${join(out, "lazy", "js", name)}`]);
  }
}
