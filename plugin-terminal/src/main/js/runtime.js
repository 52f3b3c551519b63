// The terminal plugin's JavaScript in the runtime, as the global pyloom$terminal; xterm.js itself
// is lazy/terminal-xterm.js, fetched by pages that have a terminal.
export * as page from "./main-terminal.js";
