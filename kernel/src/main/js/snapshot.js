// Which of the server's Pyodide snapshots a Pyodide module may start from. A snapshot is the
// memory of one build after its start-up: it is used only with that build (Pyodide's build id)
// and that standard library (Python's import caches in it point into the zip), wherever the
// page loads them from. Each "no" comes with its reason, for the page's performance marks.

/** Pyodide's build id, as its module states it (the default of its BUILD_ID setting), or null. */
export const buildIdIn = (moduleSource) => /BUILD_ID\s*:\s*["']([0-9a-f]{64})["']/.exec(moduleSource)?.[1] ?? null;

export const sha256Hex = async (bytes) => Array.from(new Uint8Array(await crypto.subtle.digest("SHA-256", bytes)),
  (byte) => byte.toString(16).padStart(2, "0")).join("");

const short = (hex) => hex.slice(0, 12);

/** The snapshot made from this build: { snapshot } or { reason } when there is none. */
export const forBuild = (snapshots, build, moduleUrl) => {
  if (!build) {
    return { reason: `${moduleUrl} states no Pyodide build id` };
  }
  const snapshot = snapshots.find((s) => s.build === build);
  if (!snapshot) {
    const known = snapshots.map((s) => short(s.build)).join(", ") || "none";
    return { reason: `${moduleUrl} is Pyodide build ${short(build)}; this server has snapshots of ${known}` };
  }
  return { snapshot };
};

/** Null when the standard library is the one the snapshot was made with, else why not. */
export const stdlibMismatch = (snapshot, stdlibHash, stdlibUrl) => (stdlibHash === snapshot.stdlib ? null
  : `${stdlibUrl} is not the standard library of build ${short(snapshot.build)} (SHA-256 ${short(stdlibHash)}, `
    + `the snapshot's ${short(snapshot.stdlib)})`);

/** Pyodide's own rule: no WebAssembly trampoline on iOS, where it misbehaves. */
const isIOS = (navigator) => Boolean(navigator) && (/iPad|iPhone|iPod/.test(navigator.userAgent)
  || (navigator.platform === "MacIntel" && typeof navigator.maxTouchPoints !== "undefined" && navigator.maxTouchPoints > 1));

/** Whether this engine would start Pyodide with the WebAssembly trampoline the probe module is. */
export const wasmTrampolineHere = (probeBase64, navigator = globalThis.navigator) => {
  if (isIOS(navigator) || !probeBase64) {
    return false;
  }
  try {
    return WebAssembly.validate(Uint8Array.from(atob(probeBase64), (c) => c.charCodeAt(0)));
  } catch {
    return false;
  }
};

/**
 * Python calls C functions through a trampoline whose table index the snapshot keeps. The one
 * chosen where the snapshot was made may not exist here (an engine without WebAssembly GC, or
 * iOS): then the snapshot is changed to say 0, Python's JavaScript trampoline, which every engine
 * runs. Returns why it was changed, or null when it is right as it is.
 */
export const fitTrampoline = (bytes, trampoline, wasmHere) => {
  if (!trampoline || trampoline.value === 0 || wasmHere) {
    return null;
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const memoryStart = view.getUint32(4, true); // the header's second word: where memory begins
  view.setInt32(memoryStart + trampoline.address, 0, true);
  return "this engine cannot run the WebAssembly trampoline the snapshot calls through; it calls through JavaScript";
};
