// Whether workers can reach this page synchronously: only a cross-origin isolated page shares memory.

const CHECKED = Symbol.for("pyloom.worker.isolation-checked");
const WORKER_TAGS = "script[type=py][worker],script[type=mpy][worker],py-script[worker],mpy-script[worker]";

export const crossOriginIsolated = () => globalThis.crossOriginIsolated === true;

export const hasWorkerScripts = () => typeof document !== "undefined" && document.querySelector(WORKER_TAGS) !== null;

/** True once per page, however many interpreters (and runtimes) ask: the page hears of it once. */
export const firstTimeOnThisPage = () => {
  if (globalThis[CHECKED]) {
    return false;
  }
  globalThis[CHECKED] = true;
  return true;
};
