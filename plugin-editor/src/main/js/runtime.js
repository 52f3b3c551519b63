// The editor plugin's JavaScript in the runtime, as the global pyloom$editor: only what hands an
// editor tag to the lazy module (lazy/editor.js, with CodeMirror) and the worker's side of an env.
export * as page from "./editor-page.js";
export * as worker from "./editor-worker.js";
