// The worker's side of references: a proxy for each page object (one per id, so identity holds),
// answering the type probes of Pyodide and MicroPython from the flags the page sent and everything
// else with a request; and the worker's own functions, kept while the page holds stubs for them.
import { Op, Probe, Tag } from "./wire-tags.js";
import { WireError } from "./wire-error.js";
import { describe, proxiesOf, pythonToData } from "./values.js";

const own = (table, key) => (Object.hasOwn(table, key) ? table[key] : 0);

/** Methods whose presence the page's flags tell. */
const PROBED_METHODS = Object.freeze({
  then: Probe.THEN, next: Probe.NEXT, get: Probe.GET, set: Probe.SET, has: Probe.HAS, includes: Probe.INCLUDES,
});
/** Properties whose presence (for `in`) the page's flags tell. */
const PROBED_PROPERTIES = Object.freeze({
  length: Probe.LENGTH, size: Probe.SIZE, name: Probe.NAME, message: Probe.MESSAGE, stack: Probe.STACK,
});

/** Keys interpreters look up on foreign objects to find their own wrappers: never the page's. */
const isHidden = (key) => key === "_ref" || key.startsWith("$$");

const FUNCTION_OWN = new Set(["bind", "call", "apply"]);

export class PageProxies {
  /**
   * remote(op, id, key, value, args): a request to the page, answered synchronously.
   * converter: { fn }, MicroPython's to_js once pyscript registers it.
   */
  constructor(remote, converter) {
    this.remote = remote;
    this.converter = converter;
    this.proxies = new Map();
    this.ids = new WeakMap();
    this.seen = new Map();
    this.released = [];
    this.functions = new Map();
    this.functionIds = new Map();
    this.next = 1;
    this.gone = new FinalizationRegistry(({ id, count }) => {
      const ref = this.proxies.get(id);
      if (ref && !ref.deref()) {
        this.proxies.delete(id);
        this.seen.delete(id);
      }
      this.released.push(id, count.n);
    });
  }

  /** The page's global object (reference 0). */
  window() {
    return this.proxy(0, 0, "Window");
  }

  isRef(value) {
    return this.ids.has(value);
  }

  writeRef(wire, value) {
    const id = this.ids.get(value);
    if (id !== undefined) {
      wire.putByte(Tag.PAGE_REF);
      wire.putInt(id);
      return;
    }
    if (typeof value !== "function") {
      throw new WireError(`A ${describe(value)} cannot be sent from a worker to the page: only data`
        + " (numbers, strings, lists, dicts, bytes), functions and page objects can.");
    }
    wire.putByte(Tag.WORKER_REF);
    wire.putInt(this.keep(value));
  }

  readPageRef(wire) {
    const id = wire.intAt();
    const flags = wire.intAt();
    return this.proxy(id, flags, wire.stringAt());
  }

  readWorkerRef(wire) {
    return this.function(wire.intAt());
  }

  toData(python) {
    return pythonToData(python, this.converter);
  }

  /** Keeps a worker function while the page may call it, as its interpreter keeps one (see proxies). */
  keep(fn) {
    let id = this.functionIds.get(fn);
    if (id !== undefined) {
      return id;
    }
    id = this.next++;
    const kept = proxiesOf(fn)?.keep(fn) ?? fn;
    this.functions.set(id, kept);
    this.functionIds.set(fn, id);
    return id;
  }

  function(id) {
    return this.functions.get(id);
  }

  /** The page no longer holds a stub for this function. */
  forget(id) {
    const kept = this.functions.get(id);
    this.functions.delete(id);
    this.functionIds.forEach((value, fn) => {
      if (value === id) {
        this.functionIds.delete(fn);
      }
    });
    if (kept) {
      try {
        proxiesOf(kept)?.release(kept);
      } catch {
        // Already destroyed by its interpreter.
      }
    }
  }

  /** Ids and counts of proxies collected since the last request: [id, count, id, count...]. */
  takeReleased() {
    const released = this.released;
    // Every request asks: answer the usual "nothing" without allocating.
    if (released.length > 0) {
      this.released = [];
    }
    return released;
  }

  /**
   * The proxy for a page object. Function targets make typeof and calls work, array targets make
   * Array.isArray work; the probe keys are answered from the page's flags.
   */
  proxy(id, flags, tag) {
    const existing = this.proxies.get(id)?.deref();
    if (existing) {
      this.seen.get(id).n++;
      return existing;
    }
    const proxy = new Proxy(targetFor(flags), handlerFor(this.remote, id, flags, tag));
    const count = { n: 1 };
    this.proxies.set(id, new WeakRef(proxy));
    this.ids.set(proxy, id);
    this.seen.set(id, count);
    this.gone.register(proxy, { id, count });
    return proxy;
  }
}

// A bound function has no prototype property, which a Proxy would have to report as its own.
const targetFor = (flags) => (flags & Probe.FUNCTION ? function () {}.bind() : flags & Probe.ARRAY ? [] : {});

const handlerFor = (remote, id, flags, tag) => {
  let methods = null;
  // One function per method name, so that the same method compares equal to itself.
  const method = (key) => {
    methods = methods || new Map();
    let fn = methods.get(key);
    if (!fn) {
      // Not an arrow: interpreters may treat what they get as a constructor.
      fn = function (...args) {
        return remote(Op.CALL_METHOD, id, key, undefined, args);
      };
      methods.set(key, fn);
    }
    return fn;
  };
  const symbolProbe = (key) => (key === Symbol.iterator ? Probe.ITERATOR
    : key === Symbol.asyncIterator ? Probe.ASYNC_ITERATOR : 0);
  const handler = {
    get(_, key) {
      if (typeof key === "symbol") {
        if (key === Symbol.toStringTag) {
          return tag;
        }
        const bit = symbolProbe(key);
        return bit && flags & bit ? method(key) : undefined;
      }
      const bit = own(PROBED_METHODS, key);
      if (bit) {
        return flags & bit ? method(key) : undefined;
      }
      if (isHidden(key)) {
        return undefined;
      }
      if (flags & Probe.FUNCTION && FUNCTION_OWN.has(key)) {
        return Function.prototype[key];
      }
      return remote(Op.GET, id, key);
    },
    has(_, key) {
      if (typeof key === "symbol") {
        const bit = symbolProbe(key);
        return bit ? !!(flags & bit) : false;
      }
      const bit = own(PROBED_METHODS, key) || own(PROBED_PROPERTIES, key);
      if (bit) {
        return !!(flags & bit);
      }
      if (isHidden(key)) {
        return false;
      }
      return remote(Op.HAS, id, key);
    },
    set(_, key, value) {
      remote(Op.SET, id, key, value);
      return true;
    },
    deleteProperty(_, key) {
      return remote(Op.DELETE, id, key);
    },
    ownKeys(target) {
      const keys = remote(Op.KEYS, id);
      for (const key of Reflect.ownKeys(target)) {
        if (!keys.includes(key)) {
          keys.push(key);
        }
      }
      return keys;
    },
    getOwnPropertyDescriptor(target, key) {
      const fixed = Reflect.getOwnPropertyDescriptor(target, key);
      if (fixed && !fixed.configurable) {
        return fixed;
      }
      if (!handler.has(target, key)) {
        return undefined;
      }
      return { value: handler.get(target, key), writable: true, enumerable: true, configurable: true };
    },
    apply(_, self, args) {
      return remote(Op.CALL, id, undefined, self, args);
    },
    construct(_, args) {
      return remote(Op.NEW, id, undefined, undefined, args);
    },
  };
  return handler;
};
