// The terminal plugin's JavaScript in the runtime, as the global pyloom$terminal (page: the page's
// terminals; worker: a worker terminal's side in the worker); xterm.js itself is
// lazy/terminal-xterm.js, fetched by pages that have a terminal.
export * as page from "./main-terminal.js";
export * as worker from "./worker-terminal.js";
