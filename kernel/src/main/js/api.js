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

// PyWorker(url, { config, name }) and MPWorker(...): a worker of that interpreter, as PyScript's;
// the handle has sync, ready (the worker's exports), postMessage and terminate.
const kernelApi = { start_worker: null }; // filled by the kernel once it has started
const workerStarter = (type, name) => (url, options = {}) => {
  const start = kernelApi.start_worker;
  if (!start) {
    throw new Error(`${name}() needs Pyloom's kernel, which has not started yet: call it once `
      + `whenDefined("${type}") has settled, or from an event listener`);
  }
  const config = options.config == null ? null
    : typeof options.config === "string" ? options.config : JSON.stringify(options.config);
  const handle = start(String(url), type, config, options.name == null ? null : String(options.name));
  if (handle == null) {
    throw new Error(`${name}() needs the worker plugin, which this core.js was composed without`);
  }
  return handle;
};
export const PyWorker = workerStarter("py", "PyWorker");
export const MPWorker = workerStarter("mpy", "MPWorker");

/** What the kernel reaches of the API through the boot object it is started with. */
export const attachApi = (boot) => {
  boot.hooks = hooks;
  boot.exportedConfig = config;
  boot.definitions = definitions;
  boot.api = kernelApi;
};
