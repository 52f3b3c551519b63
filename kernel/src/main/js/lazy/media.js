// pyscript.media's page side. Chromium rejects getUserMedia with an OverconstrainedError that
// Pyodide cannot raise (its await never ends), so the request is made and settled here, into
// { stream, error: null } or { stream: null, error: "Name: message" }.

export const userMedia = (constraints) => navigator.mediaDevices.getUserMedia(constraints).then(
  (stream) => ({ stream, error: null }),
  (error) => ({ stream: null, error: `${error?.name ?? "Error"}: ${error?.message ?? String(error)}` }),
);
