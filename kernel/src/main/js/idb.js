// IndexedDB as PyScript's idb-map lays it out, for the lazy modules that keep data there: database
// "IDBMap/NAME" with one object store, "entries".

export const STORE = "entries";

/** A request's result as a promise. */
export const done = (request) => new Promise((resolve, reject) => {
  request.onsuccess = () => resolve(request.result);
  request.onerror = () => reject(request.error);
});

/** Opens (creating it when new) the database of that name. */
export const openDatabase = (name) => {
  const request = indexedDB.open(`IDBMap/${name}`);
  request.onupgradeneeded = () => {
    if (!request.result.objectStoreNames.contains(STORE)) request.result.createObjectStore(STORE);
  };
  return done(request);
};
