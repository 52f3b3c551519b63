// One worker as the page holds it: the Worker running core.js, the server answering its
// synchronous requests, and the handle page code gets (sync, ready, terminate()), plus the
// functions the worker exports once its code has run.
import { Codec } from "./codec.js";
import { PageObjects } from "./page-objects.js";
import { PageServer } from "./page-server.js";
import { Wire } from "./wire.js";
import { namedWorkers } from "./named-workers.js";
import { answerPosted } from "./page-sync.js";
import { crossOriginIsolated } from "./isolation.js";

export { noteServiceWorker } from "./isolation.js";

let module = null;

/** Where the main thread's Python finds workers and registers its converter. */
export const pythonModule = () => (module ??= { workers: namedWorkers(), converter: { fn: null } });

/** A worker script as the boot message describes it (strings or null, and its tag's attributes as an object or null). */
export const describe = (type, src, code, config, base, name, target, hooks, attributes) => ({
  type, src, code, config, base, name, target, hooks, attributes: attributes ?? null,
});

const post = (worker, message) => worker.postMessage({ pyloom: 1, ...message }, message.payload ? [message.payload] : []);

/**
 * Starts core.js in a module worker for a script ({ type, src, code, config, base, name }), or
 * takes the one the boot started early for its tag (element; null for PyWorker). listener(kind,
 * message) hears each message of the worker; failure(message) an error the worker did not handle
 * (or could not start with). Gives { handle, stopServing() }.
 */
export const startWorker = (url, script, element, listener, failure) => {
  const sync = {};
  // Without isolation there is no shared memory: the worker's sync calls come as messages.
  const shared = crossOriginIsolated() ? Wire.shared() : null;
  let worker = null;
  const objects = new PageObjects((id, args) => {
    const wire = Wire.local();
    codec.writeAll(wire, args, false);
    post(worker, { t: "call", id, payload: wire.payload() });
  }, (id) => post(worker, { t: "release", id }), pythonModule().converter);
  const codec = new Codec(objects);
  const server = shared ? new PageServer(shared, objects, sync) : { start() {}, stop() {} };
  worker = pyloom$composed.workerThread(url, script.type, script.name, element); // the boot owns the rule
  const handle = newHandle(worker, sync, script.name, (call, name, args) => {
    const wire = Wire.local();
    codec.writeAll(wire, args, true);
    post(worker, { t: "export", call, name, payload: wire.payload() });
  }, () => {
    server.stop();
    worker.terminate();
  }, () => objects.size());
  worker.addEventListener("message", (event) => {
    const data = event.data;
    if (!(data && data.pyloom)) {
      return;
    }
    listener(String(data.t), String(data.message));
    if (data.t === "done") {
      settle(handle, data);
    } else if (data.t === "reply") {
      reply(handle, data, attempt(() => codec.read(Wire.reading(data.payload))));
    } else if (data.t === "sync") {
      answerPosted(codec, sync, data, (message) => post(worker, message));
    } else if (data.t === "warn") {
      console.warn(String(data.message));
    }
  });
  worker.addEventListener("error", (event) => {
    event.preventDefault();
    failure(String(event.message || `failed to load ${url}`));
  });
  post(worker, { t: "boot", shared: shared ? shared.buffer : null, script });
  server.start();
  return { handle, stopServing: () => server.stop() };
};

const attempt = (read) => {
  try {
    return { ok: true, value: read() };
  } catch (error) {
    return { ok: false, error };
  }
};

/**
 * What PyWorker(...) returns: sync for functions the worker may call, ready (a promise of the
 * worker's exports, once its code has run) and terminate(). Exported functions also appear on the
 * handle itself. pageObjects() says how many page objects the worker may still hold, to watch for
 * leaks.
 */
const newHandle = (worker, sync, name, exportCall, stop, count) => {
  let settlers;
  const handle = {
    sync: null,
    name,
    worker,
    terminate: () => stop(),
    pageObjects: () => count(),
    postMessage: (message) => worker.postMessage(message),
    ready: new Promise((resolve, reject) => {
      settlers = { resolve, reject };
    }),
    _settle: null,
    _calls: new Map(),
    _next: 1,
    _call: exportCall,
  };
  handle.ready.catch(() => {});
  handle.sync = syncView(sync, (name, args) => callExport(handle, name, args));
  Object.defineProperty(handle, "_settle", { value: settlers, enumerable: false });
  return handle;
};

/**
 * worker.sync as the page sees it: what the page sets there the worker may call; any other name
 * calls the worker's function of that name (one it exports or set on its own sync), as a promise.
 */
const syncView = (offered, callWorker) => new Proxy(offered, {
  get(target, name) {
    if (typeof name !== "string" || name === "then" || name in target) {
      return target[name];
    }
    return (...args) => callWorker(name, args);
  },
});

const callExport = (handle, name, args) => new Promise((resolve, reject) => {
  const id = handle._next++;
  handle._calls.set(id, { resolve, reject });
  handle._call(id, name, args);
});

/** The worker's code has run: its exports become async functions of the page. */
const settle = (handle, data) => {
  const exports = {};
  for (const name of data.exports || []) {
    exports[name] = handle[name] = (...args) => callExport(handle, name, args);
  }
  if (data.failed) {
    handle._settle.reject(new Error(data.failed));
  } else {
    handle._settle.resolve(exports);
  }
  if (handle.name) {
    namedWorkers().settle(handle.name, data.failed ? null : exports, data.failed);
  }
};

const reply = (handle, data, outcome) => {
  const call = handle._calls.get(data.call);
  if (!call) {
    return;
  }
  handle._calls.delete(data.call);
  if (!outcome.ok) {
    call.reject(outcome.error);
  } else if (data.ok) {
    call.resolve(outcome.value);
  } else {
    call.reject(new Error(outcome.value));
  }
};
