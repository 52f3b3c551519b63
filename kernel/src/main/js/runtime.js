// The kernel's JavaScript in the runtime, as the global pyloom$kernel: what the compiled kernel
// calls through the JSO interfaces of its Scripts class.
export * as interpreters from "./interpreters/index.js";
export * as config from "./config.js";
export * as page from "./page.js";
export * as pluginTags from "./plugin-tags.js";
export * as net from "./net.js";
export { listenStderr } from "./stderr.js";
export * as hooks from "./hooks.js";
export * as eventAttributes from "./event-attributes.js";
