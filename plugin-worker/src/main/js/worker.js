// core.js inside a worker: the page's boot message, and what the page posts later (event listeners
// firing, calls of exported functions, functions it holds no more). Everything goes to the page as
// { pyloom: 1, t: kind, ... }.
import { Wire } from "./wire.js";
import { WireError } from "./wire-error.js";
import { WorkerChannel } from "./worker-channel.js";
import { NO_SHARED_MEMORY, PostedChannel } from "./posted-channel.js";

/**
 * What the worker's Python reaches through _pyloom_worker; filled in at boot. window stays null
 * when the page shares no memory (then sync calls give promises and noWindow says why).
 */
const module = {
  window: null,
  sync: null,
  exports: {},
  converter: { fn: null },
  noWindow: NO_SHARED_MEMORY,
  warn: (message) => post({ t: "warn", message: String(message) }),
};

let channel = null;

const text = (error) => String((error && error.message) || error);

const post = (message) => self.postMessage({ pyloom: 1, ...message });

export const pythonModule = () => module;

/** The page's sync functions as the worker's Python has them (pyscript.sync); null before the boot message. */
export const pageSync = () => module.sync;

/** A failure in the worker: the page shows it (the worker has no page of its own). */
export const postError = (message) => post({ t: "error", message });

export const postReady = () => post({ t: "ready" });

/** The script has run: its exports, and the failure reported while it ran, if any. */
export const postDone = (failed) => post({ t: "done", exports: Object.keys(module.exports), failed });

/**
 * Serves the page: boot(script) runs the script the boot message describes ({ type, src, code,
 * config, base, name, target, hooks }: strings or null); report(message) hears of failures in the worker.
 */
export const listen = (boot, report) => {
  // Handled here: otherwise the page's Worker object hears them too, as if the worker broke down.
  self.addEventListener("error", (event) => {
    event.preventDefault();
    report(text(event.error || event.message));
  });
  self.addEventListener("unhandledrejection", (event) => report(text(event.reason)));
  self.addEventListener("message", (event) => {
    if (event.data && event.data.pyloom) {
      onMessage(event.data, boot, report);
    }
  });
};

const onMessage = (data, boot, report) => {
  switch (data.t) {
    case "boot":
      if (data.shared) {
        channel = new WorkerChannel(data.shared, module.converter);
        module.window = channel.proxies.window();
      } else {
        channel = new PostedChannel(post, module.converter);
      }
      module.sync = syncFunctions(channel);
      boot(describe(data.script));
      break;
    case "sync-reply":
      channel.settle(data);
      break;
    case "call":
      callListener(data, report);
      break;
    case "export":
      callExport(data);
      break;
    case "release":
      channel.proxies.forget(data.id);
      break;
    default:
      break;
  }
};

/**
 * sync.name(...) calls the page's function of that name (not then: the worker's sync is no
 * promise); sync.name = fn offers fn to the page, as __export__ does.
 */
const syncFunctions = (target) => new Proxy({}, {
  get(_, name) {
    if (typeof name !== "string" || name === "then") {
      return undefined;
    }
    return function (...args) {
      return target.sync(name, args);
    };
  },
  set(_, name, value) {
    module.exports[String(name)] = value;
    return true;
  },
});

const FIELDS = ["type", "src", "code", "config", "base", "name", "target", "hooks"];

const describe = (script) => ({
  ...Object.fromEntries(FIELDS.map((field) => [field, script[field] == null ? null : String(script[field])])),
  attributes: script.attributes ?? null,
});

/** An event listener (or other callback) the page called: it runs here, its result is dropped. */
const callListener = (data, report) => {
  const fn = channel.proxies.function(data.id);
  const args = channel.codec.readAll(Wire.reading(data.payload));
  try {
    const result = fn.apply(undefined, args);
    if (result && typeof result.then === "function") {
      Promise.resolve(result).catch((error) => report(text(error)));
    }
  } catch (error) {
    report(text(error));
  }
};

/** A call of an exported function: its value (or failure) goes back as a reply. */
const callExport = (data) => {
  const args = channel.codec.readAll(Wire.reading(data.payload));
  const name = String(data.name);
  const fn = Object.hasOwn(module.exports, name) ? module.exports[name]
    : () => {
      throw new Error(`This worker offers no function ${name}: name it in __export__ or set sync.${name} = a_function`);
    };
  const reply = (ok, value) => {
    const wire = Wire.local();
    let sent = ok;
    try {
      channel.codec.write(wire, value, true);
    } catch (error) {
      if (!(error instanceof WireError)) {
        throw error;
      }
      wire.rewind();
      channel.codec.write(wire, error.message, true);
      sent = false;
    }
    post({ t: "reply", call: data.call, ok: sent, payload: wire.payload() });
  };
  new Promise((resolve) => resolve(fn.apply(undefined, args))).then((value) => reply(true, value),
    (error) => reply(false, text(error)));
};
