// Answers one worker's synchronous requests on the main thread. An idle page hears of a request
// through Atomics.waitAsync, which costs an event-loop turn; once serving, it keeps polling the
// shared counter for a moment, so a worker that touches the DOM in a loop is answered in
// microseconds instead of a task each time. Polling is bounded, so the page stays responsive.
import { Op } from "./wire-tags.js";
import { Codec } from "./codec.js";
import { Slot } from "./wire.js";
import { WireError } from "./wire-error.js";
import { readRequest } from "./requests.js";
import { failure, perform } from "./page-ops.js";

/** Keep polling this long after the last request... */
const IDLE_MS = 0.5;
/** ...but give the event loop a turn after this long. */
const BUDGET_MS = 8;

/** A macrotask without timer clamping. The port is closed after it: an open one is never collected. */
const later = (task) => {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    task();
  };
  channel.port2.postMessage(0);
};

export class PageServer {
  #handled = 0;
  #op = 0;
  #stopped = false;

  /** wire: the channel's shared buffer; objects: the page's references; sync: the handle's sync. */
  constructor(wire, objects, sync) {
    this.wire = wire;
    this.slots = wire.slots;
    this.objects = objects;
    this.codec = new Codec(objects);
    this.sync = sync;
  }

  start() {
    this.#listen();
  }

  stop() {
    this.#stopped = true;
  }

  #listen() {
    if (this.#stopped) {
      return;
    }
    const waited = Atomics.waitAsync(this.slots, Slot.REQUEST, this.#handled);
    if (waited.async) {
      waited.value.then(() => this.#serve());
    } else {
      this.#serve();
    }
  }

  #serve() {
    const start = performance.now();
    let last = start;
    while (!this.#stopped) {
      const request = Atomics.load(this.slots, Slot.REQUEST);
      if (request !== this.#handled) {
        this.#handled = request;
        if (!this.#answer()) {
          return; // a sync function's promise answers later, then listens again
        }
        last = performance.now();
        continue;
      }
      const time = performance.now();
      if (time - last > IDLE_MS) {
        break;
      }
      if (time - start > BUDGET_MS) {
        later(() => this.#serve());
        return;
      }
    }
    this.#listen();
  }

  /** Runs the request and answers it; false when the answer waits for a promise. */
  #answer() {
    const outcome = this.#run();
    if (outcome.pending) {
      const settle = (settled) => {
        this.#respond(settled);
        this.#listen();
      };
      outcome.pending.then((value) => settle({ ok: true, value }), (error) => settle({ ok: false, error }));
      return false;
    }
    this.#respond(outcome);
    return true;
  }

  #run() {
    try {
      const request = readRequest(this.wire, this.codec, this.objects);
      this.#op = request.op;
      return perform(request, this.sync);
    } catch (error) {
      return error instanceof WireError ? failure(error.message) : { ok: false, error };
    }
  }

  /** Writes the answer and wakes the worker. */
  #respond(outcome) {
    const { wire, codec } = this;
    try {
      wire.rewind();
      if (outcome.ok === true) {
        codec.write(wire, outcome.value, this.#op === Op.SYNC);
      } else {
        codec.writeError(wire, outcome.error);
      }
    } catch (error) {
      wire.rewind();
      codec.writeError(wire, error instanceof WireError ? new Error(error.message) : error);
    }
    wire.seal();
    Atomics.store(this.slots, Slot.RESPONSE, this.#handled);
    Atomics.notify(this.slots, Slot.RESPONSE, 1);
  }
}
