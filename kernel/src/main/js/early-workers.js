// Workers started before the kernel has arrived, beside the page's own kernel, and with them their
// interpreter when their own config names it (a guess from the page's config could start the wrong
// one: Pyodide for nothing costs seconds). Two kinds: a worker tag's, started with the boot, and a
// PyWorker()/MPWorker() call's, started at the call. The worker plugin takes each for its script;
// a tag's it does not take by all-done (its tag was taken out of the page) is stopped, and so is a
// call's it did not take when the kernel answered that call.
import { newWorkerThread, threadName } from "./worker-thread.js";

/** coreUrl: core.js; types: the script types; newThread(coreUrl, type, name) makes a Worker. */
export const earlyWorkers = (coreUrl, types, newThread = newWorkerThread) => {
  const byTag = new Map(); // tag -> early worker
  const forCalls = []; // PyWorker() calls' early workers, in the order of the calls
  // config: the text to warm its interpreter from, or null for no warming; src: its script's URL, fetched at once
  const launch = (type, name, config, base, src) => {
    const early = { worker: newThread(coreUrl, type, name), type, name: threadName(type, name), failed: false };
    early.worker.addEventListener("error", () => {
      early.failed = true; // the plugin starts another, which reports what went wrong
    }, { once: true });
    // Always told: a worker compiles its kernel only once it has heard what to start first.
    early.worker.postMessage({ pyloom: 1, t: "warm", type, config, base, ...(src ? { src } : {}) });
    return early;
  };
  const fits = (early, url, type, name) => !early.failed && early.type === type && early.name === threadName(type, name)
    && url === coreUrl;
  return {
    /** Starts one for each worker tag in the document; base: where the tags' configs are relative to. */
    start(document, base) {
      for (const type of types) {
        for (const tag of document.querySelectorAll(`script[type=${type}][worker],${type}-script[worker]`)) {
          const src = tag.getAttribute("src");
          byTag.set(tag, launch(type, tag.getAttribute("name"), tag.getAttribute("config") || null, base,
            src ? new URL(src, base).href : undefined));
        }
      }
      return byTag.size;
    },
    /**
     * Starts one for a PyWorker()/MPWorker() call (config: its text or null, for the default
     * interpreter; src: its script's URL), and returns it: release it once the kernel has answered that call.
     */
    startForCall(type, name, config, base, src) {
      const early = launch(type, name, config ?? "", base, src); // "": the default interpreter, started at once
      forCalls.push(early);
      return early;
    },
    /** The Worker for a worker script: its tag's (or its call's) early one when it fits, else a new one. */
    take(url, type, name, element) {
      if (element) {
        const early = byTag.get(element);
        if (early && fits(early, url, type, name)) {
          byTag.delete(element);
          return early.worker;
        }
        return newThread(url, type, name);
      }
      const index = forCalls.findIndex((early) => fits(early, url, type, name));
      if (index >= 0) {
        return forCalls.splice(index, 1)[0].worker;
      }
      return newThread(url, type, name);
    },
    /** A call's early worker that the kernel did not take (no worker plugin, a failed start) is stopped. */
    release(early) {
      const index = forCalls.indexOf(early);
      if (index >= 0) {
        forCalls.splice(index, 1);
        early.worker.terminate();
      }
    },
    stopUntaken() {
      byTag.forEach((early) => early.worker.terminate());
      byTag.clear();
    },
  };
};
