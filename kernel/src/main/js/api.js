// core.js's JavaScript API, as PyScript's exports: a page's module fills the hooks right after
// importing core.js, before the kernel (loaded by the boot, asynchronously) runs any script.
import { createHooks } from "./hooks.js";
import { createDefinitions } from "./definitions.js";

export const hooks = createHooks();
/** Each script type and the interpreter that runs it. */
export const TYPES = new Map([["py", "pyodide"], ["mpy", "micropython"]]);
/** The page's config of each type (config.py, config.mpy), as the kernel read it: filled when it has. */
export const config = {};
const definitions = createDefinitions();
export const { whenDefined } = definitions;

// PyWorker(url, { config, name }) and MPWorker(...): as PyScript's, a promise of the worker once its
// code has run (the kernel may still be loading when a page's module calls them: they wait for it).
// The worker has sync (the worker's functions, and where the page offers its own), postMessage and
// terminate.
let kernelStarted;
const started = new Promise((resolve) => {
  kernelStarted = resolve;
});
let startWorker = null;
const kernelApi = { // filled by the kernel once it has started
  get start_worker() {
    return startWorker;
  },
  set start_worker(start) {
    startWorker = start;
    kernelStarted(start);
  },
};
let boot = null; // the boot object, once attached: it may start a call's worker at once
const workerStarter = (type, name) => async (url, options = {}) => {
  const config = options.config == null ? null
    : typeof options.config === "string" ? options.config : JSON.stringify(options.config);
  const workerName = options.name == null ? null : String(options.name);
  // The worker's thread and interpreter start now, beside the kernel's load; the kernel takes it.
  const early = boot?.startCallWorker?.(type, workerName, config, String(url)) ?? null;
  let handle;
  try {
    await started;
    handle = startWorker(String(url), type, config, workerName);
  } finally {
    if (early) {
      boot.releaseCallWorker(early); // stopped unless the worker plugin took it
    }
  }
  if (handle == null) {
    throw new Error(`${name}() needs the worker plugin, which this core.js was composed without`);
  }
  await handle.ready;
  return handle;
};
export const PyWorker = workerStarter("py", "PyWorker");
export const MPWorker = workerStarter("mpy", "MPWorker");

/** What the kernel reaches of the API through the boot object it is started with. */
export const attachApi = (attached) => {
  boot = attached;
  boot.hooks = hooks;
  boot.exportedConfig = config;
  boot.definitions = definitions;
  boot.api = kernelApi;
};
