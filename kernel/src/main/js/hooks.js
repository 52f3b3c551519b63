// The JavaScript hooks of core.js's `hooks` export, as PyScript 0.7.31 names them: sets a page's
// module fills right after importing core.js, before any script runs. The kernel calls them at
// the same points as the Java plugins' hooks, after those (see docs/plugins.md).
//   hooks.main.*   run on the page: functions get (wrap, element), code strings are Python
//   hooks.worker.* run in each worker: functions travel as their source text, get (wrap, xworker)

import { writeStderr } from "./stderr.js";

const FUNCTION_HOOKS = ["onReady", "onBeforeRun", "onBeforeRunAsync", "onAfterRun", "onAfterRunAsync"];
const CODE_HOOKS = ["codeBeforeRun", "codeBeforeRunAsync", "codeAfterRun", "codeAfterRunAsync"];

/** A Set that takes values of one `typeof` only, so that a wrong one fails where it is added. */
class TypedSet extends Set {
  constructor(kind, name) {
    super();
    Object.defineProperty(this, "kind", { value: kind });
    Object.defineProperty(this, "hookName", { value: name });
  }

  add(value) {
    if (typeof value !== this.kind) {
      throw new TypeError(`hooks ${this.hookName} takes a ${this.kind}, not ${value === null ? "null" : typeof value}`);
    }
    return super.add(value);
  }
}

const branch = (side, functionNames) => {
  const sets = {};
  for (const name of functionNames) {
    sets[name] = new TypedSet("function", `${side}.${name}`);
  }
  for (const name of CODE_HOOKS) {
    sets[name] = new TypedSet("string", `${side}.${name}`);
  }
  return Object.freeze(sets);
};

/** Fresh hook sets: main has onWorker too (a worker was created from this page). */
export const createHooks = () => Object.freeze({
  main: branch("main", ["onWorker", ...FUNCTION_HOOKS]),
  worker: branch("worker", FUNCTION_HOOKS),
});

/** The name of the hook a script's run uses: sync scripts (async="false") the plain one. */
export const variant = (name, sync) => (sync || name === "onReady" || name === "onWorker" ? name : `${name}Async`);

/**
 * Calls a branch's functions in the order they were added; the Async ones and onReady are awaited
 * one by one, the others are called in turn as PyScript does. Resolves once all are done.
 */
export const callAll = async (functions, name, ...args) => {
  const awaited = name.endsWith("Async") || name === "onReady";
  for (const callback of functions ?? []) {
    if (awaited) {
      await callback(...args);
    } else {
      callback(...args);
    }
  }
};

/** A code hook's Python strings, in the order they were added (the kernel dedents each). */
export const codeOf = (strings) => Array.from(strings ?? [], String);

/** The worker branch as data a worker message can carry: function hooks as their source text. */
export const serializeWorker = (worker) => {
  const data = {};
  for (const name of FUNCTION_HOOKS) {
    data[name] = Array.from(worker[name], (callback) => sourceOf(callback, name));
  }
  for (const name of CODE_HOOKS) {
    data[name] = Array.from(worker[name]);
  }
  return data;
};

/** The worker branch back from its data, inside the worker: functions compiled from their text. */
export const reviveWorker = (data) => {
  const worker = {};
  for (const name of FUNCTION_HOOKS) {
    worker[name] = (data?.[name] ?? []).map((source) => (0, eval)(`(${source})`));
  }
  for (const name of CODE_HOOKS) {
    worker[name] = data?.[name] ?? [];
  }
  return worker;
};

// A method written `onReady() {}` has source text that is not an expression; it becomes one.
const sourceOf = (callback, name) => {
  const source = String(callback);
  if (source.includes("[native code]")) {
    throw new TypeError(`hooks worker.${name}: a bound or native function cannot be sent to a worker`);
  }
  if (/^(async\s+)?(function\b|\(|[\w$]+\s*=>)/.test(source)) {
    return source;
  }
  return /^async\s/.test(source) ? `async function ${source.slice(6)}` : `function ${source}`;
};

// What the kernel calls, for one branch: call() answers null when no function is added, so that a
// page without JavaScript hooks waits for nothing.
const bridge = (branch, sync) => ({
  sync,
  call(name, runSync, wrap, ref) {
    const chosen = variant(name, runSync);
    return branch?.[chosen]?.size || branch?.[chosen]?.length ? callAll(branch[chosen], chosen, wrap, ref) : null;
  },
  code: (name, runSync) => codeOf(branch?.[variant(name, runSync)]),
});

/** The page's hooks.main, as core.js exported them. */
export const forPage = (hooks) => bridge(hooks?.main, false);

/** A worker's hooks from the data workerData() made on the page (null: none). */
export const forWorker = (json) => {
  const data = json ? JSON.parse(json) : null;
  return bridge(data ? reviveWorker(data) : null, Boolean(data?.sync));
};

/** The page's hooks.worker for one worker, as JSON; `sync` is whether its tag says async="false". */
export const workerData = (hooks, sync) => JSON.stringify({ sync, ...serializeWorker(hooks.worker) });

/** whenDefined(type) settles: the first script of the type is up (see definitions.js). */
export const define = (boot, type, value) => boot?.definitions?.define(type, value);

/** The same for a worker tag: with { type, xworker }, xworker being the page's handle of it. */
export const defineWorker = (boot, type, xworker) => define(boot, type, { type, xworker });

/** config.TYPE of core.js's exports: a copy, so that the page cannot change the kernel's. */
export const exportConfig = (boot, type, json) => {
  if (boot?.exportedConfig) boot.exportedConfig[type] = JSON.parse(json);
};

/** The first argument hook functions get, as PyScript's: the interpreter and how to run code. */
export const wrapOf = (shape, type) => ({
  type,
  interpreter: shape.engine,
  io: { stdout: (text) => console.log(text), stderr: (text) => writeStderr(String(text)) },
  run: (code) => shape.engine.runPython(code),
  runAsync: (code) => shape.engine.runPythonAsync(code),
});

/** The page's onWorker functions, for a worker just started (handle: what the page holds of it). */
export const notifyWorker = (hooks, handle) => {
  const functions = hooks?.main?.onWorker;
  if (functions?.size) {
    callAll(functions, "onWorker", null, handle)
      .catch((error) => writeStderr(`A JavaScript hook (hooks.main.onWorker) failed: ${error?.message ?? error}`));
  }
};
