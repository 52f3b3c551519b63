// The Worker that runs core.js for a worker script. One rule for the boot, which starts the
// workers of a page's worker tags early, and for the worker plugin, which starts the others.

/**
 * A worker's script must be of the page's origin: core.js from another one (a page that loads it
 * from a Pyloom server elsewhere, as from a CDN) is started by a module of its own that imports it.
 */
export const sameOrigin = (url) => {
  if (new URL(url).origin === globalThis.location.origin) return url;
  return URL.createObjectURL(new Blob([`import ${JSON.stringify(url)};\n`], { type: "text/javascript" }));
};

/** The thread's name, as the browser's tools show it: the script's own name, else pyloom-TYPE. */
export const threadName = (type, name) => (name != null && name !== "" ? name : `pyloom-${type}`);

export const newWorkerThread = (coreUrl, type, name) => new Worker(sameOrigin(coreUrl), { type: "module", name: threadName(type, name) });
