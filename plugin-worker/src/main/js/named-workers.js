// workers[name]: a promise of the named worker's exports, settled when its code has run. One
// registry per page, whichever runtime asks first.
const KEY = Symbol.for("pyloom.workers");

const newRegistry = () => {
  const entries = new Map();
  const entry = (name) => {
    let found = entries.get(name);
    if (!found) {
      found = {};
      found.promise = new Promise((resolve, reject) => Object.assign(found, { resolve, reject }));
      found.promise.catch(() => {}); // nobody may ever ask for it
      entries.set(name, found);
    }
    return found;
  };
  return {
    get: (name) => entry(String(name)).promise,
    settle: (name, exports, failed) => {
      const found = entry(name);
      if (failed) {
        found.reject(new Error(`The worker ${name} failed: ${failed}`));
      } else {
        found.resolve(exports);
      }
    },
  };
};

export const namedWorkers = () => (globalThis[KEY] ??= newRegistry());
