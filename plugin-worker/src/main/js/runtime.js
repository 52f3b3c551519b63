// The worker plugin's JavaScript in the runtime, as the global pyloom$worker: what its compiled
// classes call through the JSO interfaces of their Scripts class.
export * as page from "./page.js";
export * as worker from "./worker.js";
