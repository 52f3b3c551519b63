// PyScript's experimental_create_proxy = "auto" for Pyodide, fetched only by a config that asks:
// a Python callable handed to a JavaScript function (addEventListener, setTimeout) outlives the call,
// instead of being the borrowed proxy Pyodide destroys when the call returns. Pyodide calls
// JavaScript functions through Function.prototype.apply and call, so those are where its
// arguments are swapped for lasting proxies (one per callable, so removeEventListener still
// finds the one that was added).

let installed = false;

/** Whether value is a proxy Pyodide would destroy at the end of the call. */
const borrowed = (value, attrs) => {
  const shared = value[attrs]?.shared;
  return shared !== undefined && !shared.gcRegistered;
};

/** Installs it once per page, with the first Pyodide whose config asks for it. */
export const keepCallbacksAlive = (pyodide) => {
  if (installed) return;
  const lasting = pyodide.runPython("from pyodide.ffi import create_proxy\ncreate_proxy");
  const probe = pyodide.runPython("lambda: None");
  const attrs = Reflect.ownKeys(probe).find((key) => typeof key === "symbol" && String(key) === "Symbol(pyproxy.attrs)");
  probe.destroy();
  if (!attrs) {
    console.warn("Pyloom: this Pyodide does not show its proxies' attributes; experimental_create_proxy is ignored");
    return;
  }
  const kept = new WeakMap();
  let swapping = true;
  const swap = (args) => {
    for (let i = 0; i < args.length; i++) {
      const value = args[i];
      if (typeof value === "function" && attrs in value && borrowed(value, attrs)) {
        swapping = false; // create_proxy itself is called through apply
        let proxy = kept.get(value)?.deref();
        if (!proxy) {
          proxy = lasting(value);
          kept.set(value, new WeakRef(proxy));
        }
        args[i] = proxy;
        swapping = true;
      }
    }
  };
  const applyRaw = Reflect.apply;
  Object.defineProperties(Function.prototype, {
    apply: {
      configurable: true, writable: true,
      value(self, args) {
        if (swapping && args) swap(args);
        return applyRaw(this, self, args ?? []);
      },
    },
    call: {
      configurable: true, writable: true,
      value(self, ...args) {
        if (swapping) swap(args);
        return applyRaw(this, self, args);
      },
    },
  });
  installed = true;
};
