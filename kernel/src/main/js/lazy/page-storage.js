// pyscript.storage for a page's own JavaScript (core.js's storage.js in PyScript): the same
// IndexedDB databases and the same value encoding as the Python side, so that what one writes the
// other reads. storage(name) answers an object whose properties are the stored entries; setting
// or deleting one writes it, `await store.sync()` waits for the writes, `store.clear()` empties it.
import { parse, stringify } from "flatted";
import { open } from "./storage.js";

// Each value is stored as flatted text of [kind, data]: PyScript's layout.
const encode = (value) => {
  if (value == null) return stringify(["null", 0]);
  if (ArrayBuffer.isView(value)) return stringify(["memoryview", Array.from(new Uint8Array(value.buffer, value.byteOffset, value.byteLength))]);
  if (value instanceof ArrayBuffer) return stringify(["bytearray", Array.from(new Uint8Array(value))]);
  if (["object", "string", "number", "boolean"].includes(typeof value)) return stringify(["generic", value]);
  throw new TypeError(`pyscript.storage cannot store a ${typeof value}: use null, a string, number, boolean, array, object, ArrayBuffer or typed array`);
};

const decode = (text) => {
  const [kind, data] = parse(text);
  if (kind === "null") return null;
  if (kind === "bytearray") return new Uint8Array(data).buffer;
  if (kind === "memoryview") return new Uint8Array(data);
  return data;
};

export const storage = async (name) => {
  if (!name) throw new SyntaxError("pyscript.storage needs a name: storage('my-data')");
  const store = await open(`@pyscript/${name}`); // the database Python's storage(name) opens
  const entries = new Map(store.entries().map(([key, text]) => [key, decode(text)]));
  const methods = {
    clear() {
      entries.clear();
      store.clear();
    },
    sync: () => store.sync(),
  };
  return new Proxy(entries, {
    ownKeys: () => [...entries.keys()],
    getOwnPropertyDescriptor: (_, key) => (entries.has(key)
      ? { value: entries.get(key), enumerable: true, configurable: true, writable: true } : undefined),
    has: (_, key) => entries.has(key),
    get: (_, key) => (Object.hasOwn(methods, key) ? methods[key] : entries.get(key)),
    set: (_, key, value) => {
      const text = encode(value); // a value that cannot be stored fails here, before anything changes
      entries.set(key, value);
      store.set(key, text);
      return true;
    },
    deleteProperty: (_, key) => {
      if (entries.has(key)) {
        entries.delete(key);
        store.delete(key);
      }
      return true;
    },
  });
};
