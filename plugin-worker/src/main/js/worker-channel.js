// The worker's end of the synchronous channel: writes a request into the shared buffer, bumps the
// request counter and blocks until the page bumps the response counter. It spins briefly first,
// since a page that is already serving answers within microseconds.
import { Op } from "./wire-tags.js";
import { Codec } from "./codec.js";
import { Slot, Wire } from "./wire.js";
import { WireError } from "./wire-error.js";
import { PageProxies } from "./page-proxies.js";
import { writeRequest } from "./requests.js";

const SPINS = 4000;

export class WorkerChannel {
  #sequence;

  /** shared: the page's SharedArrayBuffer; converter: { fn }, MicroPython's to_js once registered. */
  constructor(shared, converter) {
    this.wire = Wire.over(shared);
    this.slots = this.wire.slots;
    this.proxies = new PageProxies((op, id, key, value, args) => this.request(op, id, key, value, args), converter);
    this.codec = new Codec(this.proxies);
    this.#sequence = Atomics.load(this.slots, Slot.REQUEST);
  }

  /** Asks the page and waits for its answer; an error the page threw is thrown here. */
  request(op, id, key, value, args) {
    try {
      writeRequest(this.wire, this.codec, { op, id, key, value, args, released: this.proxies.takeReleased() });
    } catch (error) {
      if (error instanceof WireError) {
        throw new TypeError(error.message);
      }
      throw error;
    }
    this.#roundTrip();
    this.wire.rewind();
    return this.codec.read(this.wire);
  }

  /** Calls sync.name(...) on the page. */
  sync(name, args) {
    return this.request(Op.SYNC, -1, name, null, args);
  }

  #roundTrip() {
    // An int32 like the counter it is compared with, wrapping as the counter does.
    const expected = this.#sequence = (this.#sequence + 1) | 0;
    const { slots } = this;
    Atomics.store(slots, Slot.REQUEST, expected);
    Atomics.notify(slots, Slot.REQUEST, 1);
    for (let i = 0; i < SPINS; i++) {
      if (Atomics.load(slots, Slot.RESPONSE) === expected) {
        return;
      }
    }
    let seen;
    while ((seen = Atomics.load(slots, Slot.RESPONSE)) !== expected) {
      Atomics.wait(slots, Slot.RESPONSE, seen);
    }
  }
}
