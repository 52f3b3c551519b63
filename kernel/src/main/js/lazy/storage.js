// IndexedDB behind pyscript.storage, laid out as PyScript 0.7.31 lays it out, so that a page's
// stored data survives the move: database "IDBMap/NAME", one object store "entries", text values.
// Reads come from memory (all entries are read on open); writes are queued, and sync() waits for
// them and rejects with the first write that failed.

import { STORE, done, openDatabase } from "../idb.js";

export const open = async (name) => {
  if (typeof indexedDB === "undefined") throw new Error("pyscript.storage needs IndexedDB, which this browser context does not have");
  const database = await openDatabase(name);
  const read = database.transaction(STORE, "readonly").objectStore(STORE);
  const [keys, values] = await Promise.all([done(read.getAllKeys()), done(read.getAll())]);
  let pending = Promise.resolve();
  let failure = null;
  const write = (action) => {
    pending = pending
      .then(() => done(action(database.transaction(STORE, "readwrite").objectStore(STORE))))
      .then(() => undefined, (error) => { failure ??= error; });
  };
  return {
    entries: () => keys.map((key, index) => [key, values[index]]),
    set: (key, value) => write((store) => store.put(value, key)),
    delete: (key) => write((store) => store.delete(key)),
    clear: () => write((store) => store.clear()),
    sync: () => pending.then(() => {
      const error = failure;
      failure = null;
      if (error) throw new Error(`pyscript.storage could not write to IndexedDB "${name}": ${error.message ?? error}`);
    }),
    close: () => pending.then(() => database.close()),
  };
};
