// Pyodide (the npm package's core, with the server's snapshot of its memory where there is one).
import { EmscriptenInterpreter } from "./emscripten.js";
import { install } from "../packages.js";
import { absolute } from "../fs.js";
import { mark } from "../page.js";
import { stderrOf, stdoutOf } from "../output.js";

export const type = "py";
export const displayName = "Pyodide";

/**
 * What a fresh start would have set up from the engine it runs on, and a snapshot brings from the
 * machine that made it: the random state, the time zone (time.tzname, time.timezone), the
 * environment's locale and program name, and the import system's caches of the file system.
 */
const AFTER_SNAPSHOT = (lang) => `import random, time, os, importlib
random.seed()
if hasattr(time, "tzset"):
    time.tzset()
else:
    # without tzset, the time module reads the zone once, from January and July of this year
    _year = (365 * 24 + 6) * 3600
    _jan = time.localtime(int(time.time()) // _year * _year)
    _jul = time.localtime(int(time.time()) // _year * _year + _year // 2)
    if -_jan.tm_gmtoff < -_jul.tm_gmtoff:  # the southern hemisphere's summer time
        time.timezone, time.altzone, time.tzname = -_jul.tm_gmtoff, -_jan.tm_gmtoff, (_jul.tm_zone, _jan.tm_zone)
    else:
        time.timezone, time.altzone, time.tzname = -_jan.tm_gmtoff, -_jul.tm_gmtoff, (_jan.tm_zone, _jul.tm_zone)
    time.daylight = int(_jan.tm_gmtoff != _jul.tm_gmtoff)
    del _year, _jan, _jul
os.environ["LANG"] = ${JSON.stringify(lang)}
os.environ["_"] = "./this.program"
importlib.invalidate_caches()
del random, time, os, importlib`;

/** The locale a fresh start gives Python here (the rule of Pyodide's Emscripten runtime). */
const localeHere = () => `${(globalThis.navigator?.language ?? "C").replace("-", "_")}.UTF-8`;

/**
 * The C library's time zone as a fresh start sets it from the browser: its tzset() keeps the
 * first answer, which the snapshot brings from the machine that made it, so its JavaScript half
 * is called again on the same variables.
 */
const tzsetHere = (module) => {
  if (typeof module.__tzset_js === "function" && module._tzname && module._timezone && module._daylight) {
    const names = module._tzname / 4;
    module.__tzset_js(module._timezone, module._daylight, module.HEAPU32[names], module.HEAPU32[names + 1]);
  }
};

/**
 * Starts it from its module: from the snapshot when one comes (Python's own start-up is then
 * skipped), and afresh when it cannot be had or used. snapshot: a promise of null or of { ready },
 * a promise of { bytes, stdLibURL?, skip? } (skip: why this build cannot use it).
 */
export const start = async (module, url, snapshot) => {
  const options = { indexURL: new URL(".", url).href, stdout: stdoutOf(type), stderr: stderrOf(type) };
  try {
    try {
      const prepared = await (await snapshot)?.ready;
      if (prepared?.stdLibURL) {
        options.stdLibURL = prepared.stdLibURL; // the standard library as it was checked: not fetched twice
      }
      if (prepared?.skip) {
        mark(`py snapshot skipped: ${prepared.skip}`);
      } else if (prepared) {
        const pyodide = await module.loadPyodide({ ...options, _loadSnapshot: prepared.bytes });
        tzsetHere(pyodide._module);
        pyodide.runPython(AFTER_SNAPSHOT(localeHere()));
        mark("py started from a snapshot");
        return pyodide;
      }
    } catch (error) {
      console.warn(`Pyloom: Pyodide did not start from its snapshot (${error.message}); starting it afresh.`);
    }
    return await module.loadPyodide(options);
  } finally {
    if (options.stdLibURL) {
      URL.revokeObjectURL(options.stdLibURL);
    }
  }
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
