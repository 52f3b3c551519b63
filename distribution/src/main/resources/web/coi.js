/*
 * Pyloom's cross-origin isolation for hosts that cannot set headers. Workers need
 * SharedArrayBuffer, which browsers only give pages served with
 *   Cross-Origin-Opener-Policy: same-origin and Cross-Origin-Embedder-Policy: require-corp.
 * As a classic script in the page (<script src="coi.js"></script>, before core.js), this file
 * registers itself as a service worker and reloads the page once; as the service worker, it adds
 * those headers to every response of its scope. The Pyloom server sends the headers itself.
 */
if (typeof window === "undefined") {
  self.addEventListener("install", () => self.skipWaiting());
  self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));
  self.addEventListener("fetch", (event) => {
    const request = event.request;
    // Chromium refuses these to a service worker outside same-origin mode.
    if (request.cache === "only-if-cached" && request.mode !== "same-origin") return;
    event.respondWith(fetch(request).then((response) => {
      if (response.status === 0) return response; // opaque: nothing to add
      const headers = new Headers(response.headers);
      headers.set("Cross-Origin-Opener-Policy", "same-origin");
      headers.set("Cross-Origin-Embedder-Policy", "require-corp");
      headers.set("Cross-Origin-Resource-Policy", "cross-origin");
      return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
    }));
  });
} else if (!window.crossOriginIsolated) {
  const reloaded = "pyloom.coi.reloaded";
  if (!window.isSecureContext || !navigator.serviceWorker) {
    console.error("Pyloom's coi.js needs a secure context (https or localhost) with service workers.");
  } else {
    navigator.serviceWorker.register(document.currentScript.src, { scope: "./" })
      .then(() => navigator.serviceWorker.ready)
      .then(() => {
        // Reload once so that the service worker serves the page; never loop.
        if (!sessionStorage.getItem(reloaded)) {
          sessionStorage.setItem(reloaded, "1");
          location.reload();
        }
      }, (error) => console.error("Pyloom's coi.js could not register its service worker:", error));
  }
}
