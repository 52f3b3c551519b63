// The page's side of references: page objects a worker holds get ids (counted, so the worker can
// release them when its proxies are collected); worker functions the page holds are stubs that post
// a call to the worker.
import { Probe, Tag } from "./wire-tags.js";
import { pythonToData, toStringTag } from "./values.js";

const isMethod = (object, key) => {
  try {
    return typeof object[key] === "function";
  } catch {
    return false;
  }
};

const isPresent = (object, key) => {
  try {
    return key in object;
  } catch {
    return false;
  }
};

// In the order the page has always looked, since a getter may have effects.
const PROBES = [[isMethod, "then", Probe.THEN], [isMethod, Symbol.iterator, Probe.ITERATOR],
  [isMethod, Symbol.asyncIterator, Probe.ASYNC_ITERATOR], [isMethod, "next", Probe.NEXT],
  [isPresent, "length", Probe.LENGTH], [isPresent, "size", Probe.SIZE], [isMethod, "get", Probe.GET],
  [isMethod, "set", Probe.SET], [isMethod, "has", Probe.HAS], [isMethod, "includes", Probe.INCLUDES],
  [isPresent, "name", Probe.NAME], [isPresent, "message", Probe.MESSAGE], [isPresent, "stack", Probe.STACK]];

/** What Pyodide and MicroPython probe when they wrap a foreign object, as Probe bits. */
export const probeFlags = (object) => PROBES.reduce((flags, [probe, key, bit]) => flags | (probe(object, key) ? bit : 0),
  (typeof object === "function" ? Probe.FUNCTION : 0) | (Array.isArray(object) ? Probe.ARRAY : 0));

export class PageObjects {
  /**
   * call(id, args) posts a call of a worker function; release(id) tells the worker the page holds
   * its function no more. converter: { fn }, MicroPython's to_js once pyscript registers it.
   */
  constructor(call, release, converter) {
    // The page's global object is reference 0 for every worker.
    this.objects = new Map([[0, globalThis]]);
    this.ids = new Map([[globalThis, 0]]);
    this.sent = new Map();
    this.flags = new Map();
    this.next = 1;
    this.stubs = new Map();
    this.stubIds = new WeakMap();
    this.call = call;
    this.converter = converter;
    this.gone = new FinalizationRegistry((id) => {
      const ref = this.stubs.get(id);
      if (ref && !ref.deref()) {
        this.stubs.delete(id);
        release(id);
      }
    });
  }

  isRef(value) {
    return this.stubIds.has(value);
  }

  writeRef(wire, value) {
    const stub = this.stubIds.get(value);
    if (stub !== undefined) {
      wire.putByte(Tag.WORKER_REF);
      wire.putInt(stub);
      return;
    }
    const id = this.#idFor(value);
    wire.putByte(Tag.PAGE_REF);
    wire.putInt(id);
    wire.putInt(this.#flagsOf(id, value));
    wire.putString(toStringTag(value));
  }

  /** The object's id, counting one more send (the worker reports how many it saw when it lets go). */
  #idFor(value) {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.next++;
      this.ids.set(value, id);
      this.objects.set(id, value);
    }
    this.sent.set(id, (this.sent.get(id) || 0) + 1);
    return id;
  }

  // Computed once per object, so the worker's proxy answers the probes without a round trip.
  #flagsOf(id, value) {
    let flags = this.flags.get(id);
    if (flags === undefined) {
      flags = probeFlags(value);
      this.flags.set(id, flags);
    }
    return flags;
  }

  readPageRef(wire) {
    return this.objectAt(wire.intAt());
  }

  objectAt(id) {
    if (!this.objects.has(id)) {
      throw new Error(`The worker used a page object that was already released (reference ${id}).`);
    }
    return this.objects.get(id);
  }

  readWorkerRef(wire) {
    return this.stub(wire.intAt());
  }

  /** One stub per worker function, so that removeEventListener finds the listener it added. */
  stub(id) {
    const existing = this.stubs.get(id)?.deref();
    if (existing) {
      return existing;
    }
    const call = this.call;
    const stub = function (...args) {
      call(id, args);
    };
    this.stubs.set(id, new WeakRef(stub));
    this.stubIds.set(stub, id);
    this.gone.register(stub, id);
    return stub;
  }

  toData(python) {
    return pythonToData(python, this.converter);
  }

  /** The worker let go of proxies: forget objects it holds no more. */
  release(id, count) {
    const left = (this.sent.get(id) || 0) - count;
    if (left > 0) {
      this.sent.set(id, left);
      return;
    }
    if (id === 0) {
      return;
    }
    this.sent.delete(id);
    this.flags.delete(id);
    this.ids.delete(this.objects.get(id));
    this.objects.delete(id);
  }

  /** How many page objects the worker may still hold (the page's global counts as one). */
  size() {
    return this.objects.size;
  }
}
