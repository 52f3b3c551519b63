// The worker's end when the page shares no memory with it (the page is not cross-origin isolated):
// sync calls travel as messages and give promises, and the page's objects cannot be reached, since
// nothing can block until the page answers.
import { Codec } from "./codec.js";
import { Wire } from "./wire.js";
import { WireError } from "./wire-error.js";
import { PageProxies } from "./page-proxies.js";

export const NO_SHARED_MEMORY = "This worker cannot reach the page's window or document: the page is not "
  + "cross-origin isolated, so it shares no memory with its workers, and only async calls through sync "
  + "work. Serve the page with the headers Cross-Origin-Opener-Policy: same-origin and "
  + "Cross-Origin-Embedder-Policy: require-corp (the Pyloom server sends both by default), or add "
  + "Pyloom's service worker to the page: <script src=\"/pyloom/coi.js\"></script>.";

export class PostedChannel {
  #calls = new Map();
  #next = 1;

  /** post(message) sends to the page; converter: { fn }, MicroPython's to_js once registered. */
  constructor(post, converter) {
    this.post = post;
    this.proxies = new PageProxies(() => {
      throw new Error(NO_SHARED_MEMORY);
    }, converter);
    this.codec = new Codec(this.proxies);
  }

  /** Calls sync.name(...) on the page: a promise of its value. */
  sync(name, args) {
    const wire = Wire.local();
    try {
      this.codec.writeAll(wire, args, true);
    } catch (error) {
      throw error instanceof WireError ? new TypeError(error.message) : error;
    }
    const call = this.#next++;
    return new Promise((resolve, reject) => {
      this.#calls.set(call, { resolve, reject });
      this.post({ t: "sync", call, name, payload: wire.payload() });
    });
  }

  /** The page's answer to a sync call: its value, or the error it threw. */
  settle(data) {
    const call = this.#calls.get(data.call);
    if (!call) {
      return;
    }
    this.#calls.delete(data.call);
    try {
      call.resolve(this.codec.read(Wire.reading(data.payload)));
    } catch (error) {
      call.reject(error);
    }
  }
}
