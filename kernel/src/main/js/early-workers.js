// The workers of a page's worker tags, started with the boot, beside the page's own kernel, and
// with them their interpreter when the tag's own config names it (a guess from the page's config
// could start the wrong one: Pyodide for nothing costs seconds). The worker plugin takes each for
// its tag; one it does not take by all-done (its tag was taken out of the page) is stopped.
import { newWorkerThread, threadName } from "./worker-thread.js";

/** coreUrl: core.js; types: the script types; newThread(coreUrl, type, name) makes a Worker. */
export const earlyWorkers = (coreUrl, types, newThread = newWorkerThread) => {
  const byTag = new Map(); // tag -> { worker, type, name, failed }
  return {
    /** Starts one for each worker tag in the document; base: where the tags' configs are relative to. */
    start(document, base) {
      for (const type of types) {
        for (const tag of document.querySelectorAll(`script[type=${type}][worker],${type}-script[worker]`)) {
          const early = { worker: newThread(coreUrl, type, tag.getAttribute("name")), type,
            name: threadName(type, tag.getAttribute("name")), failed: false };
          early.worker.addEventListener("error", () => {
            early.failed = true; // the plugin starts another, which reports what went wrong
          }, { once: true });
          const config = tag.getAttribute("config");
          if (config) {
            early.worker.postMessage({ pyloom: 1, t: "warm", type, config, base });
          }
          byTag.set(tag, early);
        }
      }
      return byTag.size;
    },
    /** The Worker for a worker script: its tag's early one when it fits, else a new one. */
    take(url, type, name, element) {
      const early = element ? byTag.get(element) : null;
      if (early && !early.failed && early.type === type && early.name === threadName(type, name) && url === coreUrl) {
        byTag.delete(element);
        return early.worker;
      }
      return newThread(url, type, name);
    },
    stopUntaken() {
      byTag.forEach((early) => early.worker.terminate());
      byTag.clear();
    },
  };
};
