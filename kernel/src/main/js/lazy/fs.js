// pyscript.fs's page side: a folder of the user's (a FileSystemDirectoryHandle) mounted into the
// interpreter's file system. Handles are kept in IndexedDB as PyScript keeps them ("@pyscript.fs",
// key "PATH@ID"), so a page asks for a folder once. Without a click to show the browser's picker,
// a dialog (class "pyscript-fs", as PyScript's) asks for one.

import { STORE, done, openDatabase } from "../idb.js";

export const REFUSED = "storage permissions not granted";

const database = () => openDatabase("@pyscript.fs");

const stored = async (mode, act) => {
  const db = await database();
  try {
    return await done(act(db.transaction(STORE, mode).objectStore(STORE)));
  } finally {
    db.close();
  }
};

/** The picker, run from a click: the page's own, or the dialog's. */
const pick = async (options) => {
  if (!("showDirectoryPicker" in globalThis)) throw new Error("this browser cannot open a local folder (no showDirectoryPicker)");
  const handle = await showDirectoryPicker(options);
  if ((await handle.requestPermission({ mode: options.mode })) !== "granted") throw new Error(REFUSED);
  return handle;
};

const askWithDialog = (options) => new Promise((resolve, reject) => {
  const dialog = document.createElement("dialog");
  dialog.className = "pyscript-fs";
  const title = document.createElement("strong");
  title.textContent = "Persistent file system";
  const text = document.createElement("p");
  text.textContent = "This page would like to use a folder of yours.";
  const ok = Object.assign(document.createElement("button"), { title: "ok", textContent: "Authorize" });
  const cancel = Object.assign(document.createElement("button"), { title: "cancel", textContent: "Cancel" });
  const buttons = document.createElement("div");
  buttons.append(ok, cancel);
  dialog.append(title, document.createElement("hr"), text, buttons);
  ok.addEventListener("click", () => {
    pick(options).then(resolve, reject).finally(() => dialog.close());
  });
  cancel.addEventListener("click", () => {
    dialog.close();
    reject(new Error(REFUSED));
  });
  document.body.append(dialog);
  dialog.showModal();
});

/** The folder for a mount key: the one kept from before (asked again if need be), or a new pick. */
export const folder = async (key, options) => {
  const kept = await stored("readonly", (store) => store.get(key));
  if (kept) {
    const permission = await kept.handler.queryPermission({ mode: options.mode });
    if (permission === "granted") return kept.handler;
    if (navigator.userActivation?.isActive && (await kept.handler.requestPermission({ mode: options.mode })) === "granted") {
      return kept.handler;
    }
  }
  const handler = navigator.userActivation?.isActive ? await pick(options) : await askWithDialog(options);
  await stored("readwrite", (store) => store.put({ handler, options }, key));
  return handler;
};

/** Forgets a mount key's folder; whether there was one. */
export const forget = async (key) => {
  const had = (await stored("readonly", (store) => store.getKey(key))) !== undefined;
  if (had) await stored("readwrite", (store) => store.delete(key));
  return had;
};

/** Keeps a folder under a mount key, as a picked one is kept (a page may bring its own handle). */
export const keep = (key, handler, options) => stored("readwrite", (store) => store.put({ handler, options }, key));

const mkdirs = (FS, path) => {
  let at = "";
  for (const part of path.split("/").filter(Boolean)) {
    at += "/" + part;
    try {
      FS.mkdir(at);
    } catch {
      // there already
    }
  }
};

const removeTree = (FS, path) => {
  for (const name of FS.readdir(path)) {
    if (name === "." || name === "..") continue;
    const child = `${path}/${name}`;
    if (FS.isDir(FS.stat(child).mode)) {
      removeTree(FS, child);
      FS.rmdir(child);
    } else {
      FS.unlink(child);
    }
  }
};

const readTree = async (handle, FS, path) => {
  for await (const [name, entry] of handle.entries()) {
    const target = `${path}/${name}`;
    if (entry.kind === "directory") {
      mkdirs(FS, target);
      await readTree(entry, FS, target);
    } else {
      FS.writeFile(target, new Uint8Array(await (await entry.getFile()).arrayBuffer()));
    }
  }
};

const writeTree = async (handle, FS, path) => {
  const names = new Set(FS.readdir(path).filter((name) => name !== "." && name !== ".."));
  for (const name of names) {
    const source = `${path}/${name}`;
    if (FS.isDir(FS.stat(source).mode)) {
      await writeTree(await handle.getDirectoryHandle(name, { create: true }), FS, source);
    } else {
      const writable = await (await handle.getFileHandle(name, { create: true })).createWritable();
      await writable.write(FS.readFile(source));
      await writable.close();
    }
  }
  for await (const name of handle.keys()) {
    if (!names.has(name)) await handle.removeEntry(name, { recursive: true });
  }
};

/**
 * Mounts a folder at path in an interpreter's file system; gives { syncfs(), unmount() }: syncfs
 * writes the interpreter's files back to the folder. Pyodide mounts it natively; MicroPython gets
 * a copy, which unmount removes.
 */
export const mount = async (engine, path, handle) => {
  const FS = engine.FS;
  mkdirs(FS, path);
  if (typeof engine.mountNativeFS === "function") {
    const native = await engine.mountNativeFS(path, handle);
    return { syncfs: () => native.syncfs(), unmount: () => FS.unmount(path) };
  }
  for (const name of FS.readdir(path)) {
    if (name !== "." && name !== "..") throw new Error(`cannot mount at ${path}: the folder is not empty`);
  }
  await readTree(handle, FS, path);
  return { syncfs: () => writeTree(handle, FS, path), unmount: () => removeTree(FS, path) };
};
