// Pyodide (the npm package's core, with the server's snapshot of its memory where there is one).
import { EmscriptenInterpreter } from "./emscripten.js";
import { install } from "../packages.js";
import { absolute } from "../fs.js";
import { mark } from "../page.js";
import { stderrOf, stdoutOf } from "../output.js";

export const type = "py";
export const displayName = "Pyodide";

/**
 * Starts it from its module: from the snapshot when one comes (Python's own start-up is then
 * skipped), and afresh when it cannot be had or used. snapshot: a promise of { bytes } or null.
 */
export const start = async (module, url, snapshot) => {
  const options = { indexURL: new URL(".", url).href, stdout: stdoutOf(type), stderr: stderrOf(type) };
  const bytes = (await snapshot)?.bytes;
  if (bytes) {
    try {
      const pyodide = await module.loadPyodide({ ...options, _loadSnapshot: bytes });
      pyodide.runPython("import random\nrandom.seed()"); // else every page would draw the snapshot's numbers
      mark("py started from a snapshot");
      return pyodide;
    } catch (error) {
      console.warn(`Pyloom: Pyodide did not start from its snapshot (${error.message}); starting it afresh.`);
    }
  }
  return module.loadPyodide(options);
};

/** Pyodide's proxies of Python objects, as values that leave the interpreter (to a worker's page). */
export const proxies = {
  /** They convert themselves. */
  owns: (value) => typeof value.toJs === "function",
  toData: (value) => value.toJs({ dict_converter: Object.fromEntries }),
  /** Pyodide destroys the proxies it makes for call arguments when the call returns: keep a copy. */
  keep: (fn) => (typeof fn.copy === "function" && typeof fn.destroy === "function" ? fn.copy() : fn),
  release: (fn) => {
    if (typeof fn.destroy === "function") {
      fn.destroy();
    }
  },
};

export class Pyodide extends EmscriptenInterpreter {
  /** Pyodide's own unpacker: zip, wheel, tar and tar.gz. */
  async unpack(buffer, format, dir) {
    this.engine.unpackArchive(buffer, format === "whl" ? "wheel" : format, { extractDir: absolute(this.engine.FS, dir) });
  }

  /** The config keys that change how this interpreter behaves; their code is fetched when asked for. */
  async configure(config, lazyFolder) {
    if (config.experimental_create_proxy === "auto") {
      const { keepCallbacksAlive } = await import(`${lazyFolder}js/auto-proxy.js`);
      keepCallbacksAlive(this.engine);
    }
  }


  install(packages, configUrl, wheelhouseUrl) {
    return install(this.engine, packages, configUrl, wheelhouseUrl);
  }

  release(...proxies) {
    for (const proxy of proxies) {
      proxy.destroy();
    }
  }
}
