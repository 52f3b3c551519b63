// Whether workers can reach this page synchronously: only a cross-origin isolated page shares memory.

export const crossOriginIsolated = () => globalThis.crossOriginIsolated === true;

/**
 * PyScript's service-worker attribute names a SharedArrayBuffer stand-in Pyloom does not use: the
 * page hears what to do instead, once per tag.
 */
export const noteServiceWorker = (element) => {
  const url = element && typeof element.getAttribute === "function" ? element.getAttribute("service-worker") : null;
  if (url == null || element.pyloomServiceWorkerNoted) return;
  element.pyloomServiceWorkerNoted = true;
  console.warn(`Pyloom: the service-worker attribute (${url}) is not used. Workers reach the page synchronously `
    + "when it is cross-origin isolated, and through async sync calls when it is not; where the host cannot send "
    + "the isolation headers, load a copy of /pyloom/coi.js beside the pages first: <script src=\"coi.js\"></script>.");
};
